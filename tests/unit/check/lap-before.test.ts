import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { f1QualifyingContext } from './timing-data';

// The 2024 Japanese Grand Prix qualifying: Verstappen pole on 1:28.197, Pérez second on 1:28.263 (0.066s).
let suzuka: CheckContext;

beforeAll(async () => {
  suzuka = await f1QualifyingContext('2024 Japanese');
}, 60_000);

const gapIn = (text: string) => new Checker(suzuka).checkText(text).claims.find((claim) => claim.kind === 'gap' && claim.text === '0.023 seconds');

describe('a gap measured against the lap the sentence before told', () => {
  it('is not refuted by the reference’s best when that lap is an earlier one', () => {
    const text = 'Max Verstappen led the way early over the opening runs in Q3, setting a first time of 1:28.24. Sergio Perez moved to within 0.023 seconds on his final lap, only for the three-time World Champion to improve by four-hundredths to secure the pole.';
    expect(gapIn(text)).toMatchObject({ reference: 'Max Verstappen', verdict: 'unverifiable' });
  });

  it('is refuted when that lap is the reference’s best', () => {
    const text = 'Max Verstappen took pole with a time of 1:28.197. Sergio Perez moved to within 0.023 seconds on his final lap.';
    expect(gapIn(text)).toMatchObject({ reference: 'Max Verstappen', verdict: 'contradicted' });
  });
});
