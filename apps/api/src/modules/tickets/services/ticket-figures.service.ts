import { SlaMetric, TicketCategory, TicketTier } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';

/** Half-open instants [start, end): a period and the one it is compared with. */
export interface FigurePeriods {
  start: Date;
  end: Date;
  previousStart: Date;
  previousEnd: Date;
}

export interface AttainmentCount {
  met: number;
  total: number;
}

export interface TicketFigures {
  /** SLA clocks that stopped in the period (met or missed), by metric; the prior period beside it. */
  attainment: Record<SlaMetric, { current: AttainmentCount; previous: AttainmentCount }>;
  /** Breaches recorded in the period, by the level that breached. */
  breachesByTier: Record<TicketTier, { current: number; previous: number }>;
  /** Tickets opened in the period, by category. */
  openedByCategory: Record<TicketCategory, { current: number; previous: number }>;
  /** Tickets resolved in the period (each ticket once), and those an auto-rule resolved without a person (issue 18 §13). */
  resolvedWithoutPerson: { current: AttainmentCount; previous: AttainmentCount };
}

const zeros = <K extends string, V>(keys: readonly K[], v: () => V): Record<K, V> => Object.fromEntries(keys.map((k) => [k, v()])) as Record<K, V>;

/**
 * The after-sales figures dashboards show, read from the tickets module's own tables by SQL aggregates over
 * indexed columns (tickets.opened_at, sla_clocks.stopped_at, sla_breaches.breached_at): three small queries
 * whatever the number of tickets in the range. Dashboards call this instead of reading these tables.
 */
@Injectable()
export class TicketFiguresService {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  async figures(p: FigurePeriods): Promise<TicketFigures> {
    const params = [p.previousStart, p.end, p.start, p.previousEnd];
    // Dashboard aggregate: each WHERE is an index range over both periods; `current` splits them.
    const inPeriods = (col: string) => `((${col} >= $3 AND ${col} < $2) OR (${col} >= $1 AND ${col} < $4))`;
    const [clocks, breaches, categories, auto] = (await Promise.all([
      this.txHost.tx.query(
        `SELECT metric AS key, stopped_at >= $3 AS current, count(*) FILTER (WHERE met)::int AS met, count(*)::int AS total
           FROM sla_clocks WHERE met IS NOT NULL AND ${inPeriods('stopped_at')} GROUP BY 1, 2`,
        params,
      ),
      this.txHost.tx.query(`SELECT level AS key, breached_at >= $3 AS current, count(*)::int AS total FROM sla_breaches WHERE ${inPeriods('breached_at')} GROUP BY 1, 2`, params),
      this.txHost.tx.query(`SELECT category AS key, opened_at >= $3 AS current, count(*)::int AS total FROM tickets WHERE ${inPeriods('opened_at')} GROUP BY 1, 2`, params),
      // A ticket counts once per period, as resolved without a person when an auto-rule resolved it.
      this.txHost.tx.query(
        `SELECT 'auto' AS key, created_at >= $3 AS current, count(DISTINCT ticket_id) FILTER (WHERE auto)::int AS met, count(DISTINCT ticket_id)::int AS total
           FROM ticket_resolutions WHERE ${inPeriods('created_at')} GROUP BY 2`,
        params,
      ),
    ])) as { key: string; current: boolean; met?: number; total: number }[][];

    const figures: TicketFigures = {
      attainment: zeros(Object.values(SlaMetric), () => ({ current: { met: 0, total: 0 }, previous: { met: 0, total: 0 } })),
      breachesByTier: zeros(Object.values(TicketTier), () => ({ current: 0, previous: 0 })),
      openedByCategory: zeros(Object.values(TicketCategory), () => ({ current: 0, previous: 0 })),
      resolvedWithoutPerson: { current: { met: 0, total: 0 }, previous: { met: 0, total: 0 } },
    };
    for (const r of auto) figures.resolvedWithoutPerson[r.current ? 'current' : 'previous'] = { met: r.met ?? 0, total: r.total };
    for (const r of clocks) {
      const a = figures.attainment[r.key as SlaMetric];
      if (a) a[r.current ? 'current' : 'previous'] = { met: r.met ?? 0, total: r.total };
    }
    for (const r of breaches) {
      const b = figures.breachesByTier[r.key as TicketTier];
      if (b) b[r.current ? 'current' : 'previous'] = r.total;
    }
    for (const r of categories) {
      const c = figures.openedByCategory[r.key as TicketCategory];
      if (c) c[r.current ? 'current' : 'previous'] = r.total;
    }
    return figures;
  }
}
