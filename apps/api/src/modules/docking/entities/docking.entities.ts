import type { DockConnectorStatus, DockOrderStatus, DockProtocol, DockRounding } from '@mengyuan/domain';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A supplier's own system, docked as a source (its secret sealed with the owning row's id as associated data). */
@Entity('docking_connectors')
export class DockConnectorEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'supplier_id' }) supplierId: string;
  @Column('text') name: string;
  @Column('text') protocol: DockProtocol;
  @Column('text') endpoint: string;
  @Column('text', { name: 'key_id' }) keyId: string;
  @Column('bytea', { name: 'secret_ciphertext' }) secretCiphertext: Buffer;
  @Column('bytea', { name: 'secret_nonce' }) secretNonce: Buffer;
  @Column('int', { name: 'timeout_ms' }) timeoutMs: number;
  @Column('int') concurrency: number;
  @Column('int', { name: 'markup_bp' }) markupBp: number;
  @Column('text') rounding: DockRounding;
  @Column('text', { name: 'excluded_goods', array: true }) excludedGoods: string[];
  @Column('text') status: DockConnectorStatus;
  @Column('timestamptz', { name: 'synced_through', nullable: true }) syncedThrough: Date | null;
  @Column('timestamptz', { name: 'last_sync_at', nullable: true }) lastSyncAt: Date | null;
  @Column('timestamptz', { name: 'last_test_at', nullable: true }) lastTestAt: Date | null;
  @Column('boolean', { name: 'last_test_ok', nullable: true }) lastTestOk: boolean | null;
  /** Held while a sync runs (SyncService.claim): another sync of this connector skips or is refused until it ends. */
  @Column('timestamptz', { name: 'sync_lease_until', nullable: true }) syncLeaseUntil: Date | null;
  @Column('uuid', { name: 'created_by_user_id', nullable: true }) createdByUserId: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}

/** An upstream's goods as last synced, and the alliance offer it is docked to (if any). */
@Entity('docking_goods')
export class DockGoodsEntity {
  @PrimaryColumn('uuid', { name: 'connector_id' }) connectorId: string;
  @PrimaryColumn('text', { name: 'goods_id' }) goodsId: string;
  @Column('text') name: string;
  @Column('text') kind: 'CARD' | 'TOPUP';
  @Column('bigint', { name: 'face_value' }) faceValue: string;
  @Column('bigint') price: string;
  @Column('int', { nullable: true }) stock: number | null;
  @Column('text') status: 'ON_SALE' | 'OFF_SALE' | 'DELISTED';
  @Column('timestamptz', { name: 'upstream_updated_at' }) upstreamUpdatedAt: Date;
  @Column('uuid', { name: 'offer_id', nullable: true }) offerId: string | null;
  @Column('uuid', { name: 'sku_id', nullable: true }) skuId: string | null;
  @Column('boolean', { name: 'paused_by_sync' }) pausedBySync: boolean;
  @Column('timestamptz', { name: 'synced_at' }) syncedAt: Date;
}

/** An order sent upstream; its id is the idempotency key the upstream keys on. */
@Entity('docking_orders')
export class DockOrderEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'connector_id' }) connectorId: string;
  @Column('text', { name: 'goods_id' }) goodsId: string;
  @Column('uuid', { name: 'offer_id' }) offerId: string;
  @Column('text') kind: 'CARD' | 'TOPUP';
  @Column('uuid', { name: 'order_id', nullable: true }) orderId: string | null;
  @Column('uuid', { name: 'topup_task_id', nullable: true }) topupTaskId: string | null;
  @Column('int') quantity: number;
  @Column('bigint') amount: string;
  @Column('bigint', { name: 'upstream_amount', nullable: true }) upstreamAmount: string | null;
  @Column('text', { name: 'upstream_order_no', nullable: true }) upstreamOrderNo: string | null;
  @Column('text') status: DockOrderStatus;
  @Column('text', { nullable: true }) failure: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt: Date;
  @Column('timestamptz', { name: 'finished_at', nullable: true }) finishedAt: Date | null;
}

/** One call across the edge, redacted (no secret, no code in clear), kept 30 days. */
@Entity('docking_calls')
export class DockCallEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('uuid', { name: 'connector_id' }) connectorId: string;
  @Column('text') direction: 'OUT' | 'IN';
  @Column('text') method: string;
  @Column('text') path: string;
  @Column('int', { nullable: true }) status: number | null;
  @Column('boolean') ok: boolean;
  @Column('int', { name: 'latency_ms' }) latencyMs: number;
  @Column('text', { nullable: true }) error: string | null;
  @Column('jsonb', { nullable: true }) request: unknown;
  @Column('jsonb', { nullable: true }) response: unknown;
  @Column('timestamptz') at: Date;
}

export const DOCKING_ENTITIES = [DockConnectorEntity, DockGoodsEntity, DockOrderEntity, DockCallEntity];
