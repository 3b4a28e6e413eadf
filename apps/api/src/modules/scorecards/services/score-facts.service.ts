import { RATING_MEAN_DAYS, addDays, shanghaiDate, type RatingTally } from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Injectable } from '@nestjs/common';
import { Clock } from '../../../common/clock';
import type { RatingFacts } from '../../ratings/ratings.events';

/** The counters event handlers keep (score_fact_daily.measure). */
export const Measure = {
  UPHELD_INVALID_CODE: 'UPHELD_INVALID_CODE',
  DUPLICATE_CODE: 'DUPLICATE_CODE',
  /** Orders delivered in 3 s or more (DELIVERY_BAR_MS), on the day delivered. */
  SLOW_DELIVERY: 'SLOW_DELIVERY',
  /** Card purchases a supplier's docked system failed on an order's path (the order failed over), on the day asked. */
  UPSTREAM_FAILURE: 'UPSTREAM_FAILURE',
  SAMPLE_PASSED: 'SAMPLE_PASSED',
  SAMPLE_FAILED: 'SAMPLE_FAILED',
  SLA_FIRST_RESPONSE_MET: 'SLA_FIRST_RESPONSE_MET',
  SLA_FIRST_RESPONSE_TOTAL: 'SLA_FIRST_RESPONSE_TOTAL',
  SLA_RESOLUTION_MET: 'SLA_RESOLUTION_MET',
  SLA_RESOLUTION_TOTAL: 'SLA_RESOLUTION_TOTAL',
  TICKETS_RESOLVED: 'TICKETS_RESOLVED',
  TICKETS_REOPENED: 'TICKETS_REOPENED',
  PRICE_CHANGES: 'PRICE_CHANGES',
  PRICE_CHANGES_NOTICED: 'PRICE_CHANGES_NOTICED',
  PRICE_COST_UNNOTICED: 'PRICE_COST_UNNOTICED',
  PRICE_COST_NOTICED: 'PRICE_COST_NOTICED',
  PRICE_MOVE_BP: 'PRICE_MOVE_BP',
  DISPUTE_UPHELD: 'DISPUTE_UPHELD',
  DISPUTE_REJECTED: 'DISPUTE_REJECTED',
  RULED_AGAINST: 'RULED_AGAINST',
} as const;
export type Measure = (typeof Measure)[keyof typeof Measure];

/** Shanghai days a scorecard reads, both inclusive (YYYY-MM-DD). */
export interface ScoreWindow {
  from: string;
  to: string;
}

/** The live scorecard's rolling window: the last `days` Shanghai days up to and including today. */
export const rollingWindow = (now: Date, days: number): ScoreWindow => ({ from: addDays(shanghaiDate(now), -days + 1), to: shanghaiDate(now) });

/** Rating counters: `RATING:<side>:<key>:SUM|COUNT` on the rated organisation. */
export const ratingMeasure = (side: string, key: string, part: 'SUM' | 'COUNT') => `RATING:${side}:${key}:${part}`;

/**
 * The scorecards' facts: counters per organisation, measure and day, added to by event handlers in the
 * transaction of the change (so a rolled-back change counts nothing), summed over a window by the recompute.
 */
