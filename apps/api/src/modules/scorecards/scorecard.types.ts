import type { DimensionScore } from '@mengyuan/domain';

/** A dimension as stored in a scorecard or an evaluation score: the formula's whole output. */
export type StoredDimension = DimensionScore;

/** A supplier's standing as routing reads it (ScoreReadService). */
export interface RoutingScore {
  total: number;
  fulfilmentRate: number | null;
}
