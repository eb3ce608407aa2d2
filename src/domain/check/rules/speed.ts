import { formatLike } from '../../claims';
import { describeBestLap } from '../evidence';
import { meetsQualifier, roundsTo, roundTo, truncateTo } from '../precision';
import type { RuleOutcome } from '../types';
import type { RuleInput } from './rule-input';

const TOP_SPEED = /\b(?:top|trap|maximum|max)\s+speed|\bspeed\s+trap/i;

/**
 * A speed is the average over the best lap: km/h from the data's `KPH` (or the track length), mph from the
 * track length, where published figures are truncated, so truncation and rounding to the stated decimals both
 * confirm.
 */
export function checkSpeed({ claim, cars, track }: RuleInput): RuleOutcome {
  if (TOP_SPEED.test(claim.sentence)) return unverifiable('top speeds are not stored, only lap averages');
  const facts = cars.find((candidate) => candidate.result?.bestLapSeconds != null) ?? cars[0];
  const best = facts.result?.bestLapSeconds ?? null;
  if (best === null) return unverifiable(`#${facts.car} set no time`);
  const evidence = describeBestLap(facts);
  const candidates: number[] = [];
  if (claim.unit === 'km/h') {
    if (facts.result?.kph != null) candidates.push(facts.result.kph);
    if (track) candidates.push((track.lengthKm * 3600) / best);
  } else if (track) {
    candidates.push((track.lengthMiles * 3600) / best);
  }
  if (candidates.length === 0) return unverifiable('the track length is not stored, so the speed cannot be worked out');
  const fits = (speed: number) =>
    claim.qualifier === 'exact'
      ? roundsTo(speed, claim.value, claim.decimals) || Math.abs(truncateTo(speed, claim.decimals) - claim.value) < 10 ** -claim.decimals / 2
      : meetsQualifier(speed, claim.value, claim.decimals, claim.qualifier);
  const withUnit = `${evidence}, ${describeSpeed(claim.unit, candidates[0], track?.name)}`;
  if (candidates.some(fits)) return { verdict: 'confirmed', expected: published(claim.unit, candidates[0]), evidence: withUnit, suggestion: null };
  const expected = published(claim.unit, candidates[0]);
  const written = claim.unit === 'mph' ? truncateTo(candidates[0], claim.decimals) : roundTo(candidates[0], claim.decimals);
  return { verdict: 'contradicted', expected, evidence: withUnit, suggestion: formatLike(claim, written) };
}

// mph as IMSA publishes it (truncated to three decimals); km/h as the data gives it.
function published(unit: string, speed: number): number {
  return unit === 'mph' ? truncateTo(speed, 3) : roundTo(speed, 1);
}

function describeSpeed(unit: string, speed: number, trackName: string | undefined): string {
  if (unit === 'mph') return `${truncateTo(speed, 3)} mph over ${trackName ?? 'the lap'}`;
  return trackName && speed !== roundTo(speed, 1) ? `${roundTo(speed, 1)} km/h over ${trackName}` : `${roundTo(speed, 1)} km/h`;
}

function unverifiable(reason: string): RuleOutcome {
  return { verdict: 'unverifiable', expected: null, evidence: '', suggestion: null, reason };
}
