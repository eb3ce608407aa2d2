import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import type { Roster } from '../../../src/domain/names';

const roster: Roster = ['Kamui Kobayashi', 'Antonio Fuoco'].map((name) => ({ id: name, name, kind: 'driver' as const }));
const placeOf = (text: string, figure: string) => extractClaims(text, { roster }).find((claim) => claim.text === figure);

// "lost out to X" names the one who won the place; the subject is the sentence's own, here the one named before.
describe('a place after "lost out to"', () => {
  it('is not the winner’s', () => {
    const text = 'Kamui Kobayashi led late on. He lost out to Antonio Fuoco on the final lap and had to settle for second place.';
    expect(placeOf(text, 'second')?.subject).toBe('Kamui Kobayashi');
    expect(placeOf('Kamui Kobayashi led late on. He was passed by Antonio Fuoco, who took second place.', 'second')?.subject).toBe('Antonio Fuoco');
  });
});
