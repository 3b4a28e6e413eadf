import { defineTransitions } from './state-machine';

/**
 * Scorecards (五维评估, DESIGN.md §2.7): pure formulas shared by the api (which stores every value they return as
 * evidence) and the apps (which show them). Every dimension is a proportion of good observations, numerator over
 * denominator, normalised to 0–100 and shrunk toward a prior (the alliance mean) by the Bayesian average
 * (v·R + m·C)/(v + m): with no observations it reads the prior, and the prior itself never reads 0 or 100.
 */

export const ScoreDimension = {
  COMPLIANCE: 'COMPLIANCE',
  AUTHENTICITY: 'AUTHENTICITY',
  AFTER_SALES: 'AFTER_SALES',
  PRICE_STABILITY: 'PRICE_STABILITY',
  REPUTATION: 'REPUTATION',
  /** Members: how suppliers rated them (conduct, payment and dispute fairness, overall). */
  MEMBER_RATINGS: 'MEMBER_RATINGS',
  /** Members: disputes (tickets) they filed that held, against those ruled or resolved against them. */
  MEMBER_DISPUTES: 'MEMBER_DISPUTES',
} as const;
export type ScoreDimension = (typeof ScoreDimension)[keyof typeof ScoreDimension];

export const SUPPLIER_DIMENSIONS = [ScoreDimension.COMPLIANCE, ScoreDimension.AUTHENTICITY, ScoreDimension.AFTER_SALES, ScoreDimension.PRICE_STABILITY, ScoreDimension.REPUTATION] as const;
export type SupplierDimension = (typeof SUPPLIER_DIMENSIONS)[number];
export const MEMBER_DIMENSIONS = [ScoreDimension.MEMBER_RATINGS, ScoreDimension.MEMBER_DISPUTES] as const;

/** Formula ids and versions: a stored value names the formula that made it; changing a formula bumps its version. */
export const SCORE_FORMULAS: Record<ScoreDimension, { id: string; version: number }> = {
  COMPLIANCE: { id: 'compliance.documents-valid', version: 1 },
  AUTHENTICITY: { id: 'authenticity.clean-deliveries', version: 3 }, // v2: a delivery in 3 s or more is not clean; v3: a docked system's failed purchase is a supplier failure
  AFTER_SALES: { id: 'after-sales.sla-and-reopens', version: 1 },
  PRICE_STABILITY: { id: 'price-stability.weighted-changes', version: 1 },
  REPUTATION: { id: 'reputation.bayesian-ratings', version: 1 },
  MEMBER_RATINGS: { id: 'member.bayesian-ratings', version: 1 },
  MEMBER_DISPUTES: { id: 'member.dispute-fairness', version: 1 },
};

/**
 * How much evidence the prior is worth, in the dimension's own observations (m of the Bayesian average). The
 * reputation's is configurable (SCORE_REPUTATION_PRIOR_WEIGHT, default 20 ratings).
 */
export const DEFAULT_PRIOR_WEIGHTS: Record<ScoreDimension, number> = {
  COMPLIANCE: 1,
  AUTHENTICITY: 20,
  AFTER_SALES: 10,
  PRICE_STABILITY: 5,
  REPUTATION: 20,
  MEMBER_RATINGS: 20,
  MEMBER_DISPUTES: 5,
};

/** The neutral prior a pooled alliance mean is itself shrunk toward (so even it is never 0 or 100). */
export const NEUTRAL_SCORE = 50;
/** Quarterly evaluation: a total below this makes an elimination candidate. */
export const ELIMINATION_THRESHOLD = 60;
/** How long a candidate may appeal, from the run that named it. */
export const APPEAL_WINDOW_DAYS = 7;
/** Ratings count toward the alliance mean C for this many days. */
export const RATING_MEAN_DAYS = 90;
/** The window of facts a scorecard reads. */
export const SCORE_WINDOW_DAYS = 90;

/** The Bayesian average (v·R + m·C)/(v + m): v observations averaging R, m pseudo-observations at the prior C. */
export function shrink(v: number, r: number, m: number, c: number): number {
  if (!(v >= 0) || !(m > 0)) throw new Error('shrink needs v ≥ 0 and m > 0');
  return v === 0 ? c : (v * r + m * c) / (v + m);
}

