import { RiskEventType, shanghaiDate } from '@mengyuan/domain';
import type { OrderList } from '@mengyuan/supplier-sim';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Actor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { validationFailed } from '../../../common/errors';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';
import { JobsService } from '../../jobs/jobs.service';
import { RiskService } from '../../risk/services/risk.service';
import { UpstreamError, type UpstreamAdapter } from '../adapters/upstream-adapter';
import { DockConnectorEntity } from '../entities/docking.entities';
import { ConnectorService } from './connector.service';

export const RECONCILE_JOB = 'docking.reconcile';

export interface DockMismatch {
  orderId: string;
  kind: 'MISSING_UPSTREAM' | 'MISSING_HERE' | 'AMOUNT' | 'STATUS';
  ours: string | null;
  theirs: string | null;
  detail: string | null;
}

/** Statuses in which the alliance holds the upstream did the order (so it must be in the upstream's list). */
const DONE_HERE = new Set(['DELIVERED', 'STOCKED', 'SUCCEEDED', 'PROCESSING']);
const DONE_THERE = new Set(['DELIVERED', 'SUCCEEDED', 'PROCESSING']);

/**
 * The daily reconciliation (issue 19): a day's orders sent upstream against the upstream's own list of that
 * day — missing on either side, another amount, or done there but failed here — each mismatch raised in the
 * risk queue (UPSTREAM_MISMATCH) for the alliance to decide.
 */
@Injectable()
export class ReconciliationService implements OnModuleInit {
  private readonly log = new Logger(ReconciliationService.name);

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly connectors: ConnectorService,
    private readonly risk: RiskService,
    private readonly jobs: JobsService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.define({ name: RECONCILE_JOB, cron: '30 2 * * *', handler: () => this.daily() });
  }

  /** Yesterday (Asia/Shanghai) for every active connector. */
  async daily(): Promise<number> {
    const day = shanghaiDate(new Date(this.clock.now().getTime() - 86_400_000));
    let found = 0;
    for (const c of await this.connectors.active()) {
      found += (await this.run(c, day)).mismatches.length;
    }
    return found;
  }

  async reconcile(actor: Actor, connectorId: string, day: string): Promise<{ day: string; compared: number; mismatches: DockMismatch[]; error: string | null }> {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00+08:00`))) throw validationFailed({ day: ['YYYY-MM-DD'] });
    return this.run(await this.connectors.get(actor, connectorId), day);
  }

  private async run(c: DockConnectorEntity, day: string): Promise<{ day: string; compared: number; mismatches: DockMismatch[]; error: string | null }> {
    const from = new Date(`${day}T00:00:00+08:00`);
    const to = new Date(from.getTime() + 86_400_000);
    const ours = (await this.txHost.tx.query(
      `SELECT * FROM docking_orders WHERE connector_id = $1 AND created_at >= $2 AND created_at < $3`, [c.id, from, to],
    )) as { id: string; amount: string; upstream_amount: string | null; upstream_order_no: string | null; status: string }[];
    let theirs: OrderList;
    try {
      const adapter = this.connectors.adapter(c, Math.max(c.timeoutMs, 10_000));
      theirs = adapter.listsOrders ? await adapter.orders(day) : await this.orderByOrder(adapter, ours);
    } catch (err) {
      const message = err instanceof UpstreamError ? `${err.code ?? err.failure}: ${err.message}` : (err as Error).message;
      this.log.warn(`reconciliation of ${c.id} for ${day} failed: ${message}`);
      return { day, compared: 0, mismatches: [], error: message };
    }
    const oursById = new Map(ours.map((o) => [o.id, o]));
    const seen = new Set<string>();
    const mismatches: DockMismatch[] = [];
    for (const t of theirs.orders ?? []) {
      seen.add(t.orderId);
      const o = oursById.get(t.orderId);
      if (!o) {
        mismatches.push({ orderId: t.orderId, kind: 'MISSING_HERE', ours: null, theirs: String(t.amount), detail: t.status });
        continue;
      }
      if (String(t.amount) !== o.amount) mismatches.push({ orderId: o.id, kind: 'AMOUNT', ours: o.amount, theirs: String(t.amount), detail: null });
      else if (DONE_THERE.has(t.status) && !DONE_HERE.has(o.status)) mismatches.push({ orderId: o.id, kind: 'STATUS', ours: o.amount, theirs: String(t.amount), detail: `${o.status} here, ${t.status} upstream` });
    }
    for (const o of ours) {
      if (!seen.has(o.id) && DONE_HERE.has(o.status)) mismatches.push({ orderId: o.id, kind: 'MISSING_UPSTREAM', ours: o.amount, theirs: null, detail: o.status });
    }
    if (mismatches.length) await this.raise(c, day, mismatches);
    return { day, compared: ours.length, mismatches, error: null };
  }

  /**
   * For a protocol with no list of orders (dujiao-next): each of the day's orders that an answer numbered is asked
   * for by that number; one the upstream does not know is missing there. (Orders it may hold that the alliance
   * never recorded cannot be found this way.)
   */
  private async orderByOrder(adapter: UpstreamAdapter, ours: { id: string; upstream_order_no: string | null }[]): Promise<OrderList> {
    const orders: OrderList['orders'] = [];
    for (const o of ours) {
      if (!o.upstream_order_no) continue;
      const t = await adapter.order(o.id, { upstreamOrderNo: o.upstream_order_no });
      if (t) orders.push({ orderId: o.id, upstreamOrderNo: t.upstreamOrderNo, amount: t.amount, status: t.status });
    }
    return { orders };
  }

  @UnitOfWork()
  private async raise(c: DockConnectorEntity, day: string, mismatches: DockMismatch[]): Promise<void> {
    for (const m of mismatches) {
      await this.risk.raise(RiskEventType.UPSTREAM_MISMATCH, c.supplierId, { type: 'docking_order', id: m.orderId }, { connectorId: c.id, day, ...m });
    }
  }
}
