import type { Claim } from '../claims';
import type { TimingSession } from '../timing';
import type { CheckedClaim } from './types';

// A lap told at one moment of a session ("moved to the top of the order with a lap of 1:18.209") is still one of
// the driver's laps: the order of that moment is not in the data, but no lap can be quicker than the driver's best,
// so a time quicker than it, beyond what rounding or truncating could make, is refuted whatever the moment. Only
// where the session holds every lap the car did, deleted ones too (Al Kamel laps files): F1's tables keep each
// part's best alone, and a quicker lap deleted for track limits, shown at that moment, would leave no trace there.

/** Whether a lap time checked as contradicted is quicker than the best lap the data holds for its driver and car. */
export function quickerThanBest(claim: Claim, checked: CheckedClaim, sessions: readonly TimingSession[]): boolean {
  if (claim.kind !== 'lap_time' || checked.verdict !== 'contradicted' || claim.qualifier !== 'exact') return false;
  const session = sessions.find((candidate) => candidate.id === checked.sessionId);
  if (!session?.laps?.some((lap) => lap.car === checked.subjectCar)) return false;
  const best = checked.expected;
  if (best === null || best === undefined) return false;
  const unit = 10 ** -claim.decimals;
  return claim.value + unit <= best + 1e-9;
}
