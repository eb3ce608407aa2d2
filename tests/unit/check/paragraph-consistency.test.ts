import { describe, expect, it } from 'vitest';
import { withoutMisreadRuns } from '../../../src/domain/check/paragraph-consistency';
import type { CheckedClaim, Verdict } from '../../../src/domain/check';
import { claimOf } from './claim-of';

// "LAP ONE ORDER: 1.Vettel, 2.Webber, 3.Hamilton, …" under a label the reader did not know: each place checked
// against the race's finishing order, and most of them wrong. The data cannot say such a list's writer slipped.
function place(text: string, value: number, subject: string, verdict: Verdict, sessionId = 'race'): CheckedClaim {
  return { ...claimOf({ kind: 'position', text, value, subject }), verdict, expected: verdict === 'confirmed' ? value : value + 1, evidence: '', suggestion: verdict === 'contradicted' ? `${value + 1}` : null, sessionId };
}

describe('a paragraph whose figures mostly disagree with one session', () => {
  it('calls none of them wrong when three or more are contradicted and no more are confirmed', () => {
    const checked = withoutMisreadRuns([
      place('1', 1, 'Vettel', 'confirmed'),
      place('2', 2, 'Webber', 'contradicted'),
      place('3', 3, 'Hamilton', 'contradicted'),
      place('4', 4, 'Alonso', 'contradicted'),
    ]);
    expect(checked.map((claim) => claim.verdict)).toEqual(['confirmed', 'unverifiable', 'unverifiable', 'unverifiable']);
    expect(checked[1].suggestion).toBeNull();
    expect(checked[1].reason).toMatch(/^3 figures of this paragraph disagree with the session and only 1 agrees/);
  });

  it('keeps a slip or two among figures the data bears out, and a run of places shifted by a penalty in a list that is otherwise right', () => {
    const slips = withoutMisreadRuns([place('1', 1, 'Vettel', 'confirmed'), place('2', 2, 'Webber', 'contradicted'), place('3', 3, 'Hamilton', 'contradicted')]);
    expect(slips.map((claim) => claim.verdict)).toEqual(['confirmed', 'contradicted', 'contradicted']);
    const shifted = withoutMisreadRuns([
      ...[1, 2, 3, 4].map((at) => place(`${at}`, at, `Driver ${at}`, 'confirmed')),
      ...[5, 6, 7].map((at) => place(`${at}`, at, `Driver ${at}`, 'contradicted')),
    ]);
    expect(shifted.filter((claim) => claim.verdict === 'contradicted')).toHaveLength(3);
  });

  it('counts each session on its own: a run against the race leaves a qualifying slip alone', () => {
    const checked = withoutMisreadRuns([
      place('2', 2, 'Webber', 'contradicted'),
      place('3', 3, 'Hamilton', 'contradicted'),
      place('4', 4, 'Alonso', 'contradicted'),
      place('pole', 1, 'Button', 'contradicted', 'qualifying'),
    ]);
    expect(checked.map((claim) => claim.verdict)).toEqual(['unverifiable', 'unverifiable', 'unverifiable', 'contradicted']);
  });
});
