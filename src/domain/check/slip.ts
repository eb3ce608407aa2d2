import type { Claim } from '../claims';
import { formatLapTime } from '../timing';
import { roundTo } from './precision';
import type { CheckedClaim } from './types';

// A contradiction says the writer slipped: it may be said only when the written figure looks like a slip of the
// very figure the data holds for that session, car and driver. The gold's real slips (every one in halves A–C)
// are a digit or two off or a transposition ("1:51.388" for 1:51.338, "1:49.594" for 1:49.954, "1:24.009" for
// 1:24.099; at most 0.36 s, 0.33 %) and places one to five off (five only after a five-place grid penalty), or a
// constant few more where the writer counted the field otherwise (a seed's "P41" for the 50th: nine left out).
// A figure far from the data's is a misreading of what it is about: a race's total time read as a lap ("1:31.05"
// of "1:31:05.862", 12 s off the fastest lap), an average race speed, a place in an all-time list ("11th" for a
// winner). Those say what the data holds and stay unverifiable.

/** The most places a written place may be off, whatever the data's, for a contradiction: the gold's largest slip is a five-place penalty. */
const MAX_PLACES_OFF = 5;
/** The largest share a lap time or speed may be off and still be a slip of it, beside a one- or two-digit typo. */
const MAX_SHARE_OFF = 0.01;

/** The contradicted lap time or speed turned unverifiable when it is too far from the data's to be a slip of it. */
export function unlessSlip(claim: Claim, checked: CheckedClaim): CheckedClaim {
  if (checked.verdict !== 'contradicted' || checked.expected === null) return checked;
  const reason = farFrom(claim, checked.expected);
  return reason ? { ...checked, verdict: 'unverifiable', suggestion: null, reason } : checked;
}

/**
 * Why a written place is no slip of any place the data gives the car (its class, the whole field, its group),
 * or null when it is one. A writer who counts the field a little differently shifts places by a few or by a
 * constant ("P41" and "P48" for cars 50th and 57th: nine cars left out, still wrong); a place more than five off
 * and at double or half the data's ("11th" for the winner, "first" for the eighth) ranks something else.
 */
export function placeTooFar(claim: Pick<Claim, 'value' | 'placeRange'>, places: number[]): string | null {
  const [low, high] = claim.placeRange ?? [claim.value, claim.value];
  const far = (place: number) => {
    const off = place < low ? low - place : place > high ? place - high : 0;
    const written = place < low ? low : high;
    return off > MAX_PLACES_OFF && Math.max(place, written) >= 2 * Math.min(place, written);
  };
  if (!places.every(far)) return null;
  const off = Math.min(...places.map((place) => Math.abs(place - claim.value)));
  return `the data has P${places[0]}; a place ${off} away is no slip of it, so the figure ranks something else (an all-time list, another session)`;
}

function farFrom(claim: Claim, official: number): string | null {
  if (claim.kind !== 'lap_time' && claim.kind !== 'speed') return null;
  if (Math.abs(claim.value - official) <= official * MAX_SHARE_OFF || digitsOff(claim, official) <= 2) return null;
  const written = claim.kind === 'lap_time' ? formatLapTime(roundTo(official, 3)) : `${roundTo(official, 1)} ${claim.unit}`;
  return claim.kind === 'lap_time'
    ? `the data has ${written}; a time this far from it is no slip of that lap, so it is of something else (a total time, another lap or session)`
    : `the data has ${written} over the best lap; a speed this far from it is of something else (a race average, a top speed)`;
}

// How many digits differ when both are written alike at the claim's precision ("1:49.594" and "1:49.954": two);
// figures of different lengths are no typo of each other.
function digitsOff(claim: Claim, official: number): number {
  const write = (value: number) => (claim.kind === 'lap_time' ? formatLapTime(value, claim.decimals) : roundTo(value, claim.decimals).toFixed(claim.decimals)).replace(/\D/g, '');
  const a = write(claim.value);
  const b = write(official);
  if (a.length !== b.length) return Infinity;
  let off = 0;
  for (let at = 0; at < a.length; at++) if (a[at] !== b[at]) off++;
  return off;
}