/**
 * The alliance mean C of a dimension: the mean of the normalised values of the organisations that have data
 * (each counts once, however large), held off the ends by one neutral organisation at NEUTRAL_SCORE.
 */
export function allianceMean(normalisedValues: (number | null)[]): number {
  const known = normalisedValues.filter((v): v is number => v !== null);
  return (known.reduce((a, v) => a + v, 0) + NEUTRAL_SCORE) / (known.length + 1);
}

/** A rating 1–5 as 0–100. */
export const ratingToScore = (stars: number) => ((Math.min(5, Math.max(1, stars)) - 1) / 4) * 100;

export interface EvidenceItem {
  /** What was counted (UPHELD_INVALID_CODE_TICKETS, SLA_FIRST_RESPONSE_MET, …). */
  measure: string;
  value: number;
}

export interface DimensionScore {
  dimension: ScoreDimension;
  formulaId: string;
  formulaVersion: number;
  /** Good observations (weighted), and all observations. */
  numerator: number;
  denominator: number;
  /** 100·numerator/denominator; null with no observations. */
  normalised: number | null;
  /** The prior C it is shrunk toward and its weight m. */
  prior: number;
  priorWeight: number;
  /** What the scorecard uses: (den·normalised + m·C)/(den + m). */
  shrunk: number;
  evidence: EvidenceItem[];
}

export interface Prior {
  mean: number;
  weight: number;
}

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

function proportion(dimension: ScoreDimension, numerator: number, denominator: number, prior: Prior, evidence: EvidenceItem[]): DimensionScore {
  const num = Math.max(0, Math.min(numerator, denominator));
  const den = Math.max(0, denominator);
  const normalised = den > 0 ? (100 * num) / den : null;
  const { id, version } = SCORE_FORMULAS[dimension];
  return {
    dimension, formulaId: id, formulaVersion: version, numerator: round(num), denominator: round(den), normalised: normalised === null ? null : round(normalised),
    prior: round(prior.mean), priorWeight: prior.weight, shrunk: round(shrink(den, normalised ?? 0, prior.weight, prior.mean)), evidence,
  };
}

/** 资质合规: required documents (for its kind and brands) approved and unexpired, out of those required. */
export interface ComplianceFacts {
  required: number;
  valid: number;
  /** Approved but past validTo, and missing or rejected: shown as evidence. */
  expired: number;
  missing: number;
}
export function complianceScore(f: ComplianceFacts, prior: Prior): DimensionScore {
  return proportion(ScoreDimension.COMPLIANCE, f.valid, f.required, prior, [
    { measure: 'REQUIRED_DOCUMENTS', value: f.required },
    { measure: 'VALID_DOCUMENTS', value: f.valid },
    { measure: 'EXPIRED_DOCUMENTS', value: f.expired },
    { measure: 'MISSING_DOCUMENTS', value: f.missing },
  ]);
}

/**
 * 产品真实: of the orders routed to the supplier, those delivered clean. A supplier failure (no code, failed
 * top-up), an upheld invalid-code ticket, a duplicate-code incident and a failed sample each count against it;
 * a passed sample counts for it.
 */
