import { describe, expect, it } from 'vitest';
import { withoutPenaltyShift } from '../../../src/domain/check/penalty-shift';
import type { CheckContext, CheckedClaim, Verdict } from '../../../src/domain/check';
import type { TimingSession } from '../../../src/domain/timing';
import { claimOf } from './claim-of';

// Half M's 2025 Fuji report: "The #12 Cadillac … only finishing in 6th … The #7 Toyota … finishing 7th". The lap data
// has them seventh and eighth on the road; the #94 Peugeot ahead of them was classified lower after the race.
function place(value: number, subject: string, verdict: Verdict, expected: number, sessionId = 'race'): CheckedClaim {
  return { ...claimOf({ kind: 'position', text: `${value}th`, value, subject }), verdict, expected, evidence: '', suggestion: verdict === 'contradicted' ? `${expected}th` : null, sessionId };
}

const raceFrom = (resultsFrom: TimingSession['resultsFrom']): CheckContext =>
  ({ sessions: [{ id: 'race', kind: 'race', resultsFrom } as TimingSession], mainSessionId: 'race', tracks: [], roster: [] });

describe('places each one better than a race order worked out from laps', () => {
  it('are a classification after a post-race penalty when two cars next to each other are shifted', () => {
    const checked = withoutPenaltyShift([place(4, '#5', 'confirmed', 4), place(6, '#12', 'contradicted', 7), place(7, '#7', 'contradicted', 8)], raceFrom('laps'));
    expect(checked.map((claim) => claim.verdict)).toEqual(['confirmed', 'unverifiable', 'unverifiable']);
    expect(checked[1].reason).toMatch(/^2 cars next to each other are each one place better than the order on the road/);
    expect(checked[1].suggestion).toBeNull();
  });

  it('stay contradicted for one car alone, places apart, a gap other than one, or an official classification', () => {
    const verdicts = (claims: CheckedClaim[], context = raceFrom('laps')) => withoutPenaltyShift(claims, context).map((claim) => claim.verdict);
    expect(verdicts([place(6, '#12', 'contradicted', 7)])).toEqual(['contradicted']);
    expect(verdicts([place(3, '#12', 'contradicted', 4), place(7, '#7', 'contradicted', 8)])).toEqual(['contradicted', 'contradicted']);
    expect(verdicts([place(6, '#12', 'contradicted', 8), place(7, '#7', 'contradicted', 9)])).toEqual(['contradicted', 'contradicted']);
    expect(verdicts([place(6, '#12', 'contradicted', 7), place(7, '#7', 'contradicted', 8)], raceFrom('file'))).toEqual(['contradicted', 'contradicted']);
  });
});
