import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';

const gapOf = (text: string) => extractClaims(text).find((claim) => claim.kind === 'gap');

describe('a gap measured from a place the words name, not a driver', () => {
  it('is measured from first place for "off pole", "missed pole by" and the French "de la pole"', () => {
    expect(gapOf('Sam Bird qualified fourth, three tenths off pole.')).toMatchObject({ referencePlace: 1, direction: 'behind' });
    expect(gapOf('Sam Bird missed pole by just 0.044s after a late lock-up.')).toMatchObject({ referencePlace: 1, direction: 'behind' });
    expect(gapOf('Sam Bird était à 0,312s de la première place.')).toMatchObject({ referencePlace: 1 });
  });

  it('is measured from second place for a winner’s margin', () => {
    expect(gapOf('Sam Bird won the race by 4.6 seconds after a flawless final stint.')).toMatchObject({ referencePlace: 2, direction: 'ahead' });
    expect(gapOf('Sam Bird took the chequered flag with a margin of 4.6s.')).toMatchObject({ referencePlace: 2 });
  });

  it('names no place when the gap is to a driver, or its words name none', () => {
    expect(gapOf('Sam Bird was 0.31s quicker than Nick Cassidy.')?.referencePlace ?? null).toBeNull();
    expect(gapOf('Sam Bird lost 4.6 seconds in the pit lane to Nick Cassidy.')?.referencePlace ?? null).toBeNull();
  });
});
