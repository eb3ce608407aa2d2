import { describe, expect, it } from 'vitest';
import { matchRemembered, rosterFor } from '../../../src/domain/check/roster-match';
import type { Roster } from '../../../src/domain/names';

const roster: Roster = [
  { id: 'alonso', name: 'Fernando Alonso', kind: 'driver' },
  { id: 'piquet-jr', name: 'Nelson Piquet Jr.', kind: 'driver' },
  { id: 'renault', name: 'Renault', kind: 'team' },
];

describe('the roster a text names', () => {
  it('keeps a driver whose roster name carries a generation the text leaves out', () => {
    expect(matchRemembered('Piquet', roster)?.entry.id).toBe('piquet-jr');
    const named = rosterFor('15. Fernando Alonso Spain Renault No Time\n16. Nelson Piquet Brazil Renault 1:46.037', roster);
    expect(named.map((entry) => entry.id).sort()).toEqual(['alonso', 'piquet-jr', 'renault']);
  });
});