export interface AuthenticityFacts {
  delivered: number;
  supplierFailures: number;
  /** Deliveries that took DELIVERY_BAR_MS or longer (发卡时间 ≥ 3 s): delivered, but not clean. */
  slowDeliveries?: number;
  /**
   * Card purchases the supplier's docked system was asked for on an order's path and did not sell (timeout,
   * error, refusal, an answer without the codes): the order failed over. A supplier failure like a failed top-up.
   */
  upstreamFailures?: number;
  upheldInvalidCodeTickets: number;
  duplicateCodeIncidents: number;
  samplesPassed: number;
  samplesFailed: number;
}
export function authenticityScore(f: AuthenticityFacts, prior: Prior): DimensionScore {
  const failures = f.supplierFailures + (f.upstreamFailures ?? 0);
  const bad = failures + (f.slowDeliveries ?? 0) + f.upheldInvalidCodeTickets + f.duplicateCodeIncidents + f.samplesFailed;
  // Every bad fact is an observation: when they outnumber the counted deliveries (old orders, other windows), they still all count.
  const denominator = Math.max(f.delivered + failures + f.samplesPassed + f.samplesFailed, bad + f.samplesPassed);
  const fulfilment = fulfilmentRate(f.delivered, failures);
  return proportion(ScoreDimension.AUTHENTICITY, denominator - bad, denominator, prior, [
    { measure: 'DELIVERED_ORDERS', value: f.delivered },
    { measure: 'SUPPLIER_FAILURES', value: f.supplierFailures },
    { measure: 'FULFILMENT_RATE', value: fulfilment === null ? -1 : round(fulfilment) },
    { measure: 'SLOW_DELIVERIES', value: f.slowDeliveries ?? 0 },
    { measure: 'UPSTREAM_FAILURES', value: f.upstreamFailures ?? 0 },
    { measure: 'UPHELD_INVALID_CODE_TICKETS', value: f.upheldInvalidCodeTickets },
    { measure: 'DUPLICATE_CODE_INCIDENTS', value: f.duplicateCodeIncidents },
    { measure: 'SAMPLES_PASSED', value: f.samplesPassed },
    { measure: 'SAMPLES_FAILED', value: f.samplesFailed },
  ]);
}

/** The article's delivery bar (发卡时间 < 3 s): an order delivered this long or longer after it was placed is a slow delivery. */
export const DELIVERY_BAR_MS = 3_000;

/** Whether a delivery was slow: from placing to delivery at least DELIVERY_BAR_MS (probation and the scorecard both ask here). */
export function isSlowDelivery(placedAt: Date, deliveredAt: Date): boolean {
  return deliveredAt.getTime() - placedAt.getTime() >= DELIVERY_BAR_MS;
}

/** The fulfilment rate routing breaks ties with: delivered over delivered plus supplier failures (null with none). */
export function fulfilmentRate(delivered: number, supplierFailures: number): number | null {
  return delivered + supplierFailures > 0 ? delivered / (delivered + supplierFailures) : null;
}

/** 售后服务: SLA clocks (first response, resolution) the supplier met, and resolutions that were not reopened. */
export interface AfterSalesFacts {
  firstResponseMet: number;
  firstResponseTotal: number;
  resolutionMet: number;
  resolutionTotal: number;
  resolved: number;
  reopened: number;
}
export function afterSalesScore(f: AfterSalesFacts, prior: Prior): DimensionScore {
  const reopened = Math.min(f.reopened, f.resolved);
  return proportion(ScoreDimension.AFTER_SALES, f.firstResponseMet + f.resolutionMet + (f.resolved - reopened), f.firstResponseTotal + f.resolutionTotal + f.resolved, prior, [
    { measure: 'SLA_FIRST_RESPONSE_MET', value: f.firstResponseMet },
    { measure: 'SLA_FIRST_RESPONSE_TOTAL', value: f.firstResponseTotal },
    { measure: 'SLA_RESOLUTION_MET', value: f.resolutionMet },
    { measure: 'SLA_RESOLUTION_TOTAL', value: f.resolutionTotal },
    { measure: 'TICKETS_RESOLVED', value: f.resolved },
    { measure: 'TICKETS_REOPENED', value: f.reopened },
  ]);
}

/** A change of 10 % or more (unannounced) costs a whole offer-period; smaller ones in proportion; notice halves it. */
export const PRICE_CHANGE_FULL_COST_BP = 1000;
/**
 * 价格稳定: each listed offer is one observation of the window; each settlement-price change costs
 * min(1, |Δ|/10 %) of one (half with notice given), so one big unannounced change costs a whole offer and many
 * small ones add up.
 */
