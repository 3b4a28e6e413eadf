import type { RiskEventStatus, RiskEventType } from '@mengyuan/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('risk_events')
export class RiskEventEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') type: RiskEventType;
  @Column('text') status: RiskEventStatus;
  @Column('uuid', { name: 'organization_id', nullable: true }) organizationId: string | null;
  @Column('text', { name: 'subject_type' }) subjectType: string;
  @Column('text', { name: 'subject_id' }) subjectId: string;
  @Column('jsonb') details: Record<string, unknown>;
  @Column('uuid', { name: 'decided_by_user_id', nullable: true }) decidedByUserId: string | null;
  @Column('text', { name: 'decision_note', nullable: true }) decisionNote: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt: Date | null;
}
