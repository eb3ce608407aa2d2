import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import type { Roster } from '../../../src/domain/names';

const roster: Roster = ['Pascal Wehrlein', 'Nick Cassidy', 'Charles Leclerc'].map((name) => ({ id: name, name, kind: 'driver' as const }));
const places = (text: string) => extractClaims(text, { roster }).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.subject]);

describe('a place after a missed one', () => {
  it('gives the place after "missed … and will start" to the one who missed', () => {
    expect(places('Pascal Wehrlein missed out on the duels and will start ninth.')).toEqual([['ninth', 'Pascal Wehrlein']]);
    expect(places('Nick Cassidy missed pole by a tenth but will start second.')).toEqual([['second', 'Nick Cassidy']]);
  });

  it('still gives a place that is itself missed to no one', () => {
    expect(places('Charles Leclerc missed the 5th place by a hundredth.')).toEqual([['5th', null]]);
  });
});
