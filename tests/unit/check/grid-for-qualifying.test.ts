import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { F1, eventContext } from './timing-data';

// The 1999 Hungarian Grand Prix: the Ergast tables keep its race, grid included (Häkkinen 1, Irvine 2, Coulthard 3),
// but not its qualifying, which their qualifying table lacks for most races before 2003.
let hungary: CheckContext;

beforeAll(async () => {
  hungary = await eventContext([F1], { race: '1999 Hungarian' });
}, 60_000);

const placeIn = (text: string, words: string) => new Checker(hungary).checkText(text).claims.find((claim) => claim.kind === 'position' && text.slice(claim.start, claim.end) === words);

describe('a qualifying place where no qualifying is stored', () => {
  it('is checked against the race’s grid, which bears a pole out', () => {
    expect(hungary.sessions.some((session) => session.kind === 'qualifying')).toBe(false);
    const pole = placeIn('Starting from the pole, Hakkinen led the entire race.', 'pole');
    expect(pole).toMatchObject({ verdict: 'confirmed', expected: 1 });
    expect(pole?.evidence).toContain('on the grid');
  });

  it('refutes a starting place the grid does not bear out', () => {
    expect(placeIn('Coulthard started from pole and finished second.', 'pole')).toMatchObject({ verdict: 'contradicted', expected: 3 });
  });

  it('leaves a qualifying place the grid does not bear out unverifiable: a penalty may have moved the car', () => {
    const place = placeIn('Coulthard qualified second on Saturday, and finished second.', 'second');
    expect(place).toMatchObject({ verdict: 'unverifiable' });
    expect(place?.reason).toBe("no qualifying of Hungarian Grand Prix is stored, and the race's grid, which a penalty may have changed, has it P3");
    expect(placeIn('Irvine qualified second on Saturday.', 'second')).toMatchObject({ verdict: 'confirmed', expected: 2 });
  });
});
