import { describe, expect, it } from 'vitest';
import { expectNoClaimOn, extractClaims, readSeed, timingClaims } from './seed';

const text = readSeed('000_7e644020b4a2f233.txt');
const claims = extractClaims(text);

describe('seed 000: Lazare’s Pilot Challenge pole at Sebring', () => {
  it('reads every lap-time, gap and speed claim with its qualifier and driver', () => {
    expect(timingClaims(claims)).toEqual([
      ['speed', '103.637 mph', 103.637, 'exact', 'Jesse Lazare'],
      ['gap', '.185 seconds', 0.185, 'exact', 'Jesse Lazare'],
      ['speed', '103.139 mph', 103.139, 'exact', 'Stevan McAleer'],
      ['gap', 'four-tenths of a second', 0.4, 'over', 'Jesse Lazare'],
      ['lap_time', '130 seconds', 130, 'under', 'Jesse Lazare'],
      ['speed', '101.142 mph', 101.142, 'exact', 'Harry Gottsacker'],
      ['gap', '.299 seconds', 0.299, 'exact', 'Harry Gottsacker'],
    ]);
  });

  it('measures each stated gap against the driver behind', () => {
    const gaps = claims.filter((claim) => claim.kind === 'gap' && claim.reference !== null);
    expect(gaps.map((gap) => [gap.text, gap.reference, gap.direction])).toEqual([
      ['.185 seconds', 'Stevan McAleer', 'ahead'],
      ['.299 seconds', 'Chris Miller', 'ahead'],
    ]);
  });

  it('reads the starting places of the drivers it names', () => {
    const places = claims.filter((claim) => claim.kind === 'position');
    expect(places.map((place) => [place.text, place.value, place.subject])).toEqual([
      ['pole', 1, 'Jesse Lazare'],
      ['fastest', 1, 'Stevan McAleer'], // "who was fastest in practice Thursday morning"
      ['third', 3, 'Paul Holton'],
      ['fourth', 4, 'Josh Green'],
      ['fifth', 5, 'Rory van der Steur'],
      ['pole', 1, 'Chris Miller'], // "took his Audi to the provisional pole": first at one moment
      ['pole', 1, 'Harry Gottsacker'], // "to take the provisional pole", then "took the pole"
      ['pole', 1, 'Harry Gottsacker'],
      ['third', 3, 'Mason Filippi'],
      ['fourth', 4, 'Taylor Hagler'],
      ['fifth', 5, 'Louis-Philippe Montour'],
      ['ninth', 9, 'Jenson Altzman'],
    ]);
  });

  it('reads no time of day, date, race name or count as a claim', () => {
    expectNoClaimOn(text, claims, [
      '3/13/2024',
      'March 14',
      '3:15 p.m. ET',
      '3:10 p.m. ET',
      'Network 120',
      'from 2019',
      'other 13 drivers',
      'three minutes',
      'third pole in the last four',
    ]);
  });
});
