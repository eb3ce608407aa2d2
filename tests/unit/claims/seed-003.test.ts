import { describe, expect, it } from 'vitest';
import { expectNoClaimOn, extractClaims, readSeed, timingClaims } from './seed';

const text = readSeed('003_d40ddc186b745cfd.txt');
const claims = extractClaims(text);

describe('seed 003: the Roar Before the 24 qualifying, translated copy', () => {
  it('reads every lap-time, gap and speed claim with its qualifier and driver or car', () => {
    expect(timingClaims(claims)).toEqual([
      ['lap_time', "1'32''656'''", 92.656, 'exact', 'Pipo Derani'],
      ['gap', 'a second', 1, 'over', 'Pipo Derani'],
      ['lap_time', "1'33''655''", 93.655, 'exact', 'Oliver Jarvis'],
      ['lap_time', "1'38''501'''", 98.501, 'exact', '#2'],
      ['gap', '1 tenth', 0.1, 'approx', 'Nick Boulle'],
      ['lap_time', "1'44''382''", 104.382, 'exact', 'Priaulx'],
      ['gap', '80 thousandths', 0.08, 'exact', 'Jack Hawksworth'],
    ]);
  });

  it('measures Derani’s margin against Blomqvist’s lap of the 2023 edition', () => {
    const gap = claims.find((claim) => claim.text === 'a second');
    expect(gap).toMatchObject({ reference: 'Tom Blomqvist', direction: 'ahead', sessionHint: 'last-year' });
  });

  it('reads the trailing gaps as behind', () => {
    const trailing = claims.filter((claim) => claim.kind === 'gap' && claim.direction === 'behind');
    expect(trailing.map((claim) => claim.text)).toEqual(['1 tenth', '80 thousandths']);
  });

  it('reads class places with their class', () => {
    const places = claims.filter((claim) => claim.kind === 'position' && claim.scope !== null);
    expect(places.map((place) => [place.text, place.value, place.scope])).toContainEqual(['fifth', 5, 'GTD-Pro']);
    expect(places.map((place) => [place.text, place.value, place.scope])).toContainEqual(['fourth', 4, 'GTD']);
    // "Lexus stands out, second in GTD-Pro": the Lexus, set off by a comma, with its class after.
    const lexus = places.find((place) => place.sentence.includes('Lexus stands out'));
    expect(lexus && [lexus.text, lexus.value, lexus.scope]).toEqual(['second', 2, 'GTD-Pro']);
  });

  it('reads the glued "Porschethird on the grid" as third for the Penske #7', () => {
    const third = claims.find((claim) => claim.text === 'third');
    expect(third).toMatchObject({ kind: 'position', value: 3, subject: '#7', sessionHint: 'qualifying' });
    expect(text.slice(third?.start, third?.end)).toBe('third');
    expect(text.slice((third?.start ?? 0) - 7, third?.end)).toBe('Porschethird');
  });

  it('reads "Third row" as fifth or sixth place, about no one it can be sure of', () => {
    const thirdRow = text.indexOf('Third row');
    expect(claims.filter((claim) => claim.start === thirdRow)).toMatchObject([{ kind: 'position', placeRange: [5, 6], subjectSure: false }]);
  });

  it('reads no time of day, date, year, model or car number as a claim', () => {
    expectNoClaimOn(text, claims, [
      '2024-01-22',
      '7.40pm',
      'Saturday 27 January',
      '2023 edition',
      '2019 absolute',
      '24 hours',
      'Porsche 963',
      '911 GT3 R',
      '#31',
      '#77',
      'all nine',
    ]);
  });
});