export interface PriceStabilityFacts {
  listedOffers: number;
  changes: number;
  /** Σ min(1, |Δ|/old ÷ 10 %) over changes without notice, and over changes with notice. */
  unnoticedCost: number;
  noticedCost: number;
  noticedChanges: number;
  /** Σ |Δ|/old in basis points (evidence). */
  totalMoveBp: number;
}
export const priceChangeCost = (oldPrice: bigint, newPrice: bigint) => {
  if (oldPrice <= 0n) return 1;
  const d = newPrice > oldPrice ? newPrice - oldPrice : oldPrice - newPrice;
  return Math.min(1, Number((d * 10_000n) / oldPrice) / PRICE_CHANGE_FULL_COST_BP);
};
export const priceMoveBp = (oldPrice: bigint, newPrice: bigint) => {
  if (oldPrice <= 0n) return 10_000;
  const d = newPrice > oldPrice ? newPrice - oldPrice : oldPrice - newPrice;
  return Number((d * 10_000n) / oldPrice);
};
export function priceStabilityScore(f: PriceStabilityFacts, prior: Prior): DimensionScore {
  const cost = f.unnoticedCost + f.noticedCost / 2;
  return proportion(ScoreDimension.PRICE_STABILITY, Math.max(0, f.listedOffers - cost), f.listedOffers, prior, [
    { measure: 'LISTED_OFFERS', value: f.listedOffers },
    { measure: 'PRICE_CHANGES', value: f.changes },
    { measure: 'PRICE_CHANGES_WITH_NOTICE', value: f.noticedChanges },
    { measure: 'PRICE_MOVE_TOTAL_BP', value: f.totalMoveBp },
    { measure: 'PRICE_CHANGE_COST', value: round(cost) },
  ]);
}

/** Sum and count of one rating dimension's stars (revealed, not hidden, not excluded). */
export interface RatingTally {
  sum: number;
  count: number;
}
export const MEMBER_TO_SUPPLIER_RATING_KEYS = ['authenticity', 'afterSales', 'speed', 'overall'] as const;
export const SUPPLIER_TO_MEMBER_RATING_KEYS = ['conduct', 'fairness', 'overall'] as const;

/**
 * 用户口碑 (and members' MEMBER_RATINGS): per rating dimension, R the mean stars of v ratings, C the alliance
 * mean of the last 90 days, shrunk (v·R + m·C)/(v + m); the dimension is the mean of those, as 0–100. The
 * numerator is the sum of stars as 0–100 points, the denominator the count of ratings (per dimension, summed).
 */
export function ratingScore(dimension: ScoreDimension, keys: readonly string[], tallies: Record<string, RatingTally>, allianceMeans: Record<string, RatingTally>, m: number): DimensionScore {
  const evidence: EvidenceItem[] = [];
  let shrunkSum = 0;
  let priorSum = 0;
  let points = 0;
  let count = 0;
  for (const key of keys) {
    const t = tallies[key] ?? { sum: 0, count: 0 };
    const a = allianceMeans[key] ?? { sum: 0, count: 0 };
    // The alliance mean in stars, itself held off the ends by one neutral (3-star) rating.
    const c = (a.sum + 3) / (a.count + 1);
    const r = t.count ? t.sum / t.count : 0;
    const stars = shrink(t.count, r, m, c);
    shrunkSum += ratingToScore(stars);
    priorSum += ratingToScore(c);
    points += t.count ? t.count * ratingToScore(r) : 0;
    count += t.count;
    evidence.push({ measure: `RATINGS_${key.toUpperCase()}_COUNT`, value: t.count }, { measure: `RATINGS_${key.toUpperCase()}_MEAN`, value: t.count ? round(r) : -1 }, { measure: `ALLIANCE_${key.toUpperCase()}_MEAN`, value: round(c) });
  }
  const { id, version } = SCORE_FORMULAS[dimension];
  return {
    dimension, formulaId: id, formulaVersion: version, numerator: round(points / 100), denominator: count, normalised: count ? round(points / count) : null,
    prior: round(priorSum / keys.length), priorWeight: m, shrunk: round(shrunkSum / keys.length), evidence,
  };
}

