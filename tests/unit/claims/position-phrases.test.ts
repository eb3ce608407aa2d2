import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';

const places = (text: string) =>
  extractClaims(text).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value, claim.placeRange ?? null]);

describe('places the genre writes without an ordinal of their own', () => {
  it('reads a classification line whose name opens with a lower-case particle', () => {
    const table = [
      'Classification after 58 laps:',
      ' 11 \t  Alguersuari    Toro Rosso   58\t+ 1:11.301',
      ' 12 \t  de la Rosa     Sauber       58\t+ 1:14.084',
      ' 13 \t  van der Garde  Caterham     56\t+ 2 Laps',
    ].join('\n');
    expect(places(table)).toEqual([['11', 11, null], ['12', 12, null], ['13', 13, null]]);
  });
});
