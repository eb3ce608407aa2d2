import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';

// Read from half M's extras, after its first blind score: numbers with a place's form that are no place.
const places = (text: string) => extractClaims(text).filter((claim) => claim.kind === 'position').map((claim) => claim.text);

describe('an ordinal that is no place', () => {
  it('is the last day of a range of dates after a month', () => {
    expect(places('The season continues on April 8th – 10th, 2022, when the circuit visits Long Beach.')).toEqual([]);
    expect(places('Blomqvist finished fifth on April 9th.')).toEqual(['fifth']);
  });

  it('is a place on a condition ("unless the No. 60 finishes fifth")', () => {
    expect(places('The No. 10 needs a good race to win the championship – unless the No. 60 finishes fifth.')).toEqual([]);
    expect(places('The No. 60 finished fifth, so the No. 10 won the championship.')).toEqual(['fifth']);
  });

  it('is what a pole pays ("The 35 points for pole"), not the pole itself', () => {
    expect(places('The 35 points for pole were the impetus behind Blomqvist’s white-knuckle lap.')).toEqual([]);
    expect(places('Blomqvist took pole and the 35 points it pays.')).toEqual(['pole']);
  });
});
