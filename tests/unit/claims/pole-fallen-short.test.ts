import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';

describe('a pole fallen short of', () => {
  it('is no place taken: only the gap is read', () => {
    for (const text of ['Yelloly fell just 0.009s short of grabbing the pole for BMW.', 'Norris came up 0.1s short of taking pole.', 'The Porsche stopped a tenth short of pole.']) {
      expect(extractClaims(text).map((claim) => claim.kind), text).toEqual(['gap']);
    }
  });

  it('leaves a pole taken in the same sentence a place', () => {
    expect(extractClaims('Hamilton took pole, with Norris just 0.1s short.').map((claim) => claim.kind)).toEqual(['position', 'gap']);
  });
});
