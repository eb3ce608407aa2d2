import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';

// Readings that gave false contradictions on real F1 pages outside the corpus (a hunt over 56 reports of sessions the
// corpus holds, from sites it does not use), each checked against the corpus too.
const places = (text: string) => extractClaims(text, {}).filter((claim) => claim.kind === 'position').map((claim) => claim.text);

describe('a count of results with a series named before its noun', () => {
  it('reads no place in "fifth Formula 1 triumph", as in "sixth British Grand Prix win"', () => {
    expect(places('It was Hamilton’s fourth victory of the season, his fourth consecutive British Grand Prix win and fifth Formula 1 triumph at Silverstone.')).toEqual([]);
    expect(places('Hamilton was fifth in Formula 1 qualifying.')).toEqual(['fifth']);
  });
});

describe('two places as the ends of a gap', () => {
  it('reads no place in "between first and second", "between second and third place"', () => {
    expect(places('Hamilton claimed his sixth pole of the season, and those few yards of advantage between first and second on the grid could prove crucial.')).toEqual(['pole']);
    expect(places('The difference between second and third place was bigger.')).toEqual([]);
    expect(places('He was sandwiched between Hamilton in second and Bottas in fourth.')).toEqual(['second', 'fourth']);
  });
});
