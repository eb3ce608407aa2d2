import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { readSpread } from '../../../src/domain/check/rules/spread';
import { mainSessionContext, ROAR_2024 } from './timing-data';

let qualifying: CheckContext;
// The spread of the GTP class's three best laps, read off the stored session itself.
let gtpTopThree: number;

beforeAll(async () => {
  qualifying = await mainSessionContext(ROAR_2024, /qualifying/i);
  const gtp = qualifying.sessions[0].results.filter((result) => result.className === 'GTP' && result.bestLapSeconds !== null);
  gtpTopThree = gtp[2].bestLapSeconds! - gtp[0].bestLapSeconds!;
}, 60_000);

const gapIn = (text: string) => new Checker(qualifying).checkText(text).claims.find((claim) => claim.kind === 'gap');

describe('a spread over the top of the order ("the top eight were separated by 0.815s")', () => {
  it('is read before a gap that names no one, with its count and class', () => {
    expect(readSpread({ kind: 'gap', text: '0.815 seconds', sentence: 'The top eight GTP cars were separated by only 0.815 seconds.' })).toEqual({ count: 8, className: 'GTP' });
    expect(readSpread({ kind: 'gap', text: '.157 seconds', sentence: 'The top four were separated by a total margin of .157 seconds.' })).toEqual({ count: 4, className: null });
    expect(readSpread({ kind: 'gap', text: '0.2s', sentence: 'Derani was 0.2s clear of the top four.' })).toBeNull();
  });

  it('takes the class named after the cars, and a bound "within" a round figure', () => {
    expect(readSpread({ kind: 'gap', text: 'a second', sentence: 'The top five cars in GTP were within a second of each other.' })).toEqual({ count: 5, className: 'GTP' });
    expect(readSpread({ kind: 'gap', text: 'a second', sentence: 'The top six GTD machines lapped within a second of the pole.' })).toEqual({ count: 6, className: 'GTD' });
    const bound = Math.ceil(gtpTopThree);
    const within = gapIn(`Qualifying was close. The top three cars in GTP were within ${bound} seconds of each other.`);
    expect(within).toMatchObject({ qualifier: 'under', verdict: 'confirmed' });
  });

  it('is not worked out for a race, where it would be of race time', () => {
    const race = { ...qualifying, sessions: qualifying.sessions.map((session) => ({ ...session, kind: 'race' as const })) };
    const gap = new Checker(race).checkText('The top three GTP cars were separated by 9.000 seconds.').claims.find((claim) => claim.kind === 'gap');
    expect(gap).toMatchObject({ verdict: 'unverifiable', reason: expect.stringMatching(/^a spread over the top of a race/) });
  });

  it('is checked from the first to the last of them in the class', () => {
    const stated = gtpTopThree.toFixed(3);
    expect(gapIn(`Qualifying was close. The top three GTP cars were separated by ${stated} seconds.`)).toMatchObject({ verdict: 'confirmed' });
    const wrong = (gtpTopThree + 0.5).toFixed(3);
    expect(gapIn(`Qualifying was close. The top three GTP cars were separated by ${wrong} seconds.`)).toMatchObject({ verdict: 'contradicted', reason: expect.stringMatching(/^the top 3 were/) });
  });
});

describe('whom a spread is about', () => {
  it('is the last of the cars it spans, measured against the first, by car number for a crew', () => {
    const gtp = qualifying.sessions[0].results.filter((result) => result.className === 'GTP' && result.bestLapSeconds !== null);
    const gap = gapIn(`Qualifying was close. The top three GTP cars were separated by ${gtpTopThree.toFixed(3)} seconds.`);
    expect(gap).toMatchObject({ subject: `#${gtp[2].car}`, reference: `#${gtp[0].car}` });
  });

  it('overrides a subject named in another clause when no reference is named', () => {
    const gap = gapIn(`Ricky Taylor took third in a session in which the top three GTP cars were covered by ${gtpTopThree.toFixed(3)} seconds.`);
    expect(gap).toMatchObject({ verdict: 'confirmed', reference: expect.stringMatching(/^#/) });
  });
});

describe('a spread told with the figure first ("just 0.3s covered the top ten")', () => {
  it('reads the count after the verb, and a whole group as no top of the order', () => {
    expect(readSpread({ kind: 'gap', text: '0.3s', sentence: 'Just 0.3s covered the top ten.' })).toEqual({ count: 10, className: null, whole: false });
    expect(readSpread({ kind: 'gap', text: 'three tenths', sentence: 'Less than three tenths of a second separated all 11 drivers in the group.' })).toEqual({ count: 11, className: null, whole: true });
    expect(readSpread({ kind: 'gap', text: '0.3s', sentence: 'Taylor was 0.3s quicker than the top ten managed.' })).toBeNull();
  });

  it('is checked from the first to the last of the top of the order', () => {
    const field = qualifying.sessions[0].results.filter((result) => result.bestLapSeconds !== null);
    const topFour = field[3].bestLapSeconds! - field[0].bestLapSeconds!;
    expect(gapIn(`Qualifying was close: just ${topFour.toFixed(3)} seconds covered the top four.`)).toMatchObject({ verdict: 'confirmed' });
    expect(gapIn(`Qualifying was close: just ${(topFour + 0.4).toFixed(3)} seconds covered the top four.`)).toMatchObject({ verdict: 'contradicted' });
  });

  it('takes the gap from a driver named in the clause before, and leaves a group of the field unverifiable', () => {
    const text = 'Ricky Taylor missed the cut by 0.009s, as less than three tenths covered all 11 drivers in his group.';
    const [cut, spread] = new Checker(qualifying).checkText(text).claims.filter((claim) => claim.kind === 'gap');
    expect(cut).toMatchObject({ text: '0.009s', subject: 'Ricky Taylor' });
    expect(spread).toMatchObject({ text: 'three tenths', verdict: 'unverifiable', subject: null });
  });
});
