import type { NotificationType } from '@mengyuan/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('notifications')
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'user_id' }) userId: string;
  @Column('uuid', { name: 'organization_id' }) organizationId: string;
  @Column('text') type: NotificationType;
  @Column('jsonb') params: Record<string, unknown>;
  @Column('timestamptz', { name: 'read_at', nullable: true }) readAt: Date | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  /** Notices that must exist once per person (a warning per SLA clock) carry a key. */
  @Column('text', { name: 'dedupe_key', nullable: true }) dedupeKey: string | null;
}
