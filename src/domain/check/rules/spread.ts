import type { Claim } from '../../claims';
import { describeBestLap, plainNumber } from '../evidence';
import { meetsQualifier, roundTo } from '../precision';
import { classKey, type SessionIndex } from '../session-index';
import type { RuleOutcome } from '../types';

const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20 };

// "The top eight GTP cars were separated by only 0.815 seconds", "the top four DPi cars … separated by a total
// margin of .157 seconds", "the top ten were covered by 0.8s": the spread from first to the last of those.
// "The top seven cars in GTD were within a second of each other": the class may follow.
const SPREAD =
  /\btop\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:(?!(?:cars|drivers|runners|entries|qualifiers|finishers|machines)\b)([\p{L}\d]+)\s+)?(?:cars|drivers|runners|entries|qualifiers|finishers|machines)?\b(?:\s+(?:in|of)\s+(?:the\s+)?(\p{Lu}[\p{L}\d]*))?[^.;]{0,60}?\b(?:separated by|covered by|split by|blanketed by|within)\b[^.;]{0,30}$/iu;

export interface Spread {
  count: number;
  /** "covered all 11 drivers": the count is of a whole field or group, not the top of the order. */
  whole?: boolean;
  /** The class the words name ("GTP"), as written; null for the whole field. */
  className: string | null;
}

/** Reads "the top eight GTP cars were separated by" before a gap that names no one. */
export function readSpread(claim: Pick<Claim, 'sentence' | 'text' | 'kind'>): Spread | null {
  if (claim.kind !== 'gap') return null;
  const at = claim.sentence.indexOf(claim.text);
  const match = SPREAD.exec(claim.sentence.slice(0, at < 0 ? claim.sentence.length : at));
  if (!match) return at < 0 ? null : spreadAfter(claim.sentence.slice(at + claim.text.length));
  const count = /^\d+$/.test(match[1]) ? Number(match[1]) : COUNTS[match[1].toLowerCase()];
  // A class is written as a code or a name with capitals ("GTP", "DPi", "LMP2"), not "were".
  const written = match[2] ?? match[3];
  const className = written && /\p{Lu}/u.test(written) ? written : null;
  return count >= 2 ? { count, className } : null;
}

// "just 0.3s covered the top ten", "less than a second separated all 22 cars", "três décimos cobriram todos os 11
// pilotos": the spread told with the figure first.
const SPREAD_AFTER =
  /^\s*(?:of\s+a\s+second\s+)?(?:\p{Ll}+\s+){0,2}?(?:covered|covering|separated|separating|split|splitting|spanned|blanketed|cobriram|cobria|separaram|separavam|cubrieron|cubrían|separaron|separaban)\s+(?:(all|todos\s+(?:os|los))\s+(?:of\s+)?(?:the\s+)?|the\s+)?(?:top\s+)?(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)(?![\p{L}\d])/iu;

function spreadAfter(after: string): Spread | null {
  const match = SPREAD_AFTER.exec(after);
  if (!match) return null;
  const count = /^\d+$/.test(match[2]) ? Number(match[2]) : COUNTS[match[2].toLowerCase()];
  return count >= 2 ? { count, className: null, whole: match[1] !== undefined } : null;
}

/**
 * Whom a spread is about, as the gold convention and a writer's "separated by" read it: the count-th car, measured
 * against the first; a single driver names the car in F1, a crew's car its number. No one for a race's spread.
 */
export function spreadParties(spread: Spread, index: SessionIndex): { subject: string | null; reference: string | null } {
  const field = spreadField(spread, index);
  const [first, last] = [field?.[0], field?.[spread.count - 1]];
  if (index.session.kind === 'race' || !first || !last || (spread.whole && field?.length !== spread.count)) return { subject: null, reference: null };
  const named = (car: string) => {
    const facts = index.cars.get(car);
    return facts?.drivers.length === 1 ? facts.drivers[0] : `#${car}`;
  };
  return { subject: named(last.car), reference: named(first.car) };
}

function spreadField(spread: Spread, index: SessionIndex) {
  const className = spread.className ? classNamed(spread.className, index) : null;
  if (spread.className && className === undefined) return undefined;
  return index.ordered.filter((result) => (className ? result.className === className : true) && result.bestLapSeconds !== null);
}

/** The spread of best laps from first to the count-th car of the class, or of the field when no class is named. */
export function checkSpread(claim: Claim, spread: Spread, index: SessionIndex): RuleOutcome {
  // "The top five were covered by ten seconds at the flag": a race's spread is of race time, not of best laps.
  if (index.session.kind === 'race') return unverifiable('a spread over the top of a race is not worked out from the timing');
  const className = spread.className ? classNamed(spread.className, index) : null;
  if (spread.className && className === undefined) return unverifiable(`no ${spread.className} class in ${index.session.name}`);
  const field = index.ordered.filter((result) => (className ? result.className === className : true) && result.bestLapSeconds !== null);
  // "covered all 11 drivers in the group": a group of the field, which the timing does not mark.
  if (spread.whole && field.length !== spread.count) return unverifiable(`the ${spread.count} cars it covers are not the ${field.length} that set a time`);
  const first = field[0];
  const last = field[spread.count - 1];
  if (!first || !last) return unverifiable(`fewer than ${spread.count} cars set a time`);
  const seconds = last.bestLapSeconds! - first.bestLapSeconds!;
  const evidence = `${describeBestLap(index.cars.get(first.car)!)}; ${describeBestLap(index.cars.get(last.car)!)}; top ${spread.count} spread ${plainNumber(seconds)} s`;
  if (meetsQualifier(seconds, claim.value, claim.decimals, claim.qualifier)) return { verdict: 'confirmed', expected: roundTo(seconds, 3), evidence, suggestion: null };
  return { verdict: 'contradicted', expected: roundTo(seconds, 3), evidence, suggestion: null, reason: `the top ${spread.count} were ${plainNumber(roundTo(seconds, 3))} s apart` };
}

// The class a word names, matched as the position rule does ("GTP", "DPi"); a word that is no class ("fastest") is
// no class named, so undefined only when the word looks like a class code.
function classNamed(written: string, index: SessionIndex): string | null | undefined {
  const names = [...new Set(index.ordered.map((result) => result.className))];
  const key = classKey(written);
  const exact = names.find((name) => classKey(name) === key);
  if (exact) return exact;
  return /^[A-Z0-9][A-Za-z0-9]*$/.test(written) && /[A-Z]{2}/.test(written) ? undefined : null;
}

function unverifiable(reason: string): RuleOutcome {
  return { verdict: 'unverifiable', expected: null, evidence: '', suggestion: null, reason };
}