/** Members' disputes: tickets they filed that held (upheld, or ruled for them), out of those decided. */
export interface MemberDisputeFacts {
  upheld: number;
  rejected: number;
  ruledAgainst: number;
}
export function memberDisputeScore(f: MemberDisputeFacts, prior: Prior): DimensionScore {
  const bad = f.rejected + f.ruledAgainst;
  return proportion(ScoreDimension.MEMBER_DISPUTES, f.upheld, f.upheld + bad, prior, [
    { measure: 'DISPUTES_UPHELD', value: f.upheld },
    { measure: 'DISPUTES_REJECTED', value: f.rejected },
    { measure: 'RULINGS_AGAINST', value: f.ruledAgainst },
  ]);
}

/** Percent weights of the five supplier dimensions (whole numbers summing to 100; default equal). */
export type ScoreWeights = Record<SupplierDimension, number>;
export const DEFAULT_SCORE_WEIGHTS: ScoreWeights = { COMPLIANCE: 20, AUTHENTICITY: 20, AFTER_SALES: 20, PRICE_STABILITY: 20, REPUTATION: 20 };

/** What is wrong with a set of weights (field → messages), empty when they may be used. */
export function weightProblems(w: Partial<Record<string, number>>): Record<string, string[]> {
  const problems: Record<string, string[]> = {};
  for (const d of SUPPLIER_DIMENSIONS) {
    const v = w[d];
    if (v === undefined || !Number.isInteger(v) || v < 0 || v > 100) problems[d] = ['must be a whole percentage 0–100'];
  }
  const sum = SUPPLIER_DIMENSIONS.reduce((a, d) => a + (w[d] ?? 0), 0);
  if (!Object.keys(problems).length && sum !== 100) problems.sum = [`weights must add up to 100, not ${sum}`];
  return problems;
}

/** The weighted total of shrunk dimension values, 0–100 (dimensions without a weight count nothing). */
export function weightedTotal(dimensions: Pick<DimensionScore, 'dimension' | 'shrunk'>[], weights: Partial<Record<ScoreDimension, number>>): number {
  let sum = 0;
  let weight = 0;
  for (const d of dimensions) {
    const w = weights[d.dimension] ?? 0;
    sum += w * d.shrunk;
    weight += w;
  }
  return weight ? round(sum / weight, 2) : NEUTRAL_SCORE;
}

/** Members are weighted equally over their two dimensions. */
export const MEMBER_WEIGHTS: Partial<Record<ScoreDimension, number>> = { MEMBER_RATINGS: 50, MEMBER_DISPUTES: 50 };

// ---------------------------------------------------------------------------------------------------------
// Quarterly evaluation (季度评估)

export const EvaluationCandidateStatus = {
  /** Named by a run (total below the threshold); waiting for the admin, the appeal window open. */
  PENDING: 'PENDING',
  /** The supplier appealed; the admin decides the appeal first. */
  APPEALED: 'APPEALED',
  KEPT: 'KEPT',
  ELIMINATED: 'ELIMINATED',
} as const;
export type EvaluationCandidateStatus = (typeof EvaluationCandidateStatus)[keyof typeof EvaluationCandidateStatus];

export const CandidateAction = {
  APPEAL: 'APPEAL',
  KEEP: 'KEEP',
  ELIMINATE: 'ELIMINATE',
  GRANT_APPEAL: 'GRANT_APPEAL',
  REJECT_APPEAL: 'REJECT_APPEAL',
} as const;
export type CandidateAction = (typeof CandidateAction)[keyof typeof CandidateAction];

/** A candidate's lifecycle: eliminated only once no appeal is open (the service also waits for the window). */
export const candidateLifecycle = defineTransitions<EvaluationCandidateStatus, CandidateAction>({
  PENDING: { APPEAL: 'APPEALED', KEEP: 'KEPT', ELIMINATE: 'ELIMINATED' },
  APPEALED: { GRANT_APPEAL: 'KEPT', REJECT_APPEAL: 'PENDING', KEEP: 'KEPT' },
  KEPT: {},
  ELIMINATED: {},
});

