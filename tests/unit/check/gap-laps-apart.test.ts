import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { F1, eventContext } from './timing-data';

// The 2014 Singapore Grand Prix: Hamilton won, Vettel second 13.534 s behind; Max Chilton finished a lap down.
let singapore: CheckContext;

beforeAll(async () => {
  singapore = await eventContext([F1], { race: '2014 Singapore' });
}, 60_000);

const gapIn = (text: string) => new Checker(singapore).checkText(text).claims.find((claim) => claim.kind === 'gap');

describe('a race gap between cars that finished laps apart', () => {
  it('is unverifiable, not corrected with the difference of their best laps', () => {
    const gap = gapIn('Lewis Hamilton won the race by 2.948 seconds from Max Chilton.');
    expect(gap).toMatchObject({ verdict: 'unverifiable', suggestion: null });
    expect(gap?.reason).toBe('#44 and #4 finished 1 lap apart, so no time separates them');
  });

  it('still checks a gap between cars on the same lap', () => {
    expect(gapIn('Lewis Hamilton won the race by 13.534 seconds from Sebastian Vettel.')).toMatchObject({ verdict: 'confirmed' });
    expect(gapIn('Lewis Hamilton won the race by 12.534 seconds from Sebastian Vettel.')).toMatchObject({ verdict: 'contradicted', expected: 13.534 });
  });
});
