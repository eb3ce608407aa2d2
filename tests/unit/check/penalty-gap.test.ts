import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { formatLapTime } from '../../../src/domain/timing';
import { loadSessions, SHARED } from './timing-data';

// The 2024 Le Mans lap analysis: the gap at the flag of the car classified second, as driven.
let leMans: CheckContext;
let car: string;
let gap: number;

beforeAll(async () => {
  const { sessions, tracks } = await loadSessions([join(SHARED, 'data/wec/le_mans_24h.csv')]);
  leMans = { sessions, mainSessionId: sessions[0].id, tracks, roster: [] };
  const second = sessions[0].results!.find((result) => result.position === 2 && result.gapFirstSeconds !== null)!;
  car = second.car;
  gap = second.gapFirstSeconds!;
}, 60_000);

const gapIn = (seconds: number) =>
  new Checker(leMans).checkText(`The No. ${car} car finished second, +${formatLapTime(seconds)} behind the winner.`).claims.find((claim) => claim.kind === 'gap');

describe('a finishing gap told to the thousandth', () => {
  it('is borne out by the gap at the flag', () => expect(gapIn(gap)?.verdict).toBe('confirmed'));

  it('is not refuted when it is exactly a time penalty more than the gap as driven', () => {
    const told = gapIn(gap + 5);
    expect(told?.verdict).toBe('unverifiable');
    expect(told?.reason).toMatch(/exactly 5 s .* time penalty/);
  });

  it('is refuted when it is off by a time no penalty gives', () => expect(gapIn(gap + 5.2)?.verdict).toBe('contradicted'));
});
