/** A supplier's standing as routing ranks by it: the scorecard's total and fulfilment rate, or the alliance mean. */
export interface SupplierStanding {
  total: number;
  fulfilmentRate: number | null;
  /** False when the supplier has no scorecard yet (total is then the alliance mean). */
  scored: boolean;
}

/**
 * What routing reads of the suppliers' scores, a port routing owns: the scorecards module implements it
 * (ScoreReadService, provided for everyone by its ScoreReaderModule). Routing, which the orders use, so
 * imports nothing of the scorecards, which learn from the orders: orders → routing → scorecards → orders
 * is no loop.
 */
export abstract class SupplierScores {
  /** Scores of the given suppliers, from memory: never waits for the database (the order path calls it). */
  abstract scoresOf(supplierIds: string[]): Map<string, SupplierStanding>;
  /** When the scores scoresOf answers with were read from the scorecards (null: not read yet, everyone at the mean). */
  abstract asOf(): Date | null;
}
