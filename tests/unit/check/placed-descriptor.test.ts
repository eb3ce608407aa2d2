import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { mainSessionContext, ROAR_2024 } from './timing-data';

// Roar 2024 qualifying: the #7 Porsche Penske Motorsports 963 (Dane Cameron) was third, the #6 seventh.
let qualifying: CheckContext;

beforeAll(async () => {
  qualifying = await mainSessionContext(ROAR_2024, /qualifying/i);
}, 60_000);

const placeIn = (text: string) => new Checker(qualifying).checkText(text).claims.find((claim) => claim.kind === 'position');

describe('a place that describes a car ("the third-placed Porsche")', () => {
  it('is the place of the make named after it, confirmed by the car of that make that holds it', () => {
    expect(placeIn('Qualifying ended with the third-placed Porsche ahead of both Acuras.')).toMatchObject({
      subject: 'Porsche',
      verdict: 'confirmed',
      reason: 'read as the Porsche of #7',
    });
  });

  it('tells a word of a team’s name with the team, not as "the Penske of #7"', () => {
    expect(placeIn('The Penske car was third.')).toMatchObject({
      verdict: 'confirmed',
      reason: expect.stringMatching(/^read as #7, of Porsche Penske Motorsports$/),
    });
  });

  it('is never contradicted on the make alone', () => {
    expect(placeIn('Qualifying ended with the fifth-placed Cadillac ahead of both Acuras.')?.verdict).toBe('unverifiable');
  });

  it('gives the order at the moment narrated, unless the sentence is about the result', () => {
    const moment = placeIn('While the leading #01 and the third-placed #7 Porsche pitted for tyres, the rest stayed out.');
    expect(moment).toMatchObject({ subject: '#7', verdict: 'unverifiable', reason: expect.stringMatching(/one moment/) });
  });
});
