import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { ROAR_2024_PRACTICE, eventContext } from './timing-data';

// Session 1 of the 2024 Roar: Tandy's #6 best 1:35.617; in the #24 Farfus set 1:35.652 and Dries Vanthoor 1:35.738.
let roarPractice: CheckContext;

beforeAll(async () => {
  roarPractice = await eventContext([ROAR_2024_PRACTICE]);
}, 60_000);

const gapIn = (text: string) => new Checker(roarPractice).checkText(text).claims.find((claim) => claim.kind === 'gap');

describe('a gap of a driver who did not set the car’s best lap in practice', () => {
  it('is measured from the driver’s own best lap', () => {
    expect(gapIn('In Session 1, Dries Vanthoor was 0.121s off Nick Tandy.')).toMatchObject({ verdict: 'confirmed', evidence: expect.stringContaining('Dries Vanthoor') });
    expect(gapIn('In Session 1, Dries Vanthoor was 0.5s off Nick Tandy.')).toMatchObject({ verdict: 'contradicted', expected: 0.121 });
  });

  it('is still borne out by the car’s best, which the writer may mean', () => {
    expect(gapIn('In Session 1, Dries Vanthoor was 0.035s off Nick Tandy.')).toMatchObject({ verdict: 'confirmed' });
  });
});
