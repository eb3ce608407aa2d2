import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import type { Roster } from '../../../src/domain/names';

const rosterOf = (drivers: string[]): Roster => drivers.map((name) => ({ id: name, name, kind: 'driver' as const }));

describe('the one beaten, behind a long run of descriptors', () => {
  it('is not the subject of a place the sentence goes on to claim', () => {
    const text = 'Charles Leclerc outqualified his Ferrari team-mate and fellow title contender Carlos Sainz on Saturday to take pole position in Monaco.';
    expect(extractClaims(text).find((claim) => claim.text === 'pole position')).toMatchObject({ subject: 'Charles Leclerc', subjectSure: true });
  });

  it('is not the one an epithet opening the next sentence points back to', () => {
    const roster = rosterOf(['Charles Leclerc', 'Carlos Sainz']);
    const text = 'Charles Leclerc outqualified his Ferrari team-mate and fellow title contender Carlos Sainz on Saturday to take pole in Monaco. The Monegasque lapped in 1:10.270 at the end.';
    expect(extractClaims(text, { roster }).find((claim) => claim.kind === 'lap_time')).toMatchObject({ subject: 'Charles Leclerc' });
  });

  it('ends where a word opens another phrase, so a clause after "but" has a subject of its own', () => {
    const roster = rosterOf(['Fernando Alonso', 'Sebastian Vettel']);
    const [place] = extractClaims('Fernando Alonso beat Sebastian Vettel’s Red Bull to the line but the German was demoted to fifth.', { roster });
    expect(place).toMatchObject({ value: 5, subject: 'Sebastian Vettel' });
  });
});
