import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { mainSessionContext, ROAR_2024 } from './timing-data';

// Roar 2024 qualifying: Porsche Penske Motorsports ran #7 (Dane Cameron, third) and #6 (Nick Tandy, seventh).
let qualifying: CheckContext;

beforeAll(async () => {
  qualifying = await mainSessionContext(ROAR_2024, /qualifying/i);
}, 60_000);

const placeIn = (text: string) => new Checker(qualifying).checkText(text).claims.find((claim) => claim.kind === 'position');

describe('a car number that is not the car of the driver named with it', () => {
  it('is checked against the driver’s car when his team runs both, and the slip is named', () => {
    expect(placeIn('The #6 was third for Porsche Penske Motorsports and Dane Cameron.')).toMatchObject({
      verdict: 'confirmed',
      reason: expect.stringMatching(/^checked against #7: .*the driver named is in #7/),
    });
  });

  it('stands when the team alone is named, or the driver by surname only', () => {
    const teamOnly = placeIn('The #6 was seventh for Porsche Penske Motorsports.');
    expect(teamOnly?.verdict).toBe('confirmed');
    expect(teamOnly?.reason).toBeFalsy();
    expect(placeIn('The #6 was third for Porsche Penske Motorsports and Cameron.')).toMatchObject({ verdict: 'contradicted', expected: 7 });
  });
});
