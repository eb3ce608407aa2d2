import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';

const places = (text: string) => extractClaims(text).filter((claim) => claim.kind === 'position').map((claim) => claim.value);

describe('an ordinal ranking one driver’s own laps', () => {
  it('is no place: "their second-best times", "his third-quickest lap"', () => {
    expect(places('Both crews lose their best laps and will start on their second-best times.')).toEqual([]);
    expect(places('Vanthoor only improved on his third-quickest lap of the run.')).toEqual([]);
  });
  it('while "the second-best time" of a session is a place', () => {
    expect(places('Vanthoor set the second-best time of the session.')).toEqual([2]);
  });
});

describe('an ordinal whose noun is left out after "on his"', () => {
  it('counts laps or runs: "a few went faster on their fifth"', () => {
    expect(places('Most set their best on lap four, though a few went faster on their fifth.')).toEqual([]);
    expect(places('Vanthoor improved on his third, and was fourth.')).toEqual([4]);
  });
});
