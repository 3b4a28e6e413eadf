import {
  DEFAULT_PRIOR_WEIGHTS, MEMBER_TO_SUPPLIER_RATING_KEYS, NEUTRAL_SCORE, MEMBER_WEIGHTS, OrganizationKind, OrganizationStatus, SCORE_WINDOW_DAYS, SUPPLIER_TO_MEMBER_RATING_KEYS, ScoreDimension,
  addDays, afterSalesScore, allianceMean, authenticityScore, complianceScore, fulfilmentRate, memberDisputeScore, priceStabilityScore, ratingScore, shanghaiDate, weightProblems,
  weightedTotal, type DimensionScore, type Prior, type ScoreWeights,
} from '@mengyuan/domain';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { Inject, Injectable } from '@nestjs/common';
import type { UserActor } from '../../../common/actor';
import { Clock } from '../../../common/clock';
import { assertId, notFound, validationFailed } from '../../../common/errors';
import { EventBus } from '../../../common/events/event-bus';
import type { Page } from '../../../common/pagination';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { OfferService } from '../../catalog/services/offer.service';
import { DashboardService } from '../../dashboards/services/dashboard.service';
import { OrganizationService } from '../../organizations/services/organization.service';
import type { Organization } from '../../organizations/organization.types';
import { QualificationService } from '../../qualifications/services/qualification.service';
import { ScoreHistoryEntity, ScorecardEntity, ScoreWeightsEntity } from '../entities/scorecard.entities';
import { ScoreWeightsChangedEvent } from '../scorecards.events';
import { Measure, ScoreFactsService, ratingTallies, rollingWindow, type ScoreWindow } from './score-facts.service';
import { UnitOfWork } from '../../../common/unit-of-work/unit-of-work';

/** A scorecard as the resolvers map it. */
export interface Scorecard {
  organizationId: string;
  organizationName: string;
  organizationStatus: OrganizationStatus;
  kind: OrganizationKind;
  total: number;
  rank: number | null;
  /** How many suppliers are ranked ("rank 1 of 38"). */
  rankOf: number | null;
  fulfilmentRate: number | null;
  dimensions: DimensionScore[];
  weights: Record<string, number>;
  computedAt: Date | null;
}

export interface ScoreTrendPoint {
  at: Date;
  day: string;
  total: number;
  dimensions: { dimension: ScoreDimension; value: number }[];
  evaluationRunId: string | null;
}

/** Suppliers that are scored: admitted and not gone. */
const SCORED_SUPPLIER = [OrganizationStatus.PROBATION, OrganizationStatus.ACTIVE, OrganizationStatus.SUSPENDED];
const SCORED_MEMBER = [OrganizationStatus.ACTIVE, OrganizationStatus.SUSPENDED];
const SUPPLIER_SIDE = 'MEMBER_TO_SUPPLIER';
const MEMBER_SIDE = 'SUPPLIER_TO_MEMBER';

/**
 * Scorecards (五维评估, DESIGN.md §2.7): each supplier's five dimensions and each member's two, from the facts
 * event handlers counted (ScoreFactsService), qualifications, the dashboards' order rollups and the catalog, by
 * the versioned formulas of packages/domain. A recompute writes the current scorecards and a daily history point.
 */
