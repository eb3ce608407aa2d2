import { describe, expect, it } from 'vitest';
import { expectNoClaimOn, extractClaims, readSeed, timingClaims } from './seed';

const text = readSeed('004_1efd8eb26c86836d.txt');
const claims = extractClaims(text);

describe('seed 004: RaceCanada’s Canadians at the Roar', () => {
  it('reads the one gap claim, Lazare just 0.150 off the top spot in practice', () => {
    expect(timingClaims(claims)).toEqual([['gap', '0.150', 0.15, 'exact', 'Jesse Lazare']]);
    expect(claims.find((claim) => claim.kind === 'gap')).toMatchObject({
      direction: 'behind',
      sessionHint: 'practice',
    });
  });

  it('reads grid rows as places: inside row five is ninth, inside row six eleventh', () => {
    const rows = claims.filter((claim) => claim.notation === 'row');
    expect(rows.map((row) => [row.text, row.value, row.subject])).toEqual([
      ['inside row five', 9, 'George Staikos'],
      ['inside row six', 11, 'Jesse Lazare'],
    ]);
  });

  it('reads "P1 GTD / P3 overall" lines as a class place and an overall place', () => {
    const thompson = claims.filter((claim) => claim.subject === 'Parker Thompson');
    expect(thompson.map((claim) => [claim.text, claim.scope])).toEqual([
      ['P1', 'GTD'],
      ['P3', 'overall'],
    ]);
  });

  it('reads no time of day, date, car number, count or duration as a claim', () => {
    expectNoClaimOn(text, claims, [
      'January 24, 2024',
      'January 20 at 2:05pm',
      'January 21 at 12:20pm',
      '1:15 PM to 1:50 PM ET',
      'Jan 25 - 4:10pm - 5:00pm',
      'Jan 26 - 10:10am - 11:00am',
      'Jan 26 - 1:40pm - 5:45pm',
      'Jan 27 - 1:30pm',
      '24/7',
      '24012402a',
      'JS P320',
      'Duqueine D08',
      '#61',
      '# 61',
      'six laps',
      'only 2 laps',
      'just under eight minutes',
      'second-place finisher',
    ]);
  });
});
