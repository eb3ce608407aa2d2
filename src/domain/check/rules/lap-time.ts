import { formatLike } from '../../claims';
import { formatLapTime, type Lap } from '../../timing';
import { describeBestLap, describeLap } from '../evidence';
import { meetsQualifier, roundTo } from '../precision';
import { sameDriver } from '../resolve-subject';
import type { CarFacts } from '../session-index';
import type { RuleOutcome } from '../types';
import type { RuleInput } from './rule-input';

/**
 * A lap time is checked against the car's classified best lap, and the driver named must be the one the laps
 * file says drove it. A time that is not the best but matches another counting lap of that car is confirmed,
 * unless the words say it put the car on top.
 */
export function checkLapTime({ claim, cars, driver, part }: RuleInput): RuleOutcome {
  const fits = (seconds: number) => meetsQualifier(seconds, claim.value, claim.decimals, claim.qualifier);
  const parts = checkQualifyingParts(claim, cars, part ?? null, fits);
  if (parts) return parts;
  for (const facts of cars) {
    const best = facts.result?.bestLapSeconds ?? null;
    if (best === null || !fits(best)) continue;
    const setBy = facts.result?.bestLapDriver ?? null;
    if (!driver || !setBy || sameDriver(setBy, driver)) return confirmed(describeBestLap(facts), best);
    const ownLap = fastestLapOf(facts, driver);
    if (ownLap && fits(ownLap.lapSeconds)) return confirmed(describeLap(facts, ownLap), ownLap.lapSeconds);
    return {
      verdict: 'contradicted',
      expected: roundTo(best, 3),
      evidence: describeBestLap(facts),
      suggestion: null,
      reason: `the lap was driven by ${setBy}, not ${driver}`,
    };
  }
  if (claim.qualifier === 'exact' && !saidBest(claim)) {
    for (const facts of cars) {
      const lap = facts.laps.find((candidate) => countsFor(candidate, driver) && fits(candidate.lapSeconds)) ?? facts.laps.find((candidate) => drivenBy(candidate, driver) && fits(candidate.lapSeconds));
      if (lap) return confirmed(describeLap(facts, lap), lap.lapSeconds);
    }
  }
  const facts = cars[0];
  const ownLap = driver ? fastestLapOf(facts, driver) : null;
  const best = facts.result?.bestLapSeconds ?? null;
  const expected = ownLap && !sameDriver(facts.result?.bestLapDriver, driver) ? ownLap.lapSeconds : best;
  if (expected === null) {
    return { verdict: 'contradicted', expected: null, evidence: describeBestLap(facts), suggestion: null, reason: `#${facts.car} set no time` };
  }
  return {
    verdict: 'contradicted',
    expected: roundTo(expected, 3),
    evidence: ownLap && expected === ownLap.lapSeconds ? describeLap(facts, ownLap) : describeBestLap(facts),
    suggestion: formatLike(claim, roundTo(expected, claim.decimals)),
  };
}

// F1 qualifying keeps each driver's best of Q1, Q2 and Q3, not laps: a time is any of them, or the part the
// words name ("his Q2 time of 1:46.287").
function checkQualifyingParts(claim: RuleInput['claim'], cars: CarFacts[], part: number | null, fits: (seconds: number) => boolean): RuleOutcome | null {
  const facts = cars.find((candidate) => candidate.result?.qualifyingPartSeconds?.some((seconds) => seconds !== null));
  const times = facts?.result?.qualifyingPartSeconds;
  if (!facts || !times) return null;
  const label = (index: number) => `${describeBestLap(facts).replace(/, [^,]+$/, '')}, Q${index + 1} ${formatLapTime(times[index]!)}`;
  if (part !== null && times[part - 1] != null) {
    const seconds = times[part - 1]!;
    if (fits(seconds)) return confirmed(label(part - 1), seconds);
    const other = times.findIndex((candidate) => candidate !== null && fits(candidate));
    if (other >= 0) return confirmed(label(other), times[other]!);
    return { verdict: 'contradicted', expected: roundTo(seconds, 3), evidence: label(part - 1), suggestion: formatLike(claim, roundTo(seconds, claim.decimals)) };
  }
  const matching = times.findIndex((candidate) => candidate !== null && fits(candidate));
  return matching >= 0 ? confirmed(label(matching), times[matching]!) : null;
}

// "Jensen topped the session with a time of 2m14.544s", "took pole with a 1:12.4": the time that put the car at the
// top is its best, so another lap of the same time does not bear it out.
const TOP_WITH = /\b(?:topped|top(?:ped)? the (?:session|times|timesheets?|charts?|order)|(?:was|went|ended|finished)\s+(?:\p{L}+\s+)?(?:fastest|quickest)|took pole|(?:claimed|secured|clinched|snatched|grabbed|earned|took) (?:the |his |her |their )?pole(?: position)?)\b[^,;.]{0,40}$/iu;

function saidBest(claim: RuleInput['claim']): boolean {
  const at = claim.sentence.indexOf(claim.text);
  return at > 0 && TOP_WITH.test(claim.sentence.slice(0, at));
}

function confirmed(evidence: string, seconds: number): RuleOutcome {
  return { verdict: 'confirmed', expected: roundTo(seconds, 3), evidence, suggestion: null };
}

function countsFor(lap: Lap, driver: string | null): boolean {
  return !lap.pit && !lap.deleted && (!driver || sameDriver(lap.driver, driver));
}

// "unleashed 1m10.428s to Blomqvist's 1m10.489s … at the time": a lap later deleted for track limits was still
// driven, and stood when the text tells it.
function drivenBy(lap: Lap, driver: string | null): boolean {
  return !lap.pit && (!driver || sameDriver(lap.driver, driver));
}

function fastestLapOf(facts: CarFacts, driver: string): Lap | null {
  let best: Lap | null = null;
  for (const lap of facts.laps) if (countsFor(lap, driver) && (!best || lap.lapSeconds < best.lapSeconds)) best = lap;
  return best;
}
