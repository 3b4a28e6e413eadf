import type { OrderLineStatus } from '@mengyuan/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What one offer delivered for an order, at the supplier's settlement price. */
@Entity('order_lines')
export class OrderLineEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'order_id' }) orderId: string;
  @Column('uuid', { name: 'offer_id' }) offerId: string;
  @Column('uuid', { name: 'supplier_id' }) supplierId: string;
  @Column('int') quantity: number;
  @Column('bigint', { name: 'unit_settlement' }) unitSettlement: string;
  @Column('text') status: OrderLineStatus;
}
