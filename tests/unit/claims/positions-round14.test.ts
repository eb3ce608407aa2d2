import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import type { Roster } from '../../../src/domain/names';

const roster: Roster = ['Michael Schumacher', 'Ralf Schumacher', 'Rubens Barrichello', 'Juan Pablo Montoya', 'David Coulthard'].map((name) => ({
  id: name.toLowerCase(),
  name,
  kind: 'driver' as const,
}));
const places = (text: string) => extractClaims(text, { roster }).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value, claim.subject]);

describe('a results line in the old wire style, surnames in capitals ("RACE RESULT: 1 M.SCHUMACHER Ferrari …")', () => {
  it('reads each place, held by the driver the capitals name', () => {
    expect(places('RACE RESULT: 1 M.SCHUMACHER  Ferrari  1h21m20.634s, 2 BARRICHELLO  Ferrari  +1.977s, 3 MONTOYA  Williams BMW  ')).toEqual([
      ['1', 1, 'Michael Schumacher'],
      ['2', 2, 'Rubens Barrichello'],
      ['3', 3, 'Juan Pablo Montoya'],
    ]);
  });

  it('reads no row from capitals in running prose', () => {
    expect(places('The FIA fined 2 BAR drivers and 3 FIA officials.')).toEqual([]);
  });
});
