import { foldName } from '../../src/domain/names';
import type { PlacedClaim } from './corpus';
import type { ReportRun } from './run-report';

type RunClaim = ReportRun['claims'][number];

/** A count out of a total; `rate` is null when there is nothing to count. */
export interface Ratio {
  hits: number;
  total: number;
}

/** The figures `npm run accuracy` prints for a group of reports. */
export interface Scores {
  reports: number;
  /** Lap-time, gap and speed claims of the gold found with their kind and value. */
  recall: Ratio;
  /** Lap-time, gap and speed figures read that are gold claims with that kind and value. */
  precision: Ratio;
  /** Of the gold lap/gap/speed claims found, those whose subject is the gold's. */
  subjects: Ratio;
  /** Of the gold gaps found, those whose reference is the gold's. */
  references: Ratio;
  /** Gold positions found with their place and the gold's subject. */
  positions: Ratio;
  /** Positions read that are gold positions. */
  positionPrecision: Ratio;
  /** Gold claims (every kind) of checked reports given the gold's verdict. */
  verdicts: Ratio;
  /** Figures marked contradicted that are not contradicted in the gold (or are no claim at all). */
  falseContradictions: number;
  /** Gold contradictions whose fix is the official value. */
  fixes: Ratio;
}

/** One way the reading or the check went wrong, for the misses list. */
export interface Miss {
  reportId: string;
  what: 'missed' | 'misread' | 'extra' | 'subject' | 'reference' | 'position' | 'verdict' | 'false-contradiction';
  text: string;
  detail: string;
  /** Where the figure is in the report's body, for `--context`. */
  start: number;
}

const TIMING_KINDS = new Set(['lap_time', 'gap', 'speed']);

/** Scores runs against their gold and lists what went wrong. */
export function score(runs: ReportRun[]): { scores: Scores; misses: Miss[] } {
  const scores: Scores = {
    reports: runs.length,
    recall: ratio(),
    precision: ratio(),
    subjects: ratio(),
    references: ratio(),
    positions: ratio(),
    positionPrecision: ratio(),
    verdicts: ratio(),
    falseContradictions: 0,
    fixes: ratio(),
  };
  const misses: Miss[] = [];
  for (const run of runs) scoreRun(run, scores, misses);
  return { scores, misses };
}

function scoreRun(run: ReportRun, scores: Scores, misses: Miss[]): void {
  const { report } = run;
  // A crew shares its car: any of its drivers named for the car's figure is the gold's subject.
  const crewOf = (gold: PlacedClaim, car: string | null | undefined): string[] => {
    const session = gold.session ? run.sessions.get(gold.session) : undefined;
    const entry = car && session ? session.entries.find((candidate) => candidate.car === car) : undefined;
    return entry?.drivers ?? [];
  };
  // A name the writer misspelt ("Jack Hawsworth") that the check matched to the gold driver's roster entry names
  // the right party; the check reports the slip itself.
  const sameParty = (read: string | null, gold: PlacedClaim, driver: string | null, car: string | null | undefined, team: string | null | undefined, rosterId: string | null = null) =>
    sameNamedParty(read, driver, car ?? null, team ?? null) ||
    (read !== null && crewOf(gold, car).some((member) => sameNamedParty(read, member, null, null))) ||
    (read !== null && driver !== null && rosterId !== null && rosterId === foldName(driver));
  const miss = (what: Miss['what'], text: string, detail: string, start: number) => misses.push({ reportId: report.id, what, text, detail, start });
  const used = new Set<RunClaim>();
  for (const gold of report.claims) {
    const read = bestOverlap(gold, run.claims);
    const found = read !== null && read.kind === gold.kind && sameValue(read, gold);
    if (found) used.add(read);
    if (TIMING_KINDS.has(gold.kind)) {
      count(scores.recall, found);
      if (!found) miss(read && read.kind === gold.kind ? 'misread' : 'missed', gold.text, describeMiss(gold, read), gold.start);
      if (found) {
        const subjectRight = sameParty(read.subject, gold, gold.subject, gold.car, gold.team, read.subjectRosterId ?? null);
        count(scores.subjects, subjectRight);
        if (!subjectRight) miss('subject', gold.text, `read ${read.subject ?? 'no subject'}, gold ${partyOf(gold.subject, gold.car, gold.team)}`, gold.start);
        if (gold.kind === 'gap' && (gold.reference || gold.referenceCar)) {
          const referenceRight = sameParty(read.reference, gold, gold.reference ?? null, gold.referenceCar, null, read.referenceRosterId ?? null);
          count(scores.references, referenceRight);
          if (!referenceRight) miss('reference', gold.text, `read ${read.reference ?? 'no reference'}, gold ${partyOf(gold.reference ?? null, gold.referenceCar, null)}`, gold.start);
        }
      }
    } else {
      const right = found && sameParty(read.subject, gold, gold.subject, gold.car, gold.team, read.subjectRosterId ?? null);
      count(scores.positions, right);
      if (!right) miss('position', gold.text, found ? `read ${read.subject ?? 'no subject'}, gold ${partyOf(gold.subject, gold.car, gold.team)}` : describeMiss(gold, read), gold.start);
    }
    if (run.mode === 'failed') count(scores.verdicts, false);
    if (run.mode === 'check') {
      const verdict = found ? read.verdict : undefined;
      count(scores.verdicts, verdict === gold.verdict);
      if (found && verdict !== gold.verdict) {
        miss(verdict === 'contradicted' ? 'false-contradiction' : 'verdict', gold.text, `${verdict}${read.reason ? ` (${read.reason})` : ''}${read.evidence ? ` [${read.evidence}]` : ''}, gold ${gold.verdict}${gold.why ? ` (${gold.why})` : ''}`, gold.start);
      }
      if (found && verdict === 'contradicted' && gold.verdict !== 'contradicted') scores.falseContradictions += 1;
      if (found && verdict === 'contradicted' && gold.verdict === 'contradicted' && gold.official != null) {
        count(scores.fixes, read.expected != null && Math.abs(read.expected - gold.official) < 0.0015);
      }
    }
  }
  for (const read of run.claims) {
    if (used.has(read)) {
      count(TIMING_KINDS.has(read.kind) ? scores.precision : scores.positionPrecision, true);
      continue;
    }
    count(TIMING_KINDS.has(read.kind) ? scores.precision : scores.positionPrecision, false);
    const nonClaim = report.nonClaims.find((candidate) => candidate.start < read.end && read.start < candidate.end);
    miss('extra', read.text, `read as ${read.kind} ${read.value}${nonClaim ? `; it is ${nonClaim.why}` : ''}: "${excerpt(read.sentence, read.text)}"`, read.start);
    if (run.mode === 'check' && read.verdict === 'contradicted') {
      scores.falseContradictions += 1;
      miss('false-contradiction', read.text, `not a claim, marked contradicted (${read.reason ?? read.evidence ?? ''})`, read.start);
    }
  }
}

