import { escapeRegex } from '../escape-regex';
import { formatLike } from '../../claims';
import type { Lap } from '../../timing';
import { describeBestLap, describeLap, plainNumber } from '../evidence';
import { sameDriver } from '../resolve-subject';
import { meetsQualifier, roundTo } from '../precision';
import type { CarFacts, SessionIndex } from '../session-index';
import type { RuleOutcome } from '../types';
import type { RuleInput } from './rule-input';

const TO_THE_LEADER =
  /\b(?:off|from|to|shy of|short of|behind|adrift of|down on)\s+(?:the\s+)?(?:[\p{L}-]+['’]s\s+)?(?:pole(?:-?sitter| time| position)?|(?:class\s+)?leader|top spot|top of the (?:times|timesheets?|order)|fastest time|benchmark|(?:race\s+)?winner|winning\s+\S+)\b/iu;

interface Measured {
  other: CarFacts;
  seconds: number;
  subjectAhead: boolean;
  /** The qualifying part compared, for F1 (1–3). */
  part?: number;
  /** The named driver's own best lap, when a co-driver set the car's best. */
  own?: Lap;
  /** In a race, how many laps apart the two cars finished, when they did not finish on the same lap. */
  lapsApart?: number;
}

/**
 * A gap is the difference of best laps (finishing gaps in a race) between the subject and the car it is
 * measured against; with no one named, the class leader or the neighbouring car in the class.
 */
export function checkGap({ claim, index, cars, driver, reference, referenceSession, part }: RuleInput): RuleOutcome {
  const subject = cars.find((facts) => facts.result) ?? cars[0];
  if (!subject.result) return unverifiable(`#${subject.car} is not classified`);
  if (reference && !reference.found) return unverifiable(reference.reason);
  const others = reference?.found ? [...reference.cars, ...leaderNamedAfter(claim, subject, index)] : impliedOthers(subject, index, claim.direction);
  const own = index.session.kind === 'race' || referenceSession ? null : ownBest(subject, driver);
  const measured = others
    .flatMap((other) => (referenceSession ? [measureBestLaps(subject, other)] : [...(own ? [measureFrom(own, other)] : []), ...measure(subject, other, index, part ?? null)]))
    .filter((value): value is Measured => value !== null);
  if (measured.length === 0) return unverifiable(`no time to compare #${subject.car} with`);
  const directionHolds = (gap: Measured) =>
    claim.direction === null || (claim.direction === 'ahead') === gap.subjectAhead || gap.seconds === 0;
  const fitting = measured.find((gap) => directionHolds(gap) && meetsQualifier(gap.seconds, claim.value, claim.decimals, claim.qualifier));
  const describeGap = (gap: Measured) =>
    `${gap.own ? describeLap(subject, gap.own) : describeBestLap(subject)}; ${referenceSession ? `${referenceSession.label}: ` : ''}${describeBestLap(gap.other)}; ${gap.part ? `Q${gap.part} ` : ''}gap ${plainNumber(gap.seconds)} s`;
  if (fitting) return { verdict: 'confirmed', expected: roundTo(fitting.seconds, 3), evidence: describeGap(fitting), suggestion: null };
  const primary = measured[0];
  // Measured against no one named, the writer's reference is a guess (the leader? the car ahead?): say what the
  // data holds, but refute only a gap to the pole or the leader, which the words name.
  const offThePace = new RegExp(String.raw`${escapeRegex(claim.text)}\s+(?:off|down)(?:\s+the pace)?\s*(?:[,;.]|$|in\b)`, 'i').test(claim.sentence) || shortOfPole(claim);
  if (!reference && !TO_THE_LEADER.test(claim.sentence) && !offThePace && !claim.text.trimStart().startsWith('+')) {
    return { verdict: 'unverifiable', expected: roundTo(primary.seconds, 3), evidence: describeGap(primary), suggestion: null, reason: 'the text does not say whom the gap is measured against' };
  }
  // "The margin of victory was a mere 2.948 seconds over the Porsche", a car that finished laps down: the data holds
  // no time between cars on different laps, and their best laps are no margin to correct it with.
  if (primary.lapsApart) {
    return { verdict: 'unverifiable', expected: null, evidence: describeGap(primary), suggestion: null, reason: `#${subject.car} and #${primary.other.car} finished ${primary.lapsApart} lap${primary.lapsApart === 1 ? '' : 's'} apart, so no time separates them` };
  }
  const figureFits = meetsQualifier(primary.seconds, claim.value, claim.decimals, claim.qualifier);
  // "Leclerc was 0.646 off the Briton's benchmark", read against Verstappen, whom Leclerc beat by 0.444: neither the
  // figure nor the order fits the pair, so the writer measured from someone else; a slip keeps one of the two.
  if (!figureFits && !directionHolds(primary)) {
    return {
      verdict: 'unverifiable',
      expected: roundTo(primary.seconds, 3),
      evidence: describeGap(primary),
      suggestion: null,
      reason: `#${subject.car} was ${primary.subjectAhead ? 'ahead of' : 'behind'} #${primary.other.car} by ${plainNumber(roundTo(primary.seconds, 3))} s, so the gap is measured from someone else`,
    };
  }
  return {
    verdict: 'contradicted',
    expected: roundTo(primary.seconds, 3),
    evidence: describeGap(primary),
    suggestion: figureFits ? null : formatLike(claim, roundTo(primary.seconds, claim.decimals)),
    ...(directionHolds(primary) ? {} : { reason: `#${subject.car} was ${primary.subjectAhead ? 'ahead of' : 'behind'} #${primary.other.car}` }),
  };
}

// "nearly denied pole by Rosberg, who fell just 0.042 seconds short": short of the pole the sentence names.
function shortOfPole(claim: RuleInput['claim']): boolean {
  return /\bpole\b/i.test(claim.sentence) && new RegExp(String.raw`${escapeRegex(claim.text)}\s+short\b(?!\s+of\b)`, 'i').test(claim.sentence);
}


function unverifiable(reason: string): RuleOutcome {
  return { verdict: 'unverifiable', expected: null, evidence: '', suggestion: null, reason };
}

// "Leclerc was 0.646 off the Briton's benchmark time … alongside Max Verstappen": a gap the words measure off the
// pole or the leader right after the figure is to the class leader, whoever else the sentence names.
function leaderNamedAfter(claim: RuleInput['claim'], subject: CarFacts, index: SessionIndex): CarFacts[] {
  const at = claim.sentence.indexOf(claim.text);
  if (at < 0 || !new RegExp(String.raw`^\s*(?:[\p{L}.]+\s+)?${TO_THE_LEADER.source}`, 'iu').test(claim.sentence.slice(at + claim.text.length))) return [];
  const leader = index.ordered.find((result) => result.className === subject.className);
  const facts = leader && leader.car !== subject.car ? index.cars.get(leader.car) : undefined;
  return facts ? [facts] : [];
}

// With no one named: behind → the class leader, then the car just ahead; ahead → the car just behind.
function impliedOthers(subject: CarFacts, index: SessionIndex, direction: 'ahead' | 'behind' | null): CarFacts[] {
  const classCars = index.ordered.filter((result) => result.className === subject.className);
  const at = classCars.findIndex((result) => result.car === subject.car);
  const picks =
    direction === 'ahead' || at === 0
      ? [classCars[at + 1]]
      : [classCars[0], classCars[at - 1], ...(direction === null ? [classCars[at + 1]] : [])];
  return picks
    .filter((result) => result !== undefined && result.car !== subject.car)
    .map((result) => index.cars.get(result.car))
    .filter((facts): facts is CarFacts => facts !== undefined);
}

// F1 qualifying: the part the words name, else the last part both drivers ran in first, then the others.
function measureParts(subject: CarFacts, other: CarFacts, part: number | null): Measured[] | null {
  const a = subject.result?.qualifyingPartSeconds;
  const b = other.result?.qualifyingPartSeconds;
  if (!a || !b) return null;
  const common = [0, 1, 2].filter((at) => a[at] != null && b[at] != null);
  const order = part !== null && common.includes(part - 1) ? [part - 1] : common.reverse();
  return order.map((at) => ({ other, seconds: Math.abs(a[at]! - b[at]!), subjectAhead: a[at]! < b[at]!, part: at + 1 }));
}

function measure(subject: CarFacts, other: CarFacts, index: SessionIndex, part: number | null): Measured[] {
  const parts = measureParts(subject, other, part);
  if (parts && parts.length > 0) return parts;
  const a = subject.result;
  const b = other.result;
  if (!a || !b) return [];
  const subjectAhead = a.position < b.position;
  if (index.session.kind === 'race' && a.laps === b.laps && a.totalSeconds != null && b.totalSeconds != null) {
    return [{ other, seconds: Math.abs(a.totalSeconds - b.totalSeconds), subjectAhead }];
  }
  if (index.session.kind === 'race') {
    const gapA = a.position === 1 ? 0 : a.gapFirstSeconds;
    const gapB = b.position === 1 ? 0 : b.gapFirstSeconds;
    if (gapA !== null && gapB !== null && a.laps === b.laps) return [{ other, seconds: Math.abs(gapA - gapB), subjectAhead }];
  }
  if (a.bestLapSeconds === null || b.bestLapSeconds === null) return [];
  const lapsApart = index.session.kind === 'race' && a.laps !== null && b.laps !== null && a.laps !== b.laps ? Math.abs(a.laps - b.laps) : 0;
  return [{ other, seconds: Math.abs(a.bestLapSeconds - b.bestLapSeconds), subjectAhead, ...(lapsApart > 0 ? { lapsApart } : {}) }];
}

// "Ellis was 0.113s behind Read" in practice, where Ward set the #57's best: Ellis's own best lap is his, and is
// compared first; the car's best still bears the figure out.
function ownBest(subject: CarFacts, driver: string | null): Lap | null {
  const setBy = subject.result?.bestLapDriver;
  if (!driver || !setBy || sameDriver(setBy, driver)) return null;
  let best: Lap | null = null;
  for (const lap of subject.laps) if (!lap.pit && !lap.deleted && sameDriver(lap.driver, driver) && (!best || lap.lapSeconds < best.lapSeconds)) best = lap;
  return best;
}

function measureFrom(own: Lap, other: CarFacts): Measured | null {
  const theirs = other.result?.bestLapSeconds ?? null;
  return theirs === null ? null : { other, seconds: Math.abs(own.lapSeconds - theirs), subjectAhead: own.lapSeconds < theirs, own };
}

// Across sessions only best laps compare: "lowering last year's pole by over a second".
function measureBestLaps(subject: CarFacts, other: CarFacts): Measured | null {
  const a = subject.result?.bestLapSeconds ?? null;
  const b = other.result?.bestLapSeconds ?? null;
  return a === null || b === null ? null : { other, seconds: Math.abs(a - b), subjectAhead: a < b };
}
