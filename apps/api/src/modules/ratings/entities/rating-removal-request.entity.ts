import type { RatingRemovalStatus } from '@mengyuan/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A party's request that the alliance remove an abusive rating; decided once (ratingRemovalLifecycle). */
@Entity('rating_removal_requests')
export class RatingRemovalRequestEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'rating_id' }) ratingId: string;
  @Column('uuid', { name: 'requested_by_organization_id' }) requestedByOrganizationId: string;
  @Column('uuid', { name: 'requested_by_user_id', nullable: true }) requestedByUserId: string | null;
  @Column('text') reason: string;
  @Column('text') status: RatingRemovalStatus;
  @Column('uuid', { name: 'decided_by_user_id', nullable: true }) decidedByUserId: string | null;
  @Column('text', { name: 'decision_note', nullable: true }) decisionNote: string | null;
  @Column('timestamptz', { name: 'decided_at', nullable: true }) decidedAt: Date | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
