import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import type { Roster } from '../../../src/domain/names';

const roster: Roster = ['Felipe Nasr', 'Ricky Taylor', 'Ben Barnicoat', 'Jack Hawksworth', 'Tommy Milner', 'Antonio Garcia'].map((name) => ({ id: name, name, kind: 'driver' as const }));
const placeHolders = (text: string) => extractClaims(text, { roster }).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.subject]);

describe('the one a place is won from is not its holder', () => {
  it('gives the place to the driver who bested or got the better of another, not to the one beaten', () => {
    expect(placeHolders('The No. 7 Porsche of Felipe Nasr bested Ricky Taylor in the No. 10 Acura by a tenth to take pole position.')).toEqual([['pole position', 'Felipe Nasr']]);
    expect(placeHolders('Ben Barnicoat in the No. 14 Lexus got the better of Jack Hawksworth in the sister car to score pole position.')).toEqual([['pole position', 'Ben Barnicoat']]);
  });

  it('counts the driver a beaten car is said to be of as beaten too', () => {
    expect(placeHolders('Tommy Milner’s Corvette beat the #3 sister car of Antonio Garcia to sixth.')).toEqual([['sixth', 'Tommy Milner']]);
  });
});
