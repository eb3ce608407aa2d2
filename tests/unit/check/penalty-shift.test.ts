import { describe, expect, it } from 'vitest';
import { PENALTY_AFTER_RACE, withoutPenaltyShift } from '../../../src/domain/check/penalty-shift';
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

  // Half P's 2024 Bahrain report (Michelin): "… fought back to a podium placing but was subsequently handed penalty.
  // ¶ … The #35 Alpine overcame a troubled start to round out the top-four": fifth on the road, fourth as classified.
  it('are the classification for one car alone when the text tells of a car classified lower after the race', () => {
    const checked = withoutPenaltyShift([place(4, '#35', 'contradicted', 5), place(8, '#15', 'contradicted', 10)], raceFrom('laps'), true);
    expect(checked.map((claim) => claim.verdict)).toEqual(['unverifiable', 'contradicted']);
    expect(checked[0].reason).toMatch(/classified lower after the race/);
    expect(withoutPenaltyShift([place(4, '#35', 'contradicted', 5)], raceFrom('file'), true)[0].verdict).toBe('contradicted');
  });

  it('know a car classified lower after the race by the words that tell it', () => {
    for (const told of [
      'Aided by the different Safety Car interruptions, the Italian car fought back to a podium placing but was subsequently handed penalty.',
      'BMW of Team RLL won the IMSA SportsCar Championship 6h of Watkins Glen after Porsche Penske Motorsport was handed a penalty during the post-race technical inspection.',
      "However, Ferrari's joy was short-lived, as a post-race penalty for excess tire use dropped them from second to 14th.",
      'The Ferrari was disqualified after the race for a skid block worn beyond the limit.',
      'Nach dem Rennen wurde der Porsche disqualifiziert.',
    ]) expect(PENALTY_AFTER_RACE.test(told), told).toBe(true);
    for (const told of ['crossed the line in seventh but was hit with a 10-second penalty for a pit lane violation', 'He served a drive-through penalty after the restart.', 'After the race, Hamilton said the car was perfect.'])
      expect(PENALTY_AFTER_RACE.test(told), told).toBe(false);
  });
});
