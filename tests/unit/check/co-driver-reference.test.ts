import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { ROAR_2024_PRACTICE, eventContext } from './timing-data';

// Session 1 of the 2024 Roar: Augusto Farfus and Dries Vanthoor shared the #24 BMW.
let roarPractice: CheckContext;

beforeAll(async () => {
  roarPractice = await eventContext([ROAR_2024_PRACTICE]);
}, 60_000);

const gapIn = (text: string) => new Checker(roarPractice).checkText(text).claims.find((claim) => claim.kind === 'gap');

describe('a gap measured against a co-driver of the same car', () => {
  it('keeps the co-driver as its reference and refutes nothing', () => {
    expect(gapIn('In Session 1, Dries Vanthoor was 0.8s slower than his co-driver Augusto Farfus.')).toMatchObject({ reference: 'Augusto Farfus', verdict: 'unverifiable' });
  });
});
