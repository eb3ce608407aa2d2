import type { Claim } from '../claims';
import { resolveParty } from './resolve-subject';
import type { SessionIndex } from './session-index';

/**
 * A gap read against the lap the sentence before told ("Verstappen led the way early …, setting a first time of
 * 1:28.24 … Perez moved to within 0.023 seconds on his final lap"), when that lap is not the reference's best in the
 * timing: the data holds only the best, so it bears the gap out but cannot refute it. The reason, else null.
 */
export function measuredToEarlierLap(claim: Claim, index: SessionIndex): string | null {
  if (claim.kind !== 'gap' || !claim.referenceLap || !claim.reference) return null;
  const reference = resolveParty(claim.reference, index);
  if (!reference.found) return null;
  const best = reference.cars.find((facts) => facts.result?.bestLapSeconds != null)?.result?.bestLapSeconds;
  if (best == null) return null;
  const { seconds, decimals } = claim.referenceLap;
  if (Math.abs(best - seconds) <= 0.5 * 10 ** -decimals + 1e-9) return null;
  return `it is measured against the lap told before (${claim.reference}'s ${seconds.toFixed(decimals)}), not the best the timing holds`;
}