@Injectable()
export class ScoreFactsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly clock: Clock,
  ) {}

  /**
   * Records that a ticket was upheld, once per ticket (issue 18 §7: upheld tickets count tickets, not resolution
   * cycles). True the first time: only then does the caller count it.
   */
  async firstUpheld(ticket: { id: string; supplierId: string; memberId: string; category: string }, at: Date = this.clock.now()): Promise<boolean> {
    const rows = (await this.txHost.tx.query(
      `INSERT INTO score_upheld_tickets (ticket_id, supplier_id, member_id, category, at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (ticket_id) DO NOTHING RETURNING ticket_id`,
      [ticket.id, ticket.supplierId, ticket.memberId, ticket.category, at],
    )) as unknown[];
    return rows.length === 1;
  }

  /** Adds to counters of one organisation on the day of `at` (today by default). */
  async add(organizationId: string, deltas: Partial<Record<string, number>>, at: Date = this.clock.now()): Promise<void> {
    const entries = Object.entries(deltas).filter(([, v]) => v !== undefined && v !== 0) as [string, number][];
    if (!entries.length) return;
    await this.txHost.tx.query(
      `INSERT INTO score_fact_daily (organization_id, measure, day, value)
       SELECT $1, m, $2::date, v FROM unnest($3::text[], $4::numeric[]) AS u(m, v)
       ON CONFLICT (organization_id, measure, day) DO UPDATE SET value = score_fact_daily.value + EXCLUDED.value`,
      [organizationId, shanghaiDate(at), entries.map(([m]) => m), entries.map(([, v]) => v)],
    );
  }

  /**
   * Every counter of the given organisations summed over the last `days` days (organisation → measure → sum), or
   * over a window of Shanghai days (inclusive) when one is given (an evaluation's quarter).
   */
  async sums(organizationIds: string[], days: number, window?: ScoreWindow): Promise<Map<string, Record<string, number>>> {
    const out = new Map<string, Record<string, number>>();
    if (!organizationIds.length) return out;
    const w = window ?? rollingWindow(this.clock.now(), days);
    const rows = (await this.txHost.tx.query(
      `SELECT organization_id AS "orgId", measure, sum(value)::float8 AS value FROM score_fact_daily
        WHERE organization_id = ANY($1::uuid[]) AND day BETWEEN $2::date AND $3::date GROUP BY organization_id, measure`,
      [organizationIds, w.from, w.to],
    )) as { orgId: string; measure: string; value: number }[];
    for (const r of rows) (out.get(r.orgId) ?? out.set(r.orgId, {}).get(r.orgId)!)[r.measure] = r.value;
    return out;
  }

  /** The alliance-wide rating tallies of one side over the last 90 days (key → sum and count): the C of the Bayesian average. */
  async allianceRatings(side: string, window?: ScoreWindow): Promise<Record<string, RatingTally>> {
    const w = window ?? rollingWindow(this.clock.now(), RATING_MEAN_DAYS);
    const rows = (await this.txHost.tx.query(
      `SELECT measure, sum(value)::float8 AS value FROM score_fact_daily WHERE measure LIKE $1 AND day BETWEEN $2::date AND $3::date GROUP BY measure`,
      [`RATING:${side}:%`, w.from, w.to],
    )) as { measure: string; value: number }[];
    return ratingTallies(Object.fromEntries(rows.map((r) => [r.measure, r.value])), side);
  }

  /**
   * An SLA clock the supplier answers for counts once: when it breaches (missed, the moment it happens) or when it
   * stops without having breached. A breached clock stopped later (the ticket answered) stays counted as missed.
   */
  async slaClock(supplierId: string, clockId: string, metric: 'FIRST_RESPONSE' | 'RESOLUTION', met: boolean, at: Date = this.clock.now()): Promise<boolean> {
    const inserted = (await this.txHost.tx.query(
      `INSERT INTO score_sla_facts (clock_id, organization_id, metric, met, counted_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (clock_id) DO NOTHING RETURNING clock_id`,
      [clockId, supplierId, metric, met, at],
    )) as unknown[];
    if (!inserted.length) return false;
    const first = metric === 'FIRST_RESPONSE';
    await this.add(supplierId, {
      [first ? Measure.SLA_FIRST_RESPONSE_TOTAL : Measure.SLA_RESOLUTION_TOTAL]: 1,
      [first ? Measure.SLA_FIRST_RESPONSE_MET : Measure.SLA_RESOLUTION_MET]: met ? 1 : 0,
    }, at);
    return true;
  }

  /** A revealed rating counts (unless excluded): its stars go into the rated organisation's counters, once. */
  async ratingRevealed(r: RatingFacts): Promise<void> {
    if (r.excludedReason) return;
    const day = shanghaiDate(r.revealedAt ?? this.clock.now());
    const [inserted] = (await this.txHost.tx.query(
      `INSERT INTO score_rating_facts (rating_id, rated_id, side, day, scores, counted) VALUES ($1, $2, $3, $4, $5, true)
       ON CONFLICT (rating_id) DO NOTHING RETURNING rating_id`,
      [r.id, r.ratedId, r.side, day, JSON.stringify(r.scores)],
    )) as unknown[];
    if (!inserted) return;
    await this.add(r.ratedId, ratingDeltas(r.side, r.scores, 1), new Date(`${day}T04:00:00Z`));
  }

  /** A hidden (removed or excluded) rating stops counting: exactly what it added is taken away, once. */
  async ratingHidden(r: RatingFacts, reason: string): Promise<void> {
    const [rows] = (await this.txHost.tx.query(
      `UPDATE score_rating_facts SET counted = false, hidden_reason = $2 WHERE rating_id = $1 AND counted RETURNING side, day::text AS day, scores, rated_id AS "ratedId"`,
      [r.id, reason],
    )) as [{ side: string; day: string; scores: Record<string, number>; ratedId: string }[], number];
    const row = rows[0];
    if (!row) {
      // Never counted (sealed, or excluded when revealed): remember it so a late reveal does not count it.
      await this.txHost.tx.query(
        `INSERT INTO score_rating_facts (rating_id, rated_id, side, day, scores, counted, hidden_reason) VALUES ($1, $2, $3, $4, $5, false, $6) ON CONFLICT (rating_id) DO NOTHING`,
        [r.id, r.ratedId, r.side, shanghaiDate(this.clock.now()), JSON.stringify(r.scores), reason],
      );
      return;
    }
    await this.add(row.ratedId, ratingDeltas(row.side, row.scores, -1), new Date(`${row.day}T04:00:00Z`));
  }
}

function ratingDeltas(side: string, scores: Record<string, number>, sign: 1 | -1): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [key, stars] of Object.entries(scores)) {
    if (!Number.isFinite(stars) || stars < 1 || stars > 5) continue;
    out[ratingMeasure(side, key, 'SUM')] = sign * stars;
    out[ratingMeasure(side, key, 'COUNT')] = sign;
  }
  return out;
}

/** Rating tallies of one side from summed counters. */
export function ratingTallies(sums: Record<string, number>, side: string): Record<string, RatingTally> {
  const out: Record<string, RatingTally> = {};
  const prefix = `RATING:${side}:`;
  for (const [measure, value] of Object.entries(sums)) {
    if (!measure.startsWith(prefix)) continue;
    const [key, part] = measure.slice(prefix.length).split(':');
    const t = (out[key] ??= { sum: 0, count: 0 });
    if (part === 'SUM') t.sum += value;
    else t.count += value;
  }
  return out;
}
