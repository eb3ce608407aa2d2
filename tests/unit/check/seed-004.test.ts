import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckContext, CheckReport } from '../../../src/domain/check';
import { checkSeed, contradictedFigures, expectVerdicts } from './seed-check';
import { loadSessions, ROAR_2024 } from './timing-data';

let report: CheckReport;

beforeAll(async () => {
  const { sessions, tracks } = await loadSessions([ROAR_2024]);
  const context: CheckContext = { sessions, mainSessionId: sessions[0].id, tracks, roster: [] };
  ({ report } = checkSeed('004_1efd8eb26c86836d.txt', context));
}, 60_000);

describe('seed 004 (RaceCanada round-up) against the Roar 2024 qualifying files', () => {
  it('confirms every class position of the Canadians, and the overall places counted among the GT cars', () => {
    expectVerdicts(report, [
      { text: 'P1', verdict: 'confirmed', expected: 1 },
      { text: 'P3', verdict: 'confirmed', expected: 3 },
      { text: 'P4', occurrence: 4, verdict: 'confirmed', expected: 4 },
      { text: 'P6', occurrence: 2, verdict: 'confirmed', expected: 6 },
      { text: 'P5', verdict: 'confirmed', expected: 5 },
      { text: 'P7', occurrence: 2, verdict: 'confirmed', expected: 7 },
      { text: 'P9', occurrence: 1, verdict: 'confirmed', expected: 9 },
      { text: 'P15', verdict: 'confirmed', expected: 15 },
      { text: 'P14', verdict: 'confirmed', expected: 14 },
      { text: 'P9', occurrence: 2, verdict: 'confirmed', expected: 9 },
      { text: 'P13', occurrence: 2, verdict: 'confirmed', expected: 13 },
      { text: 'P17', verdict: 'confirmed', expected: 17 },
      { text: 'P18', verdict: 'confirmed', expected: 18 },
      { text: 'P22', verdict: 'confirmed', expected: 22 },
      { text: 'P13', occurrence: 3, verdict: 'confirmed', expected: 13 },
    ]);
  });

  it('contradicts the overall places from #13 down, which match neither the GT order nor the whole field', () => {
    // #13 is 42nd of the session and 20th of the GT cars; #65 45th/23rd; #64 50th/28th; #57 52nd/30th; #32 53rd/31st; #27 57th/35th.
    expectVerdicts(report, [
      { text: 'P24', verdict: 'contradicted', expected: 20, suggestion: 'P20' },
      { text: 'P26', verdict: 'contradicted', expected: 23, suggestion: 'P23' },
      { text: 'P41', verdict: 'contradicted', expected: 28, suggestion: 'P28' },
      { text: 'P43', verdict: 'contradicted', expected: 30, suggestion: 'P30' },
      { text: 'P44', verdict: 'contradicted', expected: 31, suggestion: 'P31' },
      { text: 'P48', verdict: 'contradicted', expected: 35, suggestion: 'P35' },
    ]);
  });

  it('contradicts nothing else, and leaves every other figure unverifiable for a reason the data gives', () => {
    expect(contradictedFigures(report)).toEqual(['P24', 'P26', 'P41', 'P43', 'P44', 'P48']);
    const others = report.claims.filter((claim) => claim.verdict === 'unverifiable');
    for (const claim of others) expect(claim.reason).toMatch(/^it is about the (VP Racing SportsCar Challenge|Michelin Pilot Challenge); the timing loaded is IMSA's Roar Before the 24$|is not in Roar Before the 24 Qualifying$/);
    expect(report.claims.filter((claim) => claim.verdict === 'confirmed')).toHaveLength(15);
  });

  it('leaves the support-series practice and races unverifiable, naming the series the timing does not cover', () => {
    const vp = "it is about the VP Racing SportsCar Challenge; the timing loaded is IMSA's Roar Before the 24";
    expectVerdicts(report, [
      { text: '0.150', verdict: 'unverifiable', reason: vp },
      { text: 'P4', occurrence: 1, verdict: 'unverifiable', reason: vp },
      { text: 'inside row five', verdict: 'unverifiable', reason: vp },
      { text: 'P10', verdict: 'unverifiable', reason: "it is about the Michelin Pilot Challenge; the timing loaded is IMSA's Roar Before the 24" },
    ]);
  });

  it('flags the misspelt driver and team names', () => {
    expect(report.names.map((name) => [name.text, name.suggestion])).toEqual([
      ['Anthony Mantell', 'Anthony Mantella'],
      ['Mutimatic', 'Multimatic'],
    ]);
  });
});
