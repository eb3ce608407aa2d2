import { describe, expect, it } from 'vitest';
import { withGridRuns } from '../../../src/domain/check/grid-run';
import type { CheckedClaim, Verdict } from '../../../src/domain/check';
import { claimOf } from './claim-of';

// Half H's 2016 Monaco qualifying review: "Carlos Sainz Jr finished in sixth place 1.127 seconds behind, Sergio Perez
// finished in seventh place 1.280 seconds behind, Daniil Kvyat finished in eighth place …, Fernando Alonso finished in
// ninth place": Q3's order with Räikkönen, sent back by a gearbox penalty, left out, which is the starting grid.
const GRID_ONLY = 'the starting grid bears it out (#55 Toro Rosso, P6 on the grid); the text does not say whether it means the grid';

function place(value: number, subject: string, verdict: Verdict, reason: string | null = null): CheckedClaim {
  return { ...claimOf({ kind: 'position', text: `${value}`, value, subject }), verdict, expected: value, evidence: '', suggestion: null, sessionId: 'qualifying', reason: reason ?? undefined } as CheckedClaim;
}

const onGrid = (claims: CheckedClaim[]) => (index: number): CheckedClaim => ({ ...claims[index], verdict: 'confirmed', reason: undefined, evidence: 'on the grid' }) as CheckedClaim;

describe('a run of places only the starting grid bears out', () => {
  it('is the grid when three or more in one paragraph are, and no place there is contradicted', () => {
    const claims = [
      place(4, 'Sebastian Vettel', 'confirmed'),
      place(5, 'Nico Hulkenberg', 'confirmed'),
      place(6, 'Carlos Sainz', 'unverifiable', GRID_ONLY),
      place(7, 'Sergio Perez', 'unverifiable', GRID_ONLY),
      place(8, 'Daniil Kvyat', 'unverifiable', GRID_ONLY),
      place(9, 'Fernando Alonso', 'unverifiable', GRID_ONLY),
    ];
    expect(withGridRuns(claims, onGrid(claims)).map((claim) => claim.verdict)).toEqual(['confirmed', 'confirmed', 'confirmed', 'confirmed', 'confirmed', 'confirmed']);
  });

  it('leaves one or two such places unverifiable, and a run beside a place the data refutes', () => {
    const two = [place(6, 'Carlos Sainz', 'unverifiable', GRID_ONLY), place(7, 'Sergio Perez', 'unverifiable', GRID_ONLY), place(8, 'Daniil Kvyat', 'confirmed')];
    expect(withGridRuns(two, onGrid(two)).map((claim) => claim.verdict)).toEqual(['unverifiable', 'unverifiable', 'confirmed']);
    const refuted = [...[6, 7, 8].map((at) => place(at, `Driver ${at}`, 'unverifiable', GRID_ONLY)), place(9, 'Fernando Alonso', 'contradicted')];
    expect(withGridRuns(refuted, onGrid(refuted)).map((claim) => claim.verdict)).toEqual(['unverifiable', 'unverifiable', 'unverifiable', 'contradicted']);
  });

  it('leaves places unverifiable for another reason (a moment of the session) as they are', () => {
    const moments = [6, 7, 8].map((at) => place(at, `Driver ${at}`, 'unverifiable', 'it is about one moment of the session; the data holds the final order only'));
    expect(withGridRuns(moments, onGrid(moments)).map((claim) => claim.verdict)).toEqual(['unverifiable', 'unverifiable', 'unverifiable']);
  });
});
