import { SCORE_WINDOW_DAYS, addDays, shanghaiDate, type DimensionScore } from '@mengyuan/domain';
import type { EvaluationEvidenceEntity } from '../entities/scorecard.entities';
import type { Scorecard } from '../services/scorecard.service';
import { ScoreDimensionValueDto, ScoreEvidenceDto, ScoreWeightsDto, type SupplierScorecardDto } from './scorecard.dto';

/** A dimension as the API shows it; `private` hides what only the supplier and the alliance see (members see values only). */
export function dimensionDto(d: DimensionScore, options: { private?: boolean; evidence?: EvaluationEvidenceEntity[] } = {}): ScoreDimensionValueDto {
  const hide = options.private === true;
  const evidence = options.evidence
    ? options.evidence.filter((e) => e.dimension === d.dimension).map((e) => Object.assign(new ScoreEvidenceDto(), { id: e.id, dimension: d.dimension, measure: e.measure, value: Number(e.value) }))
    : d.evidence.map((e) => Object.assign(new ScoreEvidenceDto(), { id: null, dimension: d.dimension, measure: e.measure, value: e.value }));
  return Object.assign(new ScoreDimensionValueDto(), {
    dimension: d.dimension, formulaId: d.formulaId, formulaVersion: d.formulaVersion, value: d.shrunk, numerator: hide ? null : d.numerator, denominator: hide ? null : d.denominator,
    normalised: hide ? null : d.normalised, prior: d.prior, priorWeight: d.priorWeight, evidence: hide ? [] : evidence,
  });
}

export function evidenceDto(e: EvaluationEvidenceEntity): ScoreEvidenceDto {
  return Object.assign(new ScoreEvidenceDto(), { id: e.id, dimension: e.dimension, measure: e.measure, value: Number(e.value) });
}

/** The rolling window a live scorecard computed at `at` read: the last 90 Shanghai days up to that day. */
const rollingWindowOf = (at: Date) => ({ windowFrom: addDays(shanghaiDate(at), -SCORE_WINDOW_DAYS + 1), windowTo: shanghaiDate(at) });

/** A scorecard without its trend (resolved on demand). */
export function scorecardDto(s: Scorecard, options: { private?: boolean } = {}): Omit<SupplierScorecardDto, 'trend'> {
  return {
    organizationId: s.organizationId, organizationName: s.organizationName, organizationStatus: s.organizationStatus, total: s.total, rank: s.rank, rankOf: s.rankOf,
    fulfilmentRate: options.private ? null : s.fulfilmentRate, dimensions: s.dimensions.map((d) => dimensionDto(d, options)), weights: ScoreWeightsDto.from(s.weights), computedAt: s.computedAt,
    // The live scorecard's rolling window, named (an evaluation run names its quarter's).
    ...(s.computedAt ? rollingWindowOf(s.computedAt) : { windowFrom: null, windowTo: null }),
  };
}
