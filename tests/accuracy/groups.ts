import { HALVES, OWN_GROUP_HALVES } from './corpus';
import type { ReportRun } from './run-report';
import { score, type Miss, type Ratio, type Scores } from './score';

/**
 * The groups `npm run accuracy` reports: each half, each series (English reports), other languages, all. The
 * held-back halves C to K count in their own group only, so the series and the total stay the A and B figures work
 * is measured on, and the held-back figures are read only as what they are: how the rules do on prose no rule was made for.
 */
export function groupsOf(run: ReportRun): string[] {
  const { report } = run;
  if (report.half !== null && OWN_GROUP_HALVES.includes(report.half)) return [`half ${report.half}`];
  return [`half ${report.half ?? '?'}`, report.language === 'en' ? report.series : 'other languages', 'total'];
}

/** Scores every group, in a fixed order. */
export function scoreGroups(runs: ReportRun[]): { groups: Map<string, Scores>; misses: Miss[] } {
  const order = [...HALVES.map((half) => `half ${half}`), 'half ?', 'F1', 'IMSA', 'WEC', 'other languages', 'total'];
  const members = new Map<string, ReportRun[]>();
  for (const run of runs) for (const group of groupsOf(run)) members.set(group, [...(members.get(group) ?? []), run]);
  const groups = new Map<string, Scores>();
  for (const name of order) if (members.has(name)) groups.set(name, score(members.get(name)!).scores);
  return { groups, misses: score(runs).misses };
}

/** A ratio as a rate, or null when there was nothing to count. */
export function rate(value: Ratio): number | null {
  return value.total === 0 ? null : value.hits / value.total;
}

/** The figures a ratchet keeps, per group: every rate, and the false contradictions as a count. */
export type RatchetFigures = Record<string, Record<string, number | null>>;

export const RATCHET_RATES = ['recall', 'precision', 'subjects', 'references', 'positions', 'positionPrecision', 'verdicts', 'fixes'] as const;

export function ratchetFigures(groups: Map<string, Scores>): RatchetFigures {
  const figures: RatchetFigures = {};
  for (const [name, scores] of groups) {
    figures[name] = Object.fromEntries([...RATCHET_RATES.map((key) => [key, rate(scores[key])]), ['falseContradictions', scores.falseContradictions]]);
  }
  return figures;
}
