import type { DeliveryMode } from '@mengyuan/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The measures both rollups keep (see the consoles migration). */
abstract class RollupMeasures {
  @Column('int') delivered: number;
  @Column('int') failed: number;
  /** Direct top-up tasks this supplier failed or let expire. */
  @Column('int', { name: 'supplier_failures' }) supplierFailures: number;
  /** Delivered orders that routing's first choice did not deliver. */
  @Column('int') failover: number;
  @Column('int') quantity: number;
  /** The members' price of what was delivered (fen). */
  @Column('bigint') gmv: string;
  /** What the suppliers are owed for it (fen). */
  @Column('bigint') settlement: string;
  @Column('bigint') refunded: string;
  @Column('int', { name: 'latency_count' }) latencyCount: number;
  @Column('numeric', { name: 'latency_sum' }) latencySum: string;
  /** Counts per latency bucket (packages/domain latencyBucket). */
  @Column('int', { name: 'latency_buckets', array: true }) latencyBuckets: number[];
}

/** Outcomes per Asia/Shanghai day, member, SKU, supplier and delivery mode, kept by the order event handlers. */
@Entity('dashboard_member_daily')
export class DashboardMemberDailyEntity extends RollupMeasures {
  @PrimaryColumn('date') day: string;
  @PrimaryColumn('uuid', { name: 'member_id' }) memberId: string;
  @PrimaryColumn('uuid', { name: 'sku_id' }) skuId: string;
  /** Null for failed orders: nobody delivered them (part of the unique key, NULLS NOT DISTINCT). */
  @Column('uuid', { name: 'supplier_id', nullable: true }) supplierId: string | null;
  @PrimaryColumn('text', { name: 'delivery_mode' }) deliveryMode: DeliveryMode;
}

/** The same without the member, for days folded in by the compaction job. */
@Entity('dashboard_daily')
export class DashboardDailyEntity extends RollupMeasures {
  @PrimaryColumn('date') day: string;
  @PrimaryColumn('uuid', { name: 'sku_id' }) skuId: string;
  @Column('uuid', { name: 'supplier_id', nullable: true }) supplierId: string | null;
  @PrimaryColumn('text', { name: 'delivery_mode' }) deliveryMode: DeliveryMode;
}

/** How far the member rollup has been folded into dashboard_daily. */
@Entity('dashboard_compaction')
export class DashboardCompactionEntity {
  @PrimaryColumn('smallint') id: number;
  @Column('date', { name: 'compacted_through', nullable: true }) compactedThrough: string | null;
  @Column('timestamptz', { name: 'compacted_at', nullable: true }) compactedAt: Date | null;
}