function ratio(): Ratio {
  return { hits: 0, total: 0 };
}

function count(into: Ratio, hit: boolean): void {
  into.total += 1;
  if (hit) into.hits += 1;
}

/** The read claim overlapping the gold figure most, preferring one of the same kind. */
function bestOverlap(gold: PlacedClaim, claims: RunClaim[]): RunClaim | null {
  let best: RunClaim | null = null;
  let bestScore = 0;
  for (const claim of claims) {
    const overlap = Math.min(claim.end, gold.end) - Math.max(claim.start, gold.start);
    if (overlap <= 0) continue;
    const points = overlap + (claim.kind === gold.kind ? 1000 : 0);
    if (points > bestScore) {
      best = claim;
      bestScore = points;
    }
  }
  return best;
}

function sameValue(read: RunClaim, gold: PlacedClaim): boolean {
  if (gold.kind === 'speed' && read.unit !== gold.unit) return false;
  if (gold.kind === 'position' && gold.placeRange) return read.placeRange?.[0] === gold.placeRange[0] && read.placeRange?.[1] === gold.placeRange[1];
  return Math.abs(read.value - gold.value) < 1e-6;
}

/**
 * Whether a subject as read names the gold's party: `#1` for car `01` (a slip, but the right car), a surname or
 * full name of the gold driver, or the gold team; no subject read for no gold party.
 */
export function sameNamedParty(read: string | null, driver: string | null, car: string | null, team: string | null): boolean {
  if (!driver && !car && !team) return read === null;
  if (read === null) return false;
  const carRead = /^(?:#|No\.?\s*)(\d{1,3})$/i.exec(read.trim());
  if (carRead) return car !== null && Number(carRead[1]) === Number(car);
  const words = foldName(read).split(/[\s-]+/).filter(Boolean);
  if (driver) {
    const goldWords = new Set(foldName(driver).split(/[\s-]+/));
    if (words.length > 0 && words.every((word) => goldWords.has(word))) return true;
  }
  if (team) {
    const folded = foldName(read);
    const goldTeam = foldName(team);
    if (folded.includes(goldTeam) || goldTeam.includes(folded)) return true;
  }
  return false;
}

function partyOf(driver: string | null, car: string | null | undefined, team: string | null | undefined): string {
  return [driver, car ? `#${car}` : null, team].filter(Boolean).join(' / ') || 'no one';
}

function describeMiss(gold: PlacedClaim, read: RunClaim | null): string {
  const want = `${gold.kind} ${gold.value}`;
  const where = gold.at ? ` (at "${gold.at}")` : '';
  return read ? `want ${want}${where}, read "${read.text}" as ${read.kind} ${read.value}` : `want ${want}${where}, nothing read`;
}

function excerpt(sentence: string, text: string): string {
  const at = sentence.indexOf(text);
  if (at < 0 || sentence.length <= 140) return sentence.slice(0, 140);
  return sentence.slice(Math.max(0, at - 60), at + text.length + 60);
}
