import { addDays, shanghaiDate } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import type { OrderFacts } from '../../orders/orders.events';
import { DeferredWrites } from '../../../common/events/deferred-writes';
import { COMPACT_SQL, FOLD_ALLIANCE_DAILY_SQL, FOLD_SKU_DAILY_SQL, FOLD_SUPPLIER_DAILY_SQL, RECORD_OUTCOMES_SQL, REBUILD_MEMBER_DAILY_SQL, REBUILD_SUPPLIER_FAILURES_SQL } from '../dashboard-rollup.sql';
import { DashboardCompactionEntity } from '../entities/dashboard-rollup.entity';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';

type Outcome = 'DELIVERED' | 'FAILED' | 'REFUNDED';

/** The outcomes a transaction has recorded so far, as the columns of the statement that adds them up at commit. */
interface Pending {
  orderIds: string[];
  kinds: Outcome[];
  days: string[];
  amounts: string[];
  lineIds: (string | null)[];
}

/** A day folds into the alliance-wide rollup once it ended this long ago (no transaction runs that long). */
const SETTLE_MS = 3600_000;

/**
 * Keeps the dashboards' rollups. Each outcome counts on the Asia/Shanghai day it happened, committed with the
 * transaction that made it, in the row of its member: a member's orders already queue on its wallet, so the row
 * adds no queue of its own. Days that can no longer change are folded into the alliance-wide rollup by a job.
 */
@Injectable()
export class DashboardRollupService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly deferred: DeferredWrites,
    private readonly clock: Clock,
  ) {}

  /** One transaction's pending outcomes (its query runner is the transaction). */
  private readonly pending = new WeakMap<object, Pending>();

  delivered(order: OrderFacts): void {
    this.record(order.id, 'DELIVERED');
  }

  failed(order: OrderFacts): void {
    this.record(order.id, 'FAILED');
  }

  /** Money back to the member after delivery, counted against the refunded line's supplier on the day of the refund. */
  refunded(order: OrderFacts, details: Record<string, unknown>): void {
    const amount = typeof details.amount === 'string' && /^\d+$/.test(details.amount) ? details.amount : '0';
    if (amount !== '0') this.record(order.id, 'REFUNDED', amount, typeof details.orderLineId === 'string' ? details.orderLineId : null);
  }

  /**
   * Hot path (measured: every delivered or failed order). Nothing is sent during the order's transaction: the
   * transaction's outcomes are added to their rows by one statement among its deferred writes, at commit. The
   * statement is queued with the first outcome; later ones append to the same arrays, which are its parameters.
   */
  private record(orderId: string, kind: Outcome, amount = '0', lineId: string | null = null): void {
    const runner = this.txHost.tx.queryRunner;
    if (!runner) throw new Error('an order outcome is recorded inside its transaction');
    let p = this.pending.get(runner);
    if (!p) {
      p = { orderIds: [], kinds: [], days: [], amounts: [], lineIds: [] };
      this.pending.set(runner, p);
      this.deferred.defer(RECORD_OUTCOMES_SQL, [p.orderIds, p.kinds, p.days, p.amounts, p.lineIds]);
    }
    p.orderIds.push(orderId);
    p.kinds.push(kind);
    p.days.push(shanghaiDate(this.clock.now()));
    p.amounts.push(amount);
    p.lineIds.push(lineId);
  }

  /**
   * Folds every day that ended at least an hour ago into the alliance-wide rollup, and from it into the rollups
   * sized by days (alliance, SKU, supplier); answers the rows written. The
   * fold and the mark it moves commit together; a second replica's run waits on the mark, then folds nothing.
   */
  @UnitOfWork()
  async compact(): Promise<{ through: string; rows: number }> {
    const through = addDays(shanghaiDate(new Date(this.clock.now().getTime() - SETTLE_MS)), -1);
    const repo = this.txHost.tx.getRepository(DashboardCompactionEntity);
    const mark = await repo.findOneOrFail({ where: { id: 1 }, lock: { mode: 'pessimistic_write' } });
    if (mark.compactedThrough && mark.compactedThrough >= through) return { through, rows: 0 };
    const folded = (await this.txHost.tx.query(COMPACT_SQL, [mark.compactedThrough, through])) as unknown[];
    await this.txHost.tx.query(FOLD_ALLIANCE_DAILY_SQL, [mark.compactedThrough, through]);
    await this.txHost.tx.query(FOLD_SKU_DAILY_SQL, [mark.compactedThrough, through]);
    await this.txHost.tx.query(FOLD_SUPPLIER_DAILY_SQL, [mark.compactedThrough, through]);
    await repo.update(1, { compactedThrough: through, compactedAt: this.clock.now() });
    return { through, rows: folded.length };
  }

  /**
   * Counts every order again from the order facts, on the Shanghai day it happened (the migration's rebuild):
   * for order history whose times were set after the orders were placed, as the demo spreads its orders over
   * two weeks. Refunds are counted by the handlers alone, so this runs before any.
   */
  @UnitOfWork()
  async rebuild(): Promise<void> {
    const tx = this.txHost.tx;
    await tx.query('DELETE FROM dashboard_member_daily');
    await tx.query('DELETE FROM dashboard_daily');
    await tx.query('DELETE FROM dashboard_alliance_daily');
    await tx.query('DELETE FROM dashboard_sku_daily');
    await tx.query('DELETE FROM dashboard_supplier_daily');
    await tx.getRepository(DashboardCompactionEntity).update(1, { compactedThrough: null, compactedAt: null });
    await tx.query(REBUILD_MEMBER_DAILY_SQL);
    await tx.query(REBUILD_SUPPLIER_FAILURES_SQL);
  }
}
