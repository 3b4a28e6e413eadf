import { comparisonRange, LATENCY_BUCKETS, latencyQuantile, addDays, daysBetween, DeliveryMode, OrganizationKind, RiskEventStatus, shanghaiDayStart } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import type { DayRange } from '../../../common/date-range';
import { OfferService, type OfferStock } from '../../catalog/services/offer.service';
import { SkuService } from '../../catalog/services/sku.service';
import { LedgerService } from '../../ledger/services/ledger.service';
import { TopupService } from '../../orders/services/topup.service';
import { RiskService } from '../../risk/services/risk.service';
import { TicketFiguresService, type TicketFigures } from '../../tickets/services/ticket-figures.service';
import { MEASURES } from '../dashboard-rollup.sql';

/** Whose figures: the whole alliance, one supplier's sales, or one member's purchases. */
export type DashboardScope = { kind: 'alliance' } | { kind: 'supplier'; supplierId: string } | { kind: 'member'; memberId: string };

export interface PeriodTotals {
  delivered: number;
  failed: number;
  supplierFailures: number;
  failover: number;
  quantity: number;
  gmv: bigint;
  settlement: bigint;
  refunded: bigint;
  latency: Record<DeliveryMode, { count: number; sum: number; buckets: number[] }>;
}

export interface Totals {
  range: DayRange;
  previous: DayRange;
  current: PeriodTotals;
  prior: PeriodTotals;
}

export interface DailyPoint {
  day: string;
  orders: number;
  failed: number;
  gmv: string;
  settlement: string;
  refunded: string;
}

export interface SkuRanking {
  skuId: string;
  code: string;
  name: string;
  orders: number;
  quantity: number;
  gmv: string;
}

export interface SupplierShare {
  supplierId: string;
  name: string;
  orders: number;
  gmv: string;
  share: number;
}

export interface LatencySummary {
  count: number;
  p50Ms: number | null;
  p99Ms: number | null;
  meanMs: number | null;
  previousCount: number;
  previousP50Ms: number | null;
  previousP99Ms: number | null;
}

/** Bucket by bucket, summed as plain columns: a function over each row's array would cost more than the rest of the query. */
const BUCKET_SUMS = Array.from({ length: LATENCY_BUCKETS }, (_, k) => `sum(latency_buckets[${k + 1}])`).join(', ');

const empty = (): PeriodTotals => ({
  delivered: 0, failed: 0, supplierFailures: 0, failover: 0, quantity: 0, gmv: 0n, settlement: 0n, refunded: 0n,
  latency: { CARD_CODE: { count: 0, sum: 0, buckets: new Array<number>(LATENCY_BUCKETS).fill(0) }, DIRECT_TOPUP: { count: 0, sum: 0, buckets: new Array<number>(LATENCY_BUCKETS).fill(0) } },
});

