import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import type { Roster } from '../../../src/domain/names';

const roster: Roster = ['Fernando Alonso', 'Jenson Button', 'Nico Rosberg'].map((name) => ({ id: name, name, kind: 'driver' as const }));
const places = (text: string) => extractClaims(text, { roster }).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value, claim.subject]);

describe('a results table under a line of column names without borders', () => {
  it('reads each row’s place when the columns give a time or laps beside the points', () => {
    const table = 'Pos No Driver Car Laps Time/Retired Pts\n1 14 Fernando Alonso Ferrari 57 1:31:05.862 25\n2 22 Jenson Button McLaren 57 +4.012s 18\n3 8 Nico Rosberg Mercedes 57 +9.337s 15\n';
    expect(places(table)).toEqual([['1', 1, 'Fernando Alonso'], ['2', 2, 'Jenson Button'], ['3', 3, 'Nico Rosberg']]);
  });

  it('leaves a table of standings, points and no time, unread', () => {
    expect(places('Pos Driver Team Pts\n1 Fernando Alonso Ferrari 154\n2 Jenson Button McLaren 116\n')).toEqual([]);
  });
});
