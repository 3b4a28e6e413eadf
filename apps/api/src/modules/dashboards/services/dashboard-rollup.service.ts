import { addDays, LATENCY_BUCKETS, latencyBucket, shanghaiDate, type DeliveryMode } from '@mengyuan/domain';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import type { OrderFacts } from '../../orders/orders.events';
import { OrderSearchService } from '../../orders/services/order-search.service';
import { COMPACT_SQL } from '../dashboard-rollup.sql';
import { DashboardCompactionEntity } from '../entities/dashboard-rollup.entity';

interface Increment {
  supplierId: string | null;
  delivered?: number;
  failed?: number;
  supplierFailures?: number;
  failover?: number;
  quantity?: number;
  gmv?: bigint;
  settlement?: bigint;
  refunded?: bigint;
  latencyMs?: number | null;
}

/** A day folds into the alliance-wide rollup once it ended this long ago (no transaction runs that long). */
const SETTLE_MS = 3600_000;

/**
 * Keeps the dashboards' rollups. Each outcome counts on the Asia/Shanghai day it happened, in the transaction
 * that made it, in the row of its member: a member's orders already queue on its wallet, so the row adds no
 * queue of its own. Days that can no longer change are folded into the alliance-wide rollup by a job.
 */
@Injectable()
export class DashboardRollupService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly orders: OrderSearchService,
    private readonly clock: Clock,
  ) {}

  async delivered(order: OrderFacts): Promise<void> {
    const outcome = await this.orders.outcome(order.id);
    const line = outcome.lines[0];
    await this.add(order, outcome.deliveryMode, {
      supplierId: line?.supplierId ?? null,
      delivered: 1,
      failover: outcome.failover ? 1 : 0,
      quantity: order.quantity,
      gmv: BigInt(order.total),
      settlement: line ? BigInt(line.unitSettlement) * BigInt(line.quantity) : 0n,
      latencyMs: outcome.latencyMs,
    });
    await this.supplierFailures(order, outcome.deliveryMode, outcome.failedSuppliers);
  }

  async failed(order: OrderFacts): Promise<void> {
    const outcome = await this.orders.outcome(order.id);
    await this.add(order, outcome.deliveryMode, { supplierId: null, failed: 1 });
    await this.supplierFailures(order, outcome.deliveryMode, outcome.failedSuppliers);
  }

  /** Money back to the member after delivery, counted against the line's supplier on the day of the refund. */
  async refunded(order: OrderFacts, details: Record<string, unknown>): Promise<void> {
    const amount = typeof details.amount === 'string' && /^\d+$/.test(details.amount) ? BigInt(details.amount) : 0n;
    if (amount === 0n) return;
    const outcome = await this.orders.outcome(order.id);
    const line = outcome.lines.find((l) => l.id === details.orderLineId) ?? outcome.lines[0];
    await this.add(order, outcome.deliveryMode, { supplierId: line?.supplierId ?? null, refunded: amount });
  }

  private async supplierFailures(order: OrderFacts, mode: DeliveryMode, suppliers: string[]): Promise<void> {
    const counts = new Map<string, number>();
    for (const s of suppliers) counts.set(s, (counts.get(s) ?? 0) + 1);
    for (const [supplierId, n] of counts) await this.add(order, mode, { supplierId, supplierFailures: n });
  }

  private async add(order: OrderFacts, mode: DeliveryMode, inc: Increment): Promise<void> {
    const latency = inc.latencyMs ?? null;
    // A new row's histogram has the one count; an existing row's gets one bucket incremented (arrays are 1-based).
    const bucket = latency === null ? null : latencyBucket(latency);
    const buckets = new Array<number>(LATENCY_BUCKETS).fill(0);
    if (bucket !== null) buckets[bucket] = 1;
    // Hot path (measured: one upsert per delivered or failed order, on a row of the member's own).
    await this.txHost.tx.query(
      `INSERT INTO dashboard_member_daily AS d (day, member_id, sku_id, supplier_id, delivery_mode, delivered, failed, supplier_failures, failover, quantity, gmv, settlement,
                                                refunded, latency_count, latency_sum, latency_buckets)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT (day, member_id, sku_id, supplier_id, delivery_mode) DO UPDATE SET
         delivered = d.delivered + EXCLUDED.delivered, failed = d.failed + EXCLUDED.failed, supplier_failures = d.supplier_failures + EXCLUDED.supplier_failures,
         failover = d.failover + EXCLUDED.failover, quantity = d.quantity + EXCLUDED.quantity, gmv = d.gmv + EXCLUDED.gmv, settlement = d.settlement + EXCLUDED.settlement,
         refunded = d.refunded + EXCLUDED.refunded, latency_count = d.latency_count + EXCLUDED.latency_count, latency_sum = d.latency_sum + EXCLUDED.latency_sum,
         latency_buckets[$17] = d.latency_buckets[$17] + EXCLUDED.latency_count`,
      [
        shanghaiDate(this.clock.now()), order.memberId, order.skuId, inc.supplierId, mode, inc.delivered ?? 0, inc.failed ?? 0, inc.supplierFailures ?? 0, inc.failover ?? 0,
        inc.quantity ?? 0, (inc.gmv ?? 0n).toString(), (inc.settlement ?? 0n).toString(), (inc.refunded ?? 0n).toString(), latency === null ? 0 : 1, latency ?? 0, buckets,
        (bucket ?? 0) + 1,
      ],
    );
  }

  /**
   * Folds every day that ended at least an hour ago into the alliance-wide rollup; answers the rows written. The
   * fold and the mark it moves commit together; a second replica's run waits on the mark, then folds nothing.
   */
  @Transactional()
  async compact(): Promise<{ through: string; rows: number }> {
    const through = addDays(shanghaiDate(new Date(this.clock.now().getTime() - SETTLE_MS)), -1);
    const repo = this.txHost.tx.getRepository(DashboardCompactionEntity);
    const mark = await repo.findOneOrFail({ where: { id: 1 }, lock: { mode: 'pessimistic_write' } });
    if (mark.compactedThrough && mark.compactedThrough >= through) return { through, rows: 0 };
    const folded = (await this.txHost.tx.query(COMPACT_SQL, [mark.compactedThrough, through])) as unknown[];
    await repo.update(1, { compactedThrough: through, compactedAt: this.clock.now() });
    return { through, rows: folded.length };
  }
}
