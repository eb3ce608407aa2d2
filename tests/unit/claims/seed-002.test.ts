import { describe, expect, it } from 'vitest';
import { expectNoClaimOn, extractClaims, readSeed, timingClaims } from './seed';

const text = readSeed('002_0a3212d7f48ef562.txt');
const claims = extractClaims(text);

describe('seed 002: Jeansonne’s MX-5 Cup pole at VIR', () => {
  it('reads every lap-time, gap and speed claim with its qualifier and driver', () => {
    expect(timingClaims(claims)).toEqual([
      ['lap_time', '2:06.544 seconds', 126.544, 'exact', 'Aaron Jeansonne'],
      ['gap', '0.076-second', 0.076, 'exact', 'Aaron Jeansonne'],
    ]);
  });

  it('measures the gap against Connor Zilisch, named after the comparison', () => {
    const gap = claims.find((claim) => claim.kind === 'gap');
    expect(gap).toMatchObject({ reference: 'Connor Zilisch', direction: 'ahead', decimals: 3 });
  });

  it('reads "jumped to pole position" as Jeansonne’s first place', () => {
    expect(claims).toContainEqual(
      expect.objectContaining({ kind: 'position', text: 'pole position', value: 1, subject: 'Aaron Jeansonne' }),
    );
  });

  it('reads no date, time of day, car number, duration or code as a claim', () => {
    expectNoClaimOn(text, claims, [
      'August 26, 2023',
      '23-MX5-VIR-Qual',
      'No. 24',
      'No. 72',
      '1:30pm ET',
      '45-minute',
      'Round 11',
      '4.24.24',
      '3.19.24',
      '3.15.24',
      '3.14.24',
      '3.13.24',
      'run P1',
      'pole time',
    ]);
  });
});
