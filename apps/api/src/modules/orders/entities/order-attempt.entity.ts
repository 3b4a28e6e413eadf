import type { AttemptOutcome } from '@mengyuan/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One offer routing considered for an order, where it stood and why, and what came of it. */
@Entity('order_attempts')
export class OrderAttemptEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('uuid', { name: 'order_id' }) orderId: string;
  @Column('uuid', { name: 'offer_id' }) offerId: string;
  @Column('text') outcome: AttemptOutcome;
  @Column('int', { nullable: true }) position: number | null;
  @Column('jsonb', { nullable: true }) reason: Record<string, unknown> | null;
  @Column('timestamptz') at: Date;
}
