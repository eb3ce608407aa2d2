import { describe, expect, it } from 'vitest';
import { hintOf } from './hints';

// "To cross the line in P10" is the finish in any tense, and "started the race in P2" a starting place: the words a
// race report tells its result and its grid with.
describe('crossing the line and starting the race', () => {
  it('takes "cross the line" in any tense for the finish, though "grid" or an early moment was named before', () => {
    const fromTheBack = hintOf('Gasly charged from the back of the grid to cross the line in P9.', 'P9');
    expect(fromTheBack).toMatchObject({ grid: false, kind: 'race' });
    expect(hintOf('Norris shrugged off an early time penalty to cross the line in fifth.', 'fifth').moment).toBe(false);
    expect(hintOf('Norris was fifth early on.', 'fifth').moment).toBe(true);
    expect(hintOf('Gasly lined up on the back of the grid in P9.', 'P9').grid).toBe(true);
  });

  it('takes "started the race in P4" for a place on the grid', () => {
    expect(hintOf('The Spaniard started the race in P4 and never looked back.', 'P4').grid).toBe(true);
    expect(hintOf('The Spaniard ran in P4 for most of the race.', 'P4').grid).toBe(false);
  });
});
