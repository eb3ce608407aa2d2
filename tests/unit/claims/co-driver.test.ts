import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import type { Roster } from '../../../src/domain/names';

// Half M's 2025 Detroit report: the lap after "the No. 60 Acura ARX-06 entry he shares with Colin Braun" is Tom
// Blomqvist's, who set it; Braun shares the car and was read as its driver.
const roster: Roster = ['Tom Blomqvist', 'Colin Braun', 'Harry Tincknell', 'Felipe Nasr', 'Jonathan Bomarito', 'Oliver Jarvis'].map((name) => ({ id: name, name, kind: 'driver' as const }));
const parties = (text: string) => extractClaims(text, { roster }).map((claim) => [claim.text, claim.subject, claim.reference]);

describe('a co-driver named with the car', () => {
  it('is not the subject of a figure after him', () => {
    const text = 'Tom Blomqvist added to the joy for Acura by placing the No. 60 Acura ARX-06 entry he shares with Colin Braun on the outside of the front row (1:05.908, 89.852 mph).';
    expect(parties(text).filter(([figure]) => figure === '1:05.908')).toEqual([['1:05.908', 'Tom Blomqvist', null]]);
  });

  it('is not the one a gap is measured against', () => {
    const text = 'Harry Tincknell will start alongside Felipe Nasr, having set a time only 0.015s slower in the car he’ll share with Jonathan Bomarito and Oliver Jarvis.';
    expect(parties(text).filter(([figure]) => figure === '0.015s')).toEqual([['0.015s', 'Harry Tincknell', 'Felipe Nasr']]);
  });
});
