import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckContext, CheckReport } from '../../../src/domain/check';
import { checkSeed, contradictedFigures, expectVerdicts } from './seed-check';
import { loadSessions, ROAR_2024 } from './timing-data';

let report: CheckReport;
let text: string;

beforeAll(async () => {
  const { sessions, tracks } = await loadSessions([ROAR_2024]);
  const context: CheckContext = { sessions, mainSessionId: sessions[0].id, tracks, roster: [] };
  ({ report, text } = checkSeed('003_d40ddc186b745cfd.txt', context));
}, 60_000);

describe('seed 003 (Roar 2024 qualifying, Italian agency copy) against the Roar qualifying files', () => {
  it('confirms what the files bear out and corrects #19, fourth in GTDPRO behind #77, #14 and #3', () => {
    expectVerdicts(report, [
      { text: 'front row', verdict: 'confirmed', expected: 1 },
      { text: 'pole position', occurrence: 1, verdict: 'confirmed', expected: 1 },
      { text: 'first', verdict: 'confirmed', expected: 1 },
      { text: "1'32''656'''", verdict: 'confirmed', expected: 92.656 },
      { text: "1'38''501'''", verdict: 'confirmed', expected: 98.501 },
      { text: 'pole', verdict: 'confirmed' },
      { text: '1 tenth', verdict: 'confirmed', expected: 0.102 },
      { text: 'tenth', verdict: 'confirmed', expected: 10 },
      { text: "1'44''382''", verdict: 'confirmed', expected: 104.382 },
      { text: '80 thousandths', verdict: 'confirmed', expected: 0.08 },
      { text: 'Second', occurrence: 1, verdict: 'confirmed', expected: 2 },
      { text: 'Second', occurrence: 2, verdict: 'confirmed', expected: 2 },
      { text: 'fifth', verdict: 'contradicted', expected: 4, suggestion: 'fourth' },
      { text: 'fourth', verdict: 'confirmed', expected: 4 },
      { text: 'sixth', verdict: 'confirmed', expected: 6 },
    ]);
  });

  it('confirms the other three pole positions: Derani overall, #77 in GTD Pro and #12 in GTD', () => {
    expectVerdicts(report, [
      { text: 'pole position', occurrence: 2, verdict: 'confirmed', expected: 1 },
      { text: 'pole position', occurrence: 3, verdict: 'confirmed', expected: 1 },
      { text: 'pole position', occurrence: 4, verdict: 'confirmed', expected: 1 },
    ]);
  });

  it('contradicts nothing else, and leaves only the record, the 2023 comparison and a row with no sure subject unverifiable', () => {
    expect(contradictedFigures(report)).toEqual(['fifth']);
    expect(report.claims.filter((claim) => claim.verdict === 'unverifiable').map((claim) => claim.text)).toEqual(['a second', "1'33''655''", 'Third row']);
  });

  it('names the row each pole lap comes from, with the driver the laps file names', () => {
    const evidence = (figure: string) => report.claims.find((claim) => claim.text === figure)?.evidence;
    expect(evidence("1'32''656'''")).toBe('#31 Whelen Engineering Cadillac Racing, Pipo Derani, lap 5, 1:32.656');
    expect(evidence("1'38''501'''")).toBe('#2 United Autosports USA, Ben Keating, lap 4, 1:38.501');
    expect(evidence("1'44''382''")).toBe('#77 AO Racing, Seb Priaulx, lap 4, 1:44.382');
  });

  it('confirms second place for "#1 of Cadillac Racing" by the car meant, #01, and says the number is a slip', () => {
    // #1 is Paul Miller Racing's BMW; Cadillac Racing's #01 was second. The names panel offers #01 for the #1.
    expectVerdicts(report, [
      { text: 'second', occurrence: 2, verdict: 'confirmed', expected: 2, suggestion: null, reason: "checked against #01: #1 is Paul Miller Racing's BMW M4 GT3 (GTDPRO); Cadillac Racing's car is #01" },
      { text: 'second', occurrence: 3, verdict: 'confirmed', expected: 2 },
      { text: 'fifth', verdict: 'contradicted' },
    ]);
  });

  it('confirms "Lexus stands out, second in GTD-Pro" by the Lexus that was second there, #14', () => {
    expectVerdicts(report, [{ text: 'second', occurrence: 1, verdict: 'confirmed', expected: 2 }]);
    expect(report.claims.find((claim) => claim.text === 'second')?.evidence).toContain('#14 VasserSullivan');
  });

  it('leaves the 2019 record and the gap to the 2023 lap unverifiable, saying why', () => {
    const about = (figure: string) => report.claims.find((claim) => claim.text === figure);
    expect(about("1'33''655''")).toMatchObject({ verdict: 'unverifiable', reason: 'records are not stored, only the linked sessions' });
    expect(about('a second')).toMatchObject({ verdict: 'unverifiable', reason: 'no 2023 qualifying session of Roar Before the 24 is stored' });
  });

  it('flags the misspelt names and the car numbers that belong to other cars, with what the data says', () => {
    const names = report.names.map((name) => [name.text, name.suggestion]);
    expect(names).toEqual([
      ['Wehlen', 'Whelen'],
      ['Dirani', 'Derani'],
      ['#1', '#01'],
      ['#1', '#01'],
      ['Connor De Philippi', 'Connor De Phillippi'],
      ['#7', '#25'],
      ['#5', '#40'],
      ['Autosport', 'Autosports'],
      ['Bacher', 'Bachler'],
      ['Cetliar', 'Cetilar'],
      ['#23', '#023'],
    ]);
    for (const name of report.names) expect(text.slice(name.start, name.end)).toBe(name.text);
  });
});