export const AppealStatus = { OPEN: 'OPEN', GRANTED: 'GRANTED', REJECTED: 'REJECTED' } as const;
export type AppealStatus = (typeof AppealStatus)[keyof typeof AppealStatus];
export const AppealDecision = { GRANT: 'GRANT', REJECT: 'REJECT' } as const;
export type AppealDecision = (typeof AppealDecision)[keyof typeof AppealDecision];
export const appealLifecycle = defineTransitions<AppealStatus, AppealDecision>({
  OPEN: { GRANT: 'GRANTED', REJECT: 'REJECTED' },
  GRANTED: {},
  REJECTED: {},
});

export const CandidateDecision = { ELIMINATE: 'ELIMINATE', KEEP: 'KEEP' } as const;
export type CandidateDecision = (typeof CandidateDecision)[keyof typeof CandidateDecision];

/** The quarter a moment falls in, Asia/Shanghai (2026Q4). */
export function quarterOf(at: Date): string {
  const shanghai = new Date(at.getTime() + 8 * 3600_000);
  return `${shanghai.getUTCFullYear()}Q${Math.floor(shanghai.getUTCMonth() / 3) + 1}`;
}

/**
 * The days a quarter's evaluation judges, Asia/Shanghai: 2026Q4 is 1 October 00:00 to 31 December 24:00 (+08:00).
 * `from`/`to` are its first and last Shanghai days (inclusive), `start`/`end` the instants (end exclusive).
 */
export function quarterWindow(quarter: string): { from: string; to: string; start: Date; end: Date } {
  const m = /^(\d{4})Q([1-4])$/.exec(quarter);
  if (!m) throw new Error(`not a quarter: ${quarter}`);
  const year = Number(m[1]);
  const q = Number(m[2]);
  const pad = (n: number) => String(n).padStart(2, '0');
  const first = `${year}-${pad(q * 3 - 2)}-01`;
  const next = q === 4 ? `${year + 1}-01-01` : `${year}-${pad(q * 3 + 1)}-01`;
  const end = new Date(`${next}T00:00:00+08:00`);
  const last = new Date(end.getTime() - 86_400_000 + 8 * 3600_000).toISOString().slice(0, 10);
  return { from: first, to: last, start: new Date(`${first}T00:00:00+08:00`), end };
}

// ---------------------------------------------------------------------------------------------------------
// Probation (试单)

export const PROBATION_ORDERS = 20;
export const PROBATION_BAR = {
  /** Fulfilment success at least 99 %. */
  fulfilmentRate: 0.99,
  /** Every ticket's first response under 10 minutes. */
  firstResponseSeconds: 600,
  /** Settlement price moved at most 5 % within any 7 days. */
  priceMoveBp: 500,
  /** Every order delivered in under 3 s (发卡时间). */
  deliveryMs: DELIVERY_BAR_MS,
  priceMoveDays: 7,
} as const;

export const ProbationStatus = { WATCHING: 'WATCHING', PASSED: 'PASSED', FLAGGED: 'FLAGGED' } as const;
export type ProbationStatus = (typeof ProbationStatus)[keyof typeof ProbationStatus];
export const ProbationMeasure = { FULFILMENT_SUCCESS: 'FULFILMENT_SUCCESS', FIRST_RESPONSE: 'FIRST_RESPONSE', PRICE_MOVEMENT: 'PRICE_MOVEMENT', SLA_BREACHES: 'SLA_BREACHES', DELIVERY_TIME: 'DELIVERY_TIME' } as const;
export type ProbationMeasure = (typeof ProbationMeasure)[keyof typeof ProbationMeasure];
/** RESTART: the supplier is put on probation again (its watch starts over from zero). */
export const ProbationAction = { PASS: 'PASS', FLAG: 'FLAG', ADMIN_PASS: 'ADMIN_PASS', RESTART: 'RESTART' } as const;
export type ProbationAction = (typeof ProbationAction)[keyof typeof ProbationAction];
export const probationLifecycle = defineTransitions<ProbationStatus, ProbationAction>({
  WATCHING: { PASS: 'PASSED', FLAG: 'FLAGGED', RESTART: 'WATCHING' },
  FLAGGED: { ADMIN_PASS: 'PASSED', RESTART: 'WATCHING' },
  PASSED: { RESTART: 'WATCHING' },
});

