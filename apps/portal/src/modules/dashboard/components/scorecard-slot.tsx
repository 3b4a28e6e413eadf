import { MyScoreTrendCard } from '../../trust';

/** The supplier's score and its trend on its dashboard: the scorecards module's card. */
export function SupplierScorecardSlot() {
  return <MyScoreTrendCard days={30} />;
}
