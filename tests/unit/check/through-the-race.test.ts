import { describe, expect, it } from 'vitest';
import { hintOf } from './hints';

describe('a gap kept through the race', () => {
  it('is told of the race as it ran, not of the flag', () => {
    expect(hintOf('Rossi never put a foot wrong, with Bianchi hounding him within a second all the way.', 'a second').moment).toBe(true);
    expect(hintOf('The two Ferraris ran nose to tail, never more than half a second apart the whole race.', 'half a second').moment).toBe(true);
  });

  it('is the gap at the flag when the sentence speaks of the result', () => {
    expect(hintOf('Rossi led all the way and won by 4.2 seconds from Bianchi.', '4.2 seconds').moment).toBe(false);
  });
});
