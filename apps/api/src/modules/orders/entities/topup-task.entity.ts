import type { TopupTaskStatus } from '@mengyuan/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A direct top-up (直充) in a supplier's queue; its status moves only through TopupService.transition. */
@Entity('topup_tasks')
export class TopupTaskEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'order_id' }) orderId: string;
  @Column('uuid', { name: 'offer_id' }) offerId: string;
  @Column('uuid', { name: 'supplier_id' }) supplierId: string;
  @Column('text') status: TopupTaskStatus;
  @Column('text', { name: 'recharge_account' }) rechargeAccount: string;
  @Column('int') quantity: number;
  @Column('timestamptz', { name: 'deadline_at' }) deadlineAt: Date;
  @Column('uuid', { name: 'claimed_by_user_id', nullable: true }) claimedByUserId: string | null;
  @Column('timestamptz', { name: 'claimed_at', nullable: true }) claimedAt: Date | null;
  @Column('timestamptz', { name: 'finished_at', nullable: true }) finishedAt: Date | null;
  @Column('text', { nullable: true }) reference: string | null;
  @Column('text', { name: 'failure_reason', nullable: true }) failureReason: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
}
