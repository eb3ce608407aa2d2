import type { Claim } from '../claims';
import type { CheckedClaim } from './types';

// A lap told at one moment of a session ("moved to the top of the order with a lap of 1:18.209") is still one of
// the driver's laps: the order of that moment is not in the data, but no lap can be quicker than the driver's best,
// so a time quicker than it, beyond what rounding or truncating could make, is refuted whatever the moment.

/** Whether a lap time checked as contradicted is quicker than the best lap the data holds for its driver and car. */
export function quickerThanBest(claim: Claim, checked: CheckedClaim): boolean {
  if (claim.kind !== 'lap_time' || checked.verdict !== 'contradicted' || claim.qualifier !== 'exact') return false;
  const best = checked.expected;
  if (best === null || best === undefined) return false;
  const unit = 10 ** -claim.decimals;
  return claim.value + unit <= best + 1e-9;
}
