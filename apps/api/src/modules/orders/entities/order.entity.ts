import type { OrderStatus } from '@mengyuan/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A member's order (DESIGN.md §2.6); its status moves only through OrderLifecycleService.transition. */
@Entity('orders')
export class OrderEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'member_id' }) memberId: string;
  /** The member's own number: the idempotency key. */
  @Column('text', { name: 'client_order_no' }) clientOrderNo: string;
  @Column('text', { name: 'request_hash' }) requestHash: string;
  @Column('uuid', { name: 'sku_id' }) skuId: string;
  @Column('int') quantity: number;
  @Column('bigint', { name: 'unit_price' }) unitPrice: string;
  @Column('bigint') total: string;
  @Column('text') status: OrderStatus;
  @Column('text', { name: 'recharge_account', nullable: true }) rechargeAccount: string | null;
  @Column('text', { name: 'device_fingerprint', nullable: true }) deviceFingerprint: string | null;
  @Column('text', { name: 'failure_code', nullable: true }) failureCode: string | null;
  @Column('uuid', { name: 'placed_by_user_id', nullable: true }) placedByUserId: string | null;
  @Column('uuid', { name: 'placed_by_api_key_id', nullable: true }) placedByApiKeyId: string | null;
  @Column('timestamptz', { name: 'placed_at' }) placedAt: Date;
  @Column('timestamptz', { name: 'delivered_at', nullable: true }) deliveredAt: Date | null;
  @Column('numeric', { name: 'latency_ms', precision: 10, scale: 3, nullable: true }) latencyMs: string | null;
}