@Injectable()
export class ScorecardService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly facts: ScoreFactsService,
    private readonly organizations: OrganizationService,
    private readonly qualifications: QualificationService,
    private readonly dashboards: DashboardService,
    private readonly offers: OfferService,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  private get cards() {
    return this.txHost.tx.getRepository(ScorecardEntity);
  }

  async weights(): Promise<{ weights: ScoreWeights; updatedAt: Date | null }> {
    const row = await this.txHost.tx.getRepository(ScoreWeightsEntity).findOneBy({ id: 1 });
    return { weights: (row?.weights ?? {}) as ScoreWeights, updatedAt: row?.updatedAt ?? null };
  }

  /** Admin: new weights (whole percentages adding up to 100), audited with before and after; totals follow at once. */
  @UnitOfWork()
  async updateWeights(actor: UserActor, w: ScoreWeights): Promise<{ weights: ScoreWeights; updatedAt: Date | null }> {
    const problems = weightProblems(w);
    if (Object.keys(problems).length) throw validationFailed(problems, 'Weights must be whole percentages adding up to 100');
    const repo = this.txHost.tx.getRepository(ScoreWeightsEntity);
    const before = await repo.findOne({ where: { id: 1 }, lock: { mode: 'pessimistic_write' } });
    const now = this.clock.now();
    await repo.save({ id: 1, weights: w, updatedAt: now, updatedByUserId: actor.userId });
    await this.events.publish(new ScoreWeightsChangedEvent(actor, before?.weights ?? {}, w));
    await this.retotal(w);
    return { weights: w, updatedAt: now };
  }

  /** New weights re-total the current supplier scorecards (the dimensions do not change). */
  private async retotal(w: ScoreWeights): Promise<void> {
    const cards = await this.cards.findBy({ kind: OrganizationKind.SUPPLIER });
    for (const c of cards) await this.cards.update(c.organizationId, { total: String(weightedTotal(c.dimensions, w)), weights: w });
  }

  /** The prior (alliance mean) of a fact-based dimension: the mean of the organisations' normalised values. */
  private priors(dims: DimensionScore[][], dimension: ScoreDimension): Prior {
    return { mean: allianceMean(dims.map((ds) => ds.find((x) => x.dimension === dimension)?.normalised ?? null)), weight: DEFAULT_PRIOR_WEIGHTS[dimension] };
  }

  /**
   * Every supplier's dimensions from its facts: first without priors (to pool the alliance means), then shrunk
   * toward those means. `orgs` are the suppliers to score.
   */
  async computeSuppliers(orgs: Organization[], window?: ScoreWindow): Promise<Map<string, { dimensions: DimensionScore[]; fulfilmentRate: number | null }>> {
    const out = new Map<string, { dimensions: DimensionScore[]; fulfilmentRate: number | null }>();
    if (!orgs.length) return out;
    const ids = orgs.map((o) => o.id);
    // The live scorecard reads its rolling window; an evaluation passes its quarter's days.
    const range = window ?? rollingWindow(this.clock.now(), SCORE_WINDOW_DAYS);
    // One after another: inside a transaction they share one connection.
    const sums = await this.facts.sums(ids, SCORE_WINDOW_DAYS, range);
    const compliance = await this.qualifications.complianceFacts(orgs.map((o) => ({ id: o.id, kind: o.kind })));
    const alliance = await this.facts.allianceRatings(SUPPLIER_SIDE, window);
    const raw = new Map<string, { c: Parameters<typeof complianceScore>[0]; a: Parameters<typeof authenticityScore>[0]; s: Parameters<typeof afterSalesScore>[0]; p: Parameters<typeof priceStabilityScore>[0] }>();
    for (const org of orgs) {
      const f = sums.get(org.id) ?? {};
      const n = (m: string) => f[m] ?? 0;
      const totals = await this.dashboards.totals({ kind: 'supplier', supplierId: org.id }, range);
      const listed = (await this.offers.stockOf(org.id)).length;
      raw.set(org.id, {
        c: compliance.get(org.id) ?? { required: 0, valid: 0, expired: 0, missing: 0 },
        a: {
          delivered: totals.current.delivered, supplierFailures: totals.current.supplierFailures, slowDeliveries: n(Measure.SLOW_DELIVERY), upstreamFailures: n(Measure.UPSTREAM_FAILURE), upheldInvalidCodeTickets: n(Measure.UPHELD_INVALID_CODE),
          duplicateCodeIncidents: n(Measure.DUPLICATE_CODE), samplesPassed: n(Measure.SAMPLE_PASSED), samplesFailed: n(Measure.SAMPLE_FAILED),
        },
        s: {
          firstResponseMet: n(Measure.SLA_FIRST_RESPONSE_MET), firstResponseTotal: n(Measure.SLA_FIRST_RESPONSE_TOTAL), resolutionMet: n(Measure.SLA_RESOLUTION_MET),
          resolutionTotal: n(Measure.SLA_RESOLUTION_TOTAL), resolved: n(Measure.TICKETS_RESOLVED), reopened: n(Measure.TICKETS_REOPENED),
        },
        p: {
          listedOffers: listed, changes: n(Measure.PRICE_CHANGES), noticedChanges: n(Measure.PRICE_CHANGES_NOTICED), unnoticedCost: n(Measure.PRICE_COST_UNNOTICED),
          noticedCost: n(Measure.PRICE_COST_NOTICED), totalMoveBp: n(Measure.PRICE_MOVE_BP),
        },
      });
    }
    const flat: Prior = { mean: NEUTRAL_SCORE, weight: 1 };
    const first = [...raw.values()].map((r) => [complianceScore(r.c, flat), authenticityScore(r.a, flat), afterSalesScore(r.s, flat), priceStabilityScore(r.p, flat)]);
    const prior = (d: ScoreDimension) => this.priors(first, d);
    const [pc, pa, ps, pp] = [prior(ScoreDimension.COMPLIANCE), prior(ScoreDimension.AUTHENTICITY), prior(ScoreDimension.AFTER_SALES), prior(ScoreDimension.PRICE_STABILITY)];
    for (const org of orgs) {
      const r = raw.get(org.id)!;
      const tallies = ratingTallies(sums.get(org.id) ?? {}, SUPPLIER_SIDE);
      out.set(org.id, {
        dimensions: [
          complianceScore(r.c, pc), authenticityScore(r.a, pa), afterSalesScore(r.s, ps), priceStabilityScore(r.p, pp),
          ratingScore(ScoreDimension.REPUTATION, MEMBER_TO_SUPPLIER_RATING_KEYS, tallies, alliance, this.config.scores.reputationPriorWeight),
        ],
        fulfilmentRate: fulfilmentRate(r.a.delivered, r.a.supplierFailures + (r.a.upstreamFailures ?? 0)),
      });
    }
    return out;
  }

  /** Members: supplier ratings of them and their dispute history. */
  async computeMembers(orgs: Organization[]): Promise<Map<string, DimensionScore[]>> {
    const out = new Map<string, DimensionScore[]>();
    if (!orgs.length) return out;
    const sums = await this.facts.sums(orgs.map((o) => o.id), SCORE_WINDOW_DAYS);
    const alliance = await this.facts.allianceRatings(MEMBER_SIDE);
    const disputes = orgs.map((o) => {
      const f = sums.get(o.id) ?? {};
      return { upheld: f[Measure.DISPUTE_UPHELD] ?? 0, rejected: f[Measure.DISPUTE_REJECTED] ?? 0, ruledAgainst: f[Measure.RULED_AGAINST] ?? 0 };
    });
    const flat: Prior = { mean: NEUTRAL_SCORE, weight: 1 };
    const prior = { mean: allianceMean(disputes.map((d) => memberDisputeScore(d, flat).normalised)), weight: DEFAULT_PRIOR_WEIGHTS.MEMBER_DISPUTES };
    orgs.forEach((o, i) => {
      out.set(o.id, [
        ratingScore(ScoreDimension.MEMBER_RATINGS, SUPPLIER_TO_MEMBER_RATING_KEYS, ratingTallies(sums.get(o.id) ?? {}, MEMBER_SIDE), alliance, this.config.scores.reputationPriorWeight),
        memberDisputeScore(disputes[i], prior),
      ]);
    });
    return out;
  }

  /** Every scored organisation of a kind (no pagination: the recompute and the evaluation read all of them). */
  async scoredOrganizations(kind: OrganizationKind): Promise<Organization[]> {
    const statuses = kind === OrganizationKind.SUPPLIER ? SCORED_SUPPLIER : SCORED_MEMBER;
    const all: Organization[] = [];
    for (const status of statuses) {
      for (let offset = 0; ; offset += 1000) {
        const page = await this.organizations.list({ kind, status }, { offset, limit: 1000 });
        all.push(...page.items);
        if (page.items.length < 1000) break;
      }
    }
    return all;
  }

  /**
   * Writes every current scorecard (suppliers and members) and today's history point; answers how many. The job
   * runs it hourly, admins on demand (recomputeScorecards), evaluation runs before freezing.
   */
  @UnitOfWork()
  async recomputeAll(): Promise<number> {
    const { weights } = await this.weights();
    const now = this.clock.now();
    const suppliers = await this.scoredOrganizations(OrganizationKind.SUPPLIER);
    const supplierScores = await this.computeSuppliers(suppliers);
    const members = await this.scoredOrganizations(OrganizationKind.MEMBER);
    const memberScores = await this.computeMembers(members);
    const rows: ScorecardEntity[] = [];
    for (const o of suppliers) {
      const s = supplierScores.get(o.id)!;
      rows.push(Object.assign(new ScorecardEntity(), {
        organizationId: o.id, kind: o.kind, total: String(weightedTotal(s.dimensions, weights)), fulfilmentRate: s.fulfilmentRate === null ? null : String(s.fulfilmentRate),
        dimensions: s.dimensions, weights, computedAt: now,
      }));
    }
    for (const o of members) {
      const dims = memberScores.get(o.id)!;
      rows.push(Object.assign(new ScorecardEntity(), { organizationId: o.id, kind: o.kind, total: String(weightedTotal(dims, MEMBER_WEIGHTS)), fulfilmentRate: null, dimensions: dims, weights: MEMBER_WEIGHTS, computedAt: now }));
    }
    for (let i = 0; i < rows.length; i += 500) await this.cards.upsert(rows.slice(i, i + 500), ['organizationId']);
    await this.recordHistory(rows, now, null);
    return rows.length;
  }

  /** A history point per scorecard for the day (the last of the day wins; an evaluation run's point is kept). */
  async recordHistory(rows: Pick<ScorecardEntity, 'organizationId' | 'total' | 'dimensions'>[], at: Date, runId: string | null): Promise<void> {
    if (!rows.length) return;
    const day = shanghaiDate(at);
    await this.txHost.tx.query(
      `INSERT INTO score_history (organization_id, day, at, total, dimensions, evaluation_run_id)
       SELECT o, $2::date, $3, t, d, $6::uuid FROM unnest($1::uuid[], $4::numeric[], $5::jsonb[]) AS u(o, t, d)
       ON CONFLICT (organization_id, day) DO UPDATE SET at = EXCLUDED.at, total = EXCLUDED.total, dimensions = EXCLUDED.dimensions,
         evaluation_run_id = coalesce(EXCLUDED.evaluation_run_id, score_history.evaluation_run_id)
       WHERE score_history.evaluation_run_id IS NULL OR EXCLUDED.evaluation_run_id IS NOT NULL`,
      [rows.map((r) => r.organizationId), day, at, rows.map((r) => r.total), rows.map((r) => JSON.stringify(r.dimensions.map((d) => ({ dimension: d.dimension, value: d.shrunk })))), runId],
    );
  }

  /**
   * Supplier scorecards ranked by total (suppliers without one yet are listed after, at the prior). Members see
   * only suppliers with a live offer (those they can buy from).
   */
  async listSuppliers(filter: { search?: string | null; status?: OrganizationStatus | null; buyable?: boolean }, page: { offset: number; limit: number }): Promise<Page<Scorecard>> {
    const params: unknown[] = [SCORED_SUPPLIER];
    let where = `o.kind = 'SUPPLIER' AND o.status = ANY($1::text[])`;
    if (filter.status) {
      params.push(filter.status);
      where += ` AND o.status = $${params.length}`;
    }
    const search = filter.search?.trim();
    if (search) {
      params.push(`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where += ` AND (o.name ILIKE $${params.length} OR o.unified_social_credit_code ILIKE $${params.length})`;
    }
    if (filter.buyable) where += ` AND EXISTS (SELECT 1 FROM offers f WHERE f.supplier_id = o.id AND f.status = 'LIVE')`;
    const [count] = (await this.txHost.tx.query(`SELECT count(*)::int AS n FROM organizations o WHERE ${where}`, params)) as { n: number }[];
    params.push(page.limit, page.offset);
    const rows = (await this.txHost.tx.query(
      `SELECT o.id, o.name, o.status, o.kind, s.total::float8 AS total, s.fulfilment_rate::float8 AS "fulfilmentRate", s.dimensions, s.weights, s.computed_at AS "computedAt",
              CASE WHEN s.total IS NULL THEN NULL ELSE (SELECT count(*)::int + 1 FROM scorecards x JOIN organizations xo ON xo.id = x.organization_id
                WHERE x.kind = 'SUPPLIER' AND xo.status = ANY($1::text[]) AND x.total > s.total) END AS rank,
              ${rankedSuppliers('$1')} AS "rankOf"
         FROM organizations o LEFT JOIN scorecards s ON s.organization_id = o.id
        WHERE ${where}
        ORDER BY s.total DESC NULLS LAST, s.fulfilment_rate DESC NULLS LAST, o.name, o.id
        LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    )) as RawCard[];
    const { weights } = await this.weights();
    return { items: rows.map((r) => toScorecard(r, weights)), totalCount: count.n };
  }

  /** One organisation's current scorecard (a neutral one at the priors before its first recompute). */
  async get(organizationId: string): Promise<Scorecard> {
    const rows = (await this.txHost.tx.query(
      `SELECT o.id, o.name, o.status, o.kind, s.total::float8 AS total, s.fulfilment_rate::float8 AS "fulfilmentRate", s.dimensions, s.weights, s.computed_at AS "computedAt",
              CASE WHEN s.total IS NULL OR o.kind <> 'SUPPLIER' THEN NULL ELSE (SELECT count(*)::int + 1 FROM scorecards x JOIN organizations xo ON xo.id = x.organization_id
                WHERE x.kind = o.kind AND xo.status = ANY($2::text[]) AND x.total > s.total) END AS rank,
              CASE WHEN s.total IS NULL OR o.kind <> 'SUPPLIER' THEN NULL ELSE ${rankedSuppliers('$2')} END AS "rankOf"
         FROM organizations o LEFT JOIN scorecards s ON s.organization_id = o.id WHERE o.id = $1 AND o.kind <> 'ALLIANCE'`,
      [assertId(organizationId, 'Scorecard'), SCORED_SUPPLIER],
    )) as RawCard[];
    if (!rows[0]) throw notFound('Scorecard');
    const { weights } = await this.weights();
    return toScorecard(rows[0], weights);
  }

  /** Members' scorecards, best first. */
  async listMembers(search: string | null | undefined, page: { offset: number; limit: number }): Promise<Page<Scorecard>> {
    const params: unknown[] = [SCORED_MEMBER];
    let where = `o.kind = 'MEMBER' AND o.status = ANY($1::text[])`;
    if (search?.trim()) {
      params.push(`%${search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where += ` AND o.name ILIKE $${params.length}`;
    }
    const [count] = (await this.txHost.tx.query(`SELECT count(*)::int AS n FROM organizations o WHERE ${where}`, params)) as { n: number }[];
    params.push(page.limit, page.offset);
    const rows = (await this.txHost.tx.query(
      `SELECT o.id, o.name, o.status, o.kind, s.total::float8 AS total, NULL AS "fulfilmentRate", s.dimensions, s.weights, s.computed_at AS "computedAt", NULL AS rank
         FROM organizations o LEFT JOIN scorecards s ON s.organization_id = o.id WHERE ${where}
        ORDER BY s.total DESC NULLS LAST, o.name, o.id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    )) as RawCard[];
    return { items: rows.map((r) => toScorecard(r, MEMBER_WEIGHTS as Record<string, number>)), totalCount: count.n };
  }

  /** Score history, oldest first (the last `days` days). */
  async trend(organizationId: string, days = 400): Promise<ScoreTrendPoint[]> {
    return (await this.trends([organizationId], days))[0];
  }

  /** The score histories of several organisations in one query, in the order asked. */
  async trends(organizationIds: string[], days = 400): Promise<ScoreTrendPoint[][]> {
    const rows = await this.txHost.tx
      .getRepository(ScoreHistoryEntity)
      .createQueryBuilder('h')
      .where('h.organization_id IN (:...ids) AND h.day > :since', { ids: organizationIds, since: addDays(shanghaiDate(this.clock.now()), -days) })
      .orderBy('h.day', 'ASC')
      .getMany();
    const by = new Map<string, ScoreTrendPoint[]>(organizationIds.map((id) => [id, []]));
    for (const h of rows) {
      by.get(h.organizationId)?.push({ at: h.at, day: h.day, total: Number(h.total), dimensions: h.dimensions as ScoreTrendPoint['dimensions'], evaluationRunId: h.evaluationRunId });
    }
    return organizationIds.map((id) => by.get(id)!);
  }

  /** Organisation names by id (for evidence, candidates and routing decisions). */
  async names(ids: string[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const rows = (await this.txHost.tx.query(`SELECT id, name FROM organizations WHERE id = ANY($1::uuid[])`, [unique])) as { id: string; name: string }[];
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** Current totals and fulfilment rates of every supplier (what routing reads, through ScoreReadService). */
  async currentSupplierScores(): Promise<ScorecardEntity[]> {
    return this.cards.findBy({ kind: OrganizationKind.SUPPLIER });
  }
}

interface RawCard {
  id: string;
  name: string;
  status: OrganizationStatus;
  kind: OrganizationKind;
  total: number | null;
  fulfilmentRate: number | null;
  dimensions: DimensionScore[] | null;
  weights: Record<string, number> | null;
  computedAt: Date | null;
  rank: number | null;
  rankOf?: number | null;
}

/** How many suppliers are ranked (the N of "rank r of N"): the same set `rank` counts among, in one place. */
const rankedSuppliers = (statuses: string) =>
  `(SELECT count(*)::int FROM scorecards x JOIN organizations xo ON xo.id = x.organization_id WHERE x.kind = 'SUPPLIER' AND xo.status = ANY(${statuses}::text[]))`;

function toScorecard(r: RawCard, weights: Record<string, number>): Scorecard {
  return {
    organizationId: r.id, organizationName: r.name, organizationStatus: r.status, kind: r.kind, total: r.total ?? 50, rank: r.rank, rankOf: r.rank === null ? null : (r.rankOf ?? null), fulfilmentRate: r.fulfilmentRate,
    dimensions: r.dimensions ?? [], weights: r.weights ?? weights, computedAt: r.computedAt,
  };
}
