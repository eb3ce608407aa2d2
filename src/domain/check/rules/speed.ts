import { formatLike } from '../../claims';
import { describeBestLap } from '../evidence';
import { meetsQualifier, roundTo, truncateTo } from '../precision';
import type { RuleOutcome } from '../types';
import type { RuleInput } from './rule-input';

const TOP_SPEED = /\b(?:top|trap|maximum|max)\s+speed|\bspeed\s+trap/i;

const KM_PER_MILE = 1.609344;
// The data's km/h is rounded to a tenth; just under half of it, so a figure a tenth away never fits at the edge.
const KPH_SPREAD = 0.0499;

/** A speed the data gives or implies, and how far off it may be: the data's km/h is rounded to a tenth. */
interface DataSpeed {
  speed: number;
  spread: number;
  /** How the evidence names it: "185.7 km/h", "115.40 mph over Mid-Ohio". */
  shown: string;
}

/**
 * A speed is the average over the best lap: km/h from the data's `KPH` (or the track length), mph from the
 * track length, where published figures are truncated, so truncation and rounding to the stated decimals both
 * confirm. With no track length, mph is worked out from the data's km/h, within what its rounding allows.
 */
export function checkSpeed({ claim, cars, track, trackNote }: RuleInput): RuleOutcome {
  if (TOP_SPEED.test(claim.sentence)) return unverifiable('top speeds are not stored, only lap averages');
  const facts = cars.find((candidate) => candidate.result?.bestLapSeconds != null) ?? cars[0];
  const best = facts.result?.bestLapSeconds ?? null;
  if (best === null) return unverifiable(`#${facts.car} set no time`);
  const kph = facts.result?.kph ?? null;
  const candidates: DataSpeed[] = [];
  if (claim.unit === 'km/h') {
    if (kph !== null) candidates.push({ speed: kph, spread: KPH_SPREAD, shown: `${roundTo(kph, 1)} km/h` });
    if (track) candidates.push(fromLength(track.lengthKm, best, 'km/h', track.name));
  } else if (track) {
    candidates.push(fromLength(track.lengthMiles, best, 'mph', track.name));
  } else if (kph !== null) {
    // "115.40mph" against the data's 185.7 km/h: anything from 185.65 to 185.75 km/h was rounded to it.
    candidates.push({ speed: kph / KM_PER_MILE, spread: KPH_SPREAD / KM_PER_MILE, shown: `${roundTo(kph, 1)} km/h (${roundTo(kph / KM_PER_MILE, 2)} mph)` });
  }
  if (candidates.length === 0) return unverifiable(`${trackNote ?? 'the track length is not stored'}, so the speed cannot be worked out`);
  const fits = (candidate: DataSpeed) =>
    [candidate.speed, candidate.speed - candidate.spread, candidate.speed + candidate.spread].some((speed) => meetsQualifier(speed, claim.value, claim.decimals, claim.qualifier)) ||
    (claim.qualifier === 'exact' && Math.abs(candidate.speed - claim.value) <= candidate.spread);
  const first = candidates[0];
  const withUnit = `${describeBestLap(facts)}, ${first.shown}`;
  const expected = claim.unit === 'mph' && first.spread > 0 ? roundTo(first.speed, 2) : published(claim.unit, first.speed);
  if (candidates.some(fits)) return { verdict: 'confirmed', expected, evidence: withUnit, suggestion: null };
  const written = claim.unit === 'mph' && first.spread === 0 ? truncateTo(first.speed, claim.decimals) : roundTo(first.speed, claim.unit === 'mph' ? Math.min(claim.decimals, 2) : claim.decimals);
  return { verdict: 'contradicted', expected, evidence: withUnit, suggestion: formatLike(claim, written) };
}

function fromLength(length: number, best: number, unit: 'mph' | 'km/h', trackName: string): DataSpeed {
  const speed = (length * 3600) / best;
  return { speed, spread: 0, shown: describeSpeed(unit, speed, trackName) };
}

// mph as IMSA publishes it (truncated to three decimals); km/h as the data gives it.
function published(unit: string, speed: number): number {
  return unit === 'mph' ? truncateTo(speed, 3) : roundTo(speed, 1);
}

function describeSpeed(unit: string, speed: number, trackName: string): string {
  if (unit === 'mph') return `${truncateTo(speed, 3)} mph over ${trackName}`;
  return `${roundTo(speed, 1)} km/h over ${trackName}`;
}

function unverifiable(reason: string): RuleOutcome {
  return { verdict: 'unverifiable', expected: null, evidence: '', suggestion: null, reason };
}
