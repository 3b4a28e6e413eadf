import type { OfferPauseReason, OfferStatus, OrganizationStatus } from '@mengyuan/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VirtualColumn } from 'typeorm';
import { SkuEntity } from './sku.entity';

/** One supplier supplying one SKU (货源), at its settlement price. */
@Entity('offers')
export class OfferEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'sku_id' }) skuId: string;
  @ManyToOne(() => SkuEntity) @JoinColumn({ name: 'sku_id' }) sku?: SkuEntity;
  @Column('uuid', { name: 'supplier_id' }) supplierId: string;
  /** Read-only join to the supplier (by entity name: entities stay inside their module). */
  @ManyToOne('OrganizationEntity') @JoinColumn({ name: 'supplier_id' }) supplier?: { id: string; name: string; status: OrganizationStatus };
  @Column('bigint', { name: 'settlement_price' }) settlementPrice: string;
  @Column('text') status: OfferStatus;
  @Column('text', { name: 'pause_reason', nullable: true }) pauseReason: OfferPauseReason | null;
  @Column('boolean', { name: 'low_price_flag' }) lowPriceFlag: boolean;
  @Column('text', { name: 'review_note', nullable: true }) reviewNote: string | null;
  @Column('uuid', { name: 'reviewed_by_user_id', nullable: true }) reviewedByUserId: string | null;
  @Column('timestamptz', { name: 'reviewed_at', nullable: true }) reviewedAt: Date | null;
  /** Sellable codes, kept in the same transactions that change them. */
  @Column('int', { name: 'stock_available' }) stockAvailable: number;
  /** Sales not yet folded into stockAvailable: the sellable stock is the sum. */
  @VirtualColumn({ type: 'int', query: (alias) => `SELECT coalesce(sum(d.delta), 0)::int FROM offer_stock_deltas d WHERE d.offer_id = ${alias}.id` })
  pendingStockDelta?: number;
  /** A docked offer: what its upstream last said it has (the docking module keeps it); null when not docked. */
  @Column('int', { name: 'upstream_stock', nullable: true }) upstreamStock: number | null;
  @Column('int', { name: 'low_stock_threshold' }) lowStockThreshold: number;
  @Column('boolean', { name: 'low_stock_notified' }) lowStockNotified: boolean;
  /** Direct top-ups: open tasks at most (null: no limit). Card offers sell their stock instead. */
  @Column('int', { nullable: true }) capacity: number | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
