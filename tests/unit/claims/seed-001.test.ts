import { describe, expect, it } from 'vitest';
import { expectNoClaimOn, extractClaims, readSeed, timingClaims } from './seed';

const text = readSeed('001_2aa36fd05cbfe5d2.txt');
const claims = extractClaims(text);

describe('seed 001: McAlister’s Pilot Challenge pole at Daytona', () => {
  it('reads every lap-time, gap and speed claim with its qualifier and driver', () => {
    expect(timingClaims(claims)).toEqual([
      ['speed', '113.575 mph', 113.575, 'exact', 'Sean McAlister'],
      ['gap', 'Eight tenths', 0.8, 'exact', 'Sean McAlister'],
      ['gap', 'four-tenths of a second', 0.4, 'nearly', 'Sean McAlister'],
      ['gap', '.803 seconds', 0.803, 'exact', 'Sean McAlister'],
      ['speed', '109.766 mph', 109.766, 'exact', 'Harry Gottsacker'],
      ['gap', '.299 seconds', 0.299, 'exact', 'Harry Gottsacker'],
    ]);
  });

  it('resolves "He ended up .299 seconds ahead of Wittmer" to Gottsacker, ahead of Karl Wittmer', () => {
    const gap = claims.find((claim) => claim.text === '.299 seconds');
    expect(gap).toMatchObject({ subject: 'Harry Gottsacker', reference: 'Karl Wittmer', direction: 'ahead' });
  });

  it('points the gap to his own practice lap at practice', () => {
    const gap = claims.find((claim) => claim.qualifier === 'nearly');
    expect(gap).toMatchObject({ sessionHint: 'practice', reference: null, direction: 'ahead' });
  });

  it('reads the places of the drivers it names', () => {
    const places = claims.filter((claim) => claim.kind === 'position');
    expect(places.map((place) => [place.text, place.value, place.subject])).toEqual([
      ['pole', 1, 'Sean McAlister'],
      ['pole', 1, 'Sean McAlister'],
      ['fastest', 1, 'Bubba Wallace'], // "was fastest early on": first at one moment, never refuted
      ['third', 3, 'Jack Hawksworth'],
      ['20th', 20, 'Bubba Wallace'],
      ['pole', 1, 'Karl Wittmer'], // "on the provisional pole early in the session": first at one moment
      ['pole', 1, 'Harry Gottsacker'],
      ['third', 3, 'Eduardo Gou'],
      ['fifth', 5, 'Chad Gilsinger'],
    ]);
  });

  it('reads no date, time of day, car number, handle or count as a claim', () => {
    expectNoClaimOn(text, claims, [
      '2024-01-25',
      'Jan. 25',
      'January 25, 2024',
      '@critic84',
      'pic.twitter.com/grKUEfNB7Q',
      'No. 23',
      'No. 93',
      'No. 33',
      'No. 99',
      'No. 17',
      '1:45 p.m. ET',
      '1:40 p.m. ET',
      'five minutes to go',
      'other 15 drivers',
      'off of the pole',
    ]);
  });
});