/**
 * The dashboards' figures, one method per panel so each audience's dashboard is composed of the panels it
 * shows (tickets, SLA and scores are added by their modules the same way). Everything is read from the rollups:
 * a member's figures from its own rows; the alliance's and a supplier's from the folded days plus the member
 * rows of the days not folded yet, so a dashboard costs the same with a thousand orders or a million.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly skus: SkuService,
    private readonly offers: OfferService,
    private readonly topups: TopupService,
    private readonly ledger: LedgerService,
    private readonly risk: RiskService,
    private readonly tickets: TicketFiguresService,
  ) {}

  /**
   * The rollup rows of a scope between two days as a subquery `r`, and its parameters from $1. A member's from
   * its own rows; the alliance's and a supplier's from rollups sized by days for the days folded (issue 24:
   * `day` the alliance's or the supplier's totals by day and mode, `sku` sales by day and SKU, `supplier` by day
   * and supplier), plus the member rows of the days not folded yet (today's, computed live). Measured: bench
   * dashboardLatencyMs and scale.
   */
  private async source(scope: DashboardScope, from: string, to: string, grain: 'day' | 'sku' | 'supplier' = 'day'): Promise<{ sql: string; params: unknown[] }> {
    const all = `${MEASURES.join(', ')}, latency_buckets`;
    if (scope.kind === 'member') {
      return { sql: `(SELECT day, sku_id, supplier_id, delivery_mode, ${all} FROM dashboard_member_daily WHERE member_id = $3 AND day BETWEEN $1 AND $2) r`, params: [from, to, scope.memberId] };
    }
    const supplier = scope.kind === 'supplier' ? 'AND supplier_id = $3' : '';
    const [table, columns] =
      grain === 'sku'
        ? [scope.kind === 'supplier' ? 'dashboard_daily' : 'dashboard_sku_daily', 'day, sku_id, delivered, quantity, gmv']
        : grain === 'supplier' || scope.kind === 'supplier'
          ? ['dashboard_supplier_daily', `day, supplier_id, delivery_mode, ${all}`]
          : ['dashboard_alliance_daily', `day, delivery_mode, ${all}`];
    // The mark read first and passed as a value: the planner then sees that the member rows wanted are the last
    // day's (an index range on `day`); as a subquery it could not, and scanned every member row (measured: the
    // admin's 30 days at a million orders, 0.6 s, most of it that scan). Read in its own statement: a fold
    // committing in between moves days from the member rows (still there) to the rollups, counted once either way.
    const params: unknown[] = scope.kind === 'supplier' ? [from, to, scope.supplierId] : [from, to];
    params.push(await this.compactedThrough());
    const mark = `coalesce($${params.length}::date, '-infinity'::date)`;
    return {
      sql: `(SELECT ${columns} FROM ${table} WHERE day BETWEEN $1 AND $2 AND day <= ${mark} ${supplier}
             UNION ALL
             SELECT ${columns} FROM dashboard_member_daily WHERE day BETWEEN $1 AND $2 AND day > ${mark} ${supplier}) r`,
      params,
    };
  }

  /** The last day folded into the rollups sized by days (null before the first fold). */
  private async compactedThrough(): Promise<string | null> {
    const [row] = (await this.txHost.tx.query(`SELECT to_char(compacted_through, 'YYYY-MM-DD') AS d FROM dashboard_compaction WHERE id = 1`)) as { d: string | null }[];
    return row?.d ?? null;
  }

  /** The range's totals and those of the period it is compared with, by delivery mode for latency. */
  async totals(scope: DashboardScope, range: DayRange): Promise<Totals> {
    const previous = comparisonRange(range.from, range.to);
    const { sql, params } = await this.source(scope, previous.from, range.to);
    const rows = (await this.txHost.tx.query(
      `SELECT day >= $${params.length + 1}::date AS current, delivery_mode, ${MEASURES.map((m) => `coalesce(sum(${m}), 0)::text AS ${m}`).join(', ')},
              ARRAY[${BUCKET_SUMS}] AS buckets
         FROM ${sql}
        WHERE day <= $${params.length + 2}::date OR day >= $${params.length + 1}::date
        GROUP BY 1, 2`,
      [...params, range.from, previous.to],
    )) as ({ current: boolean; delivery_mode: DeliveryMode; buckets: (string | null)[] } & Record<(typeof MEASURES)[number], string>)[];
    const current = empty();
    const prior = empty();
    for (const r of rows) {
      const t = r.current ? current : prior;
      t.delivered += Number(r.delivered);
      t.failed += Number(r.failed);
      t.supplierFailures += Number(r.supplier_failures);
      t.failover += Number(r.failover);
      t.quantity += Number(r.quantity);
      t.gmv += BigInt(r.gmv);
      t.settlement += BigInt(r.settlement);
      t.refunded += BigInt(r.refunded);
      const l = t.latency[r.delivery_mode];
      l.count += Number(r.latency_count);
      l.sum += Number(r.latency_sum);
      r.buckets.forEach((n, k) => (l.buckets[k] += Number(n ?? 0)));
    }
    return { range, previous, current, prior };
  }

  static latency(t: Totals, mode: DeliveryMode): LatencySummary {
    const c = t.current.latency[mode];
    const p = t.prior.latency[mode];
    return {
      count: c.count,
      p50Ms: latencyQuantile(c.buckets, 0.5),
      p99Ms: latencyQuantile(c.buckets, 0.99),
      meanMs: c.count ? c.sum / c.count : null,
      previousCount: p.count,
      previousP50Ms: latencyQuantile(p.buckets, 0.5),
      previousP99Ms: latencyQuantile(p.buckets, 0.99),
    };
  }

  /** One point a day (days without outcomes are zero), for the trend charts. */
  async daily(scope: DashboardScope, range: DayRange): Promise<DailyPoint[]> {
    const { sql, params } = await this.source(scope, range.from, range.to);
    const rows = (await this.txHost.tx.query(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, sum(delivered)::int AS orders, sum(failed)::int AS failed, sum(gmv)::text AS gmv, sum(settlement)::text AS settlement,
              sum(refunded)::text AS refunded
         FROM ${sql} GROUP BY day`,
      params,
    )) as DailyPoint[];
    const byDay = new Map(rows.map((r) => [r.day, r]));
    return Array.from({ length: daysBetween(range.from, range.to) + 1 }, (_, i) => {
      const day = addDays(range.from, i);
      return byDay.get(day) ?? { day, orders: 0, failed: 0, gmv: '0', settlement: '0', refunded: '0' };
    });
  }

  /** The SKUs that sold most (by value) in the range (热销). */
  async hotSkus(scope: DashboardScope, range: DayRange, limit = 10): Promise<SkuRanking[]> {
    const { sql, params } = await this.source(scope, range.from, range.to, 'sku');
    return (await this.txHost.tx.query(
      `SELECT r.sku_id AS "skuId", s.code, s.name, sum(r.delivered)::int AS orders, sum(r.quantity)::int AS quantity, sum(r.gmv)::text AS gmv
         FROM ${sql} JOIN skus s ON s.id = r.sku_id
        WHERE r.delivered > 0
        GROUP BY r.sku_id, s.code, s.name
        ORDER BY sum(r.gmv) DESC, s.code LIMIT ${Math.max(1, Math.min(50, limit))}`,
      params,
    )) as SkuRanking[];
  }

  /** Which suppliers routing gave the range's delivered orders to, and their share. */
  async routingShare(range: DayRange): Promise<SupplierShare[]> {
    const { sql, params } = await this.source({ kind: 'alliance' }, range.from, range.to, 'supplier');
    const rows = (await this.txHost.tx.query(
      `SELECT r.supplier_id AS "supplierId", o.name, sum(r.delivered)::int AS orders, sum(r.gmv)::text AS gmv
         FROM ${sql} JOIN organizations o ON o.id = r.supplier_id
        WHERE r.delivered > 0
        GROUP BY r.supplier_id, o.name ORDER BY sum(r.delivered) DESC, o.name`,
      params,
    )) as Omit<SupplierShare, 'share'>[];
    const total = rows.reduce((a, r) => a + r.orders, 0);
    return rows.map((r) => ({ ...r, share: total ? r.orders / total : 0 }));
  }

  /** Active SKUs with fewer than two live offers: one source away from selling out. */
  async singleSourceSkus(): Promise<{ skuId: string; code: string; name: string; liveOffers: number }[]> {
    const skus = await this.skus.thinlySourced(2);
    const supply = await this.skus.supplyOf(skus);
    return skus.map((s) => ({ skuId: s.id, code: s.code, name: s.name, liveOffers: supply.get(s.id)?.liveOfferCount ?? 0 }));
  }

  /** SLA attainment, breaches and tickets by category for the range and the period it is compared with (tickets module). */
  ticketFigures(range: DayRange): Promise<TicketFigures> {
    const previous = comparisonRange(range.from, range.to);
    return this.tickets.figures({
      start: shanghaiDayStart(range.from),
      end: shanghaiDayStart(addDays(range.to, 1)),
      previousStart: shanghaiDayStart(previous.from),
      previousEnd: shanghaiDayStart(addDays(previous.to, 1)),
    });
  }

  async riskEventsWaiting(): Promise<number> {
    return (await this.risk.list(RiskEventStatus.OPEN, { offset: 0, limit: 1 })).totalCount;
  }

  stock(supplierId: string): Promise<OfferStock[]> {
    return this.offers.stockOf(supplierId);
  }

  topupQueue(supplierId: string) {
    return this.topups.queueSummary(supplierId);
  }

  wallet(memberId: string) {
    return this.ledger.balances(memberId, OrganizationKind.MEMBER);
  }
}
