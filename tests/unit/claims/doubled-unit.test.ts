import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';

const figures = (text: string) => extractClaims(text).map((claim) => [claim.kind, claim.text]);

describe('a unit doubled by the writer', () => {
  it('reads "0.041 seconds of a second" as one gap, not a second one of a whole second', () => {
    expect(figures('Sainz was 0.041 seconds of a second slower than his team-mate.')).toEqual([['gap', '0.041 seconds']]);
  });
  it('still reads "a second" where it is the gap', () => {
    expect(figures('Sainz was a second slower than his team-mate.')).toEqual([['gap', 'a second']]);
  });
});