export interface ProbationFacts {
  /** Orders routed to the supplier that ended (delivered, or failed at the supplier). */
  orders: number;
  delivered: number;
  supplierFailures: number;
  /** Tickets with a first response, and the slowest (seconds); tickets still waiting past the bar count as slow. */
  firstResponses: number;
  slowFirstResponses: number;
  maxFirstResponseSeconds: number | null;
  /** Largest settlement-price move within any 7 days, in basis points. */
  maxPriceMoveBp: number;
  /** SLA clocks the supplier answers for that breached (counted the moment they breach, answered later or not). */
  slaBreaches?: number;
  /** Orders delivered in DELIVERY_BAR_MS or longer. */
  slowDeliveries?: number;
}

export interface ProbationMeasureResult {
  measure: ProbationMeasure;
  value: number | null;
  threshold: number;
  passing: boolean;
}

/** Each measure against the bar; a measure with nothing observed yet passes. */
export function judgeProbation(f: ProbationFacts): { measures: ProbationMeasureResult[]; failing: ProbationMeasure[]; complete: boolean } {
  const rate = fulfilmentRate(f.delivered, f.supplierFailures);
  const measures: ProbationMeasureResult[] = [
    { measure: ProbationMeasure.FULFILMENT_SUCCESS, value: rate === null ? null : round(rate), threshold: PROBATION_BAR.fulfilmentRate, passing: rate === null || rate >= PROBATION_BAR.fulfilmentRate },
    {
      measure: ProbationMeasure.FIRST_RESPONSE, value: f.maxFirstResponseSeconds, threshold: PROBATION_BAR.firstResponseSeconds,
      passing: f.slowFirstResponses === 0 && (f.maxFirstResponseSeconds === null || f.maxFirstResponseSeconds < PROBATION_BAR.firstResponseSeconds),
    },
    { measure: ProbationMeasure.PRICE_MOVEMENT, value: f.maxPriceMoveBp, threshold: PROBATION_BAR.priceMoveBp, passing: f.maxPriceMoveBp <= PROBATION_BAR.priceMoveBp },
    // A breach fails probation the moment it happens: no ticket left unanswered past its target passes.
    { measure: ProbationMeasure.SLA_BREACHES, value: f.slaBreaches ?? 0, threshold: 0, passing: (f.slaBreaches ?? 0) === 0 },
    // 发卡时间 < 3 s: every order of the trial delivered in time (value: how many were not).
    { measure: ProbationMeasure.DELIVERY_TIME, value: f.slowDeliveries ?? 0, threshold: PROBATION_BAR.deliveryMs, passing: (f.slowDeliveries ?? 0) === 0 },
  ];
  return { measures, failing: measures.filter((m) => !m.passing).map((m) => m.measure), complete: f.orders >= PROBATION_ORDERS };
}

// ---------------------------------------------------------------------------------------------------------
// Score-based routing

export const RoutingRule = { STRICT: 'STRICT', WEIGHTED: 'WEIGHTED' } as const;
export type RoutingRule = (typeof RoutingRule)[keyof typeof RoutingRule];

export interface ScoredCandidate {
  id: string;
  /** The supplier's total 0–100 (the alliance prior when it has no scorecard yet). */
  score: number;
  /** Delivered over delivered plus supplier failures; null with no orders. */
  fulfilmentRate: number | null;
  /** A supplier on probation (its share is capped). */
  probation: boolean;
  /** Older listings first on equal footing. */
  listedAt: number;
}

export interface RoutingSettings {
  rule: RoutingRule;
  /** WEIGHTED: the first pick is drawn with weight max(floor, score)^exponent. */
  exponent: number;
  floor: number;
  /** The share of orders a probation supplier may be tried first for (0–1). */
  probationShare: number;
}

export interface RankedCandidate<T extends ScoredCandidate> {
  candidate: T;
  /** WEIGHTED: the draw weight it had when picked (null for STRICT). */
  weight: number | null;
  /** A probation supplier moved behind the others this time by the cap. */
  capped: boolean;
}

const byScore = (a: ScoredCandidate, b: ScoredCandidate) =>
  b.score - a.score || (b.fulfilmentRate ?? -1) - (a.fulfilmentRate ?? -1) || a.listedAt - b.listedAt || a.id.localeCompare(b.id);

