import type { RatingSide, RatingStatus } from '@mengyuan/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One side's rating of an order (互评); its status moves only through RatingService.transition. */
@Entity('ratings')
export class RatingEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'order_id' }) orderId: string;
  @Column('text') side: RatingSide;
  @Column('uuid', { name: 'member_id' }) memberId: string;
  @Column('uuid', { name: 'supplier_id' }) supplierId: string;
  @Column('uuid', { name: 'rater_id' }) raterId: string;
  @Column('uuid', { name: 'rated_id' }) ratedId: string;
  /** Dimension → 1–5, the dimensions of its side (RATING_DIMENSIONS). */
  @Column('jsonb') scores: Record<string, number>;
  @Column('text', { nullable: true }) comment: string | null;
  @Column('text') status: RatingStatus;
  /** 14 days after the order's first rating: it reveals by itself then, if the other side has not rated. */
  @Column('timestamptz', { name: 'reveals_at' }) revealsAt: Date;
  @Column('timestamptz', { name: 'revealed_at', nullable: true }) revealedAt: Date | null;
  @Column('text', { name: 'excluded_reason', nullable: true }) excludedReason: string | null;
  @Column('timestamptz', { name: 'excluded_at', nullable: true }) excludedAt: Date | null;
  @Column('boolean', { name: 'retaliation_flag' }) retaliationFlag: boolean;
  @Column('text', { nullable: true }) reply: string | null;
  @Column('timestamptz', { name: 'replied_at', nullable: true }) repliedAt: Date | null;
  @Column('uuid', { name: 'replied_by_user_id', nullable: true }) repliedByUserId: string | null;
  @Column('text', { name: 'hidden_reason', nullable: true }) hiddenReason: string | null;
  @Column('text', { name: 'hidden_note', nullable: true }) hiddenNote: string | null;
  @Column('timestamptz', { name: 'hidden_at', nullable: true }) hiddenAt: Date | null;
  @Column('uuid', { name: 'created_by_user_id', nullable: true }) createdByUserId: string | null;
  @Column('uuid', { name: 'created_by_api_key_id', nullable: true }) createdByApiKeyId: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
