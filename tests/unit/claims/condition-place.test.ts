import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';

const places = (text: string) => extractClaims(text).filter((claim) => claim.kind === 'position').map((claim) => claim.text);

// What a title or the points required is no place anyone took: the order can neither bear it out nor refute it.
describe('a place set as a condition', () => {
  it('is no claim after "needing to", "would need to", "must" or "if he finishes"', () => {
    expect(places('Ferrari went into the finale needing to finish sixth to seal the crown.')).toEqual([]);
    expect(places('Rossi would need to be fourth or better for the title.')).toEqual([]);
    expect(places('The champion only had to finish ninth on Sunday.')).toEqual([]);
    expect(places('If Leclerc finishes second, the title is his.')).toEqual([]);
  });

  it('leaves a place taken, even one the driver had to settle for', () => {
    expect(places('Leclerc had to settle for sixth.')).toEqual(['sixth']);
    expect(places('Leclerc finished sixth, as he needed to.')).toEqual(['sixth']);
  });
});