/**
 * The order routing tries offers in. STRICT: by score, then fulfilment rate, then oldest listing. WEIGHTED: each
 * position drawn from those left with probability ∝ max(floor, score)^k (so a good supplier is not sent every
 * order and a weaker one still learns). Probation suppliers keep their place with probability `probationShare`
 * and otherwise go behind everyone else (failover still reaches them). `random` is injectable for tests.
 */
export function rankByScore<T extends ScoredCandidate>(candidates: T[], s: RoutingSettings, random: () => number = Math.random): RankedCandidate<T>[] {
  const capped = new Set<string>();
  const hasRegular = candidates.some((c) => !c.probation);
  if (hasRegular && s.probationShare < 1) for (const c of candidates) if (c.probation && random() >= s.probationShare) capped.add(c.id);
  const front = candidates.filter((c) => !capped.has(c.id));
  const back = candidates.filter((c) => capped.has(c.id)).sort(byScore);
  let ordered: RankedCandidate<T>[];
  if (s.rule === RoutingRule.WEIGHTED) {
    const left = [...front].sort(byScore);
    ordered = [];
    while (left.length) {
      const weights = left.map((c) => Math.max(s.floor, c.score, 0.0001) ** s.exponent);
      const total = weights.reduce((a, w) => a + w, 0);
      let x = random() * total;
      let i = 0;
      while (i < left.length - 1 && x >= weights[i]) x -= weights[i++];
      ordered.push({ candidate: left[i], weight: round(weights[i] / total), capped: false });
      left.splice(i, 1);
    }
  } else {
    ordered = [...front].sort(byScore).map((c) => ({ candidate: c, weight: null, capped: false }));
  }
  return [...ordered, ...back.map((c) => ({ candidate: c, weight: null, capped: true }))];
}

/**
 * Why an offer stood where it did in a routing ranking (issue 18 §6), recorded with the whole ranking at the order's
 * moment so an admin can answer "why not supplier B?" in the user's language. Excluded offers could not sell at all.
 */
export const RankingReason = {
  /** STRICT: first by score (or the only one). */
  TOP_SCORE: 'TOP_SCORE',
  /** STRICT: behind the one before it because its score was lower. */
  LOWER_SCORE: 'LOWER_SCORE',
  /** STRICT: equal score, lower fulfilment rate. */
  LOWER_FULFILMENT: 'LOWER_FULFILMENT',
  /** STRICT: equal score and fulfilment, listed later. */
  LISTED_LATER: 'LISTED_LATER',
  /** WEIGHTED: drawn for its place with the recorded weight. */
  DRAWN: 'DRAWN',
  /** A probation supplier moved behind every regular one by the share cap this time. */
  PROBATION_CAPPED: 'PROBATION_CAPPED',
  /** Could not sell now: its offer is not live. */
  OFFER_NOT_LIVE: 'OFFER_NOT_LIVE',
  /** Could not sell now: its supplier may not sell (suspended, eliminated, …). */
  SUPPLIER_NOT_SELLING: 'SUPPLIER_NOT_SELLING',
} as const;
export type RankingReason = (typeof RankingReason)[keyof typeof RankingReason];

/** The reason of each ranked candidate, against the one ranked just before it. */
export function rankingReasons<T extends ScoredCandidate>(ranked: RankedCandidate<T>[], rule: RoutingRule): RankingReason[] {
  return ranked.map(({ candidate: c, capped }, i) => {
    if (capped) return RankingReason.PROBATION_CAPPED;
    if (rule === RoutingRule.WEIGHTED) return RankingReason.DRAWN;
    const prev = ranked[i - 1];
    if (!prev || prev.capped) return RankingReason.TOP_SCORE;
    const p = prev.candidate;
    if (p.score !== c.score) return RankingReason.LOWER_SCORE;
    if ((p.fulfilmentRate ?? -1) !== (c.fulfilmentRate ?? -1)) return RankingReason.LOWER_FULFILMENT;
    return RankingReason.LISTED_LATER;
  });
}
