import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { Checker, type CheckContext, type CheckReport, type Verdict } from '../../../src/domain/check';
import { SHARED } from './timing-data';

/** One figure of a seed as a reader of the timing files judges it. */
export interface ExpectedVerdict {
  /** The figure as written, and which occurrence of it (1 = first) when it appears more than once. */
  text: string;
  occurrence?: number;
  verdict: Verdict;
  expected?: number | null;
  suggestion?: string | null;
  reason?: string;
}

export function checkSeed(fileName: string, context: CheckContext): { text: string; report: CheckReport } {
  const text = readFileSync(join(SHARED, 'seeds', fileName), 'utf8');
  return { text, report: new Checker(context).checkText(text) };
}

/** Asserts each listed figure's verdict (and expected value, suggestion, reason where listed). */
export function expectVerdicts(report: CheckReport, expected: ExpectedVerdict[]): void {
  const seen = new Map<string, number>();
  const byText = report.claims.map((claim) => {
    const occurrence = (seen.get(claim.text) ?? 0) + 1;
    seen.set(claim.text, occurrence);
    return { claim, occurrence };
  });
  for (const want of expected) {
    const found = byText.find((entry) => entry.claim.text === want.text && entry.occurrence === (want.occurrence ?? 1));
    expect(found, `claim ${want.text} #${want.occurrence ?? 1}`).toBeDefined();
    if (!found) continue;
    const { claim } = found;
    const picked: Record<string, unknown> = { text: claim.text, verdict: claim.verdict };
    if ('expected' in want) picked.expected = claim.expected;
    if ('suggestion' in want) picked.suggestion = claim.suggestion;
    if ('reason' in want) picked.reason = claim.reason;
    expect(picked).toEqual(stripOccurrence(want));
  }
}

function stripOccurrence(want: ExpectedVerdict): Record<string, unknown> {
  const { occurrence: _occurrence, ...rest } = want;
  return rest;
}

/** The figures the check contradicts, in text order. */
export function contradictedFigures(report: CheckReport): string[] {
  return report.claims.filter((claim) => claim.verdict === 'contradicted').map((claim) => claim.text);
}
