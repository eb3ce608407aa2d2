import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { formatLapTime } from '../../../src/domain/timing';
import { eventContext, F1, mainSessionContext, SEBRING_2024 } from './timing-data';

// Sebring 2024 qualifying: Dennis Andersen's #20 (LMP2) did 1:57.731, 1:55.454 (his best), 1:55.512, and 1:54.798 and
// 1:55.313, both deleted.
let qualifying: CheckContext;

beforeAll(async () => {
  qualifying = await mainSessionContext(SEBRING_2024, /qualifying/i);
}, 60_000);

const lapIn = (text: string) => new Checker(qualifying).checkText(text).claims.find((claim) => claim.kind === 'lap_time');

describe('a lap time told at one moment of the session', () => {
  it('is refuted when it is quicker than any lap the driver did, whatever the moment', () => {
    const lap = lapIn('Early on, Dennis Andersen moved to the top of LMP2 with a lap of 1:54.412.');
    expect(lap).toMatchObject({ subject: 'Dennis Andersen', verdict: 'contradicted', expected: 115.454 });
  });

  it('is borne out by a lap the driver did, even one deleted later', () => {
    expect(lapIn('Early on, Dennis Andersen moved to the top of LMP2 with a lap of 1:54.798.')?.verdict).toBe('confirmed');
    expect(lapIn('Early on, Dennis Andersen moved to the top of LMP2 with a lap of 1:55.512.')?.verdict).toBe('confirmed');
  });

  it('is not refuted when slower than his best, as the order of that moment is not in the data', () => {
    expect(lapIn('Early on, Dennis Andersen moved to the top of LMP2 with a lap of 1:56.120.')?.verdict).toBe('unverifiable');
  });
});

describe('a lap told at one moment of F1 qualifying, whose tables keep each part’s best only', () => {
  it('is not refuted when quicker than the part’s best: a lap deleted for track limits leaves no trace there', async () => {
    const singapore = await eventContext([F1], { race: '2014 Singapore' });
    const qualifying = singapore.sessions.find((session) => session.kind === 'qualifying')!;
    const hamilton = qualifying.results!.find((result) => result.position === 1)!;
    const q1 = hamilton.qualifyingPartSeconds![0]!;
    const quicker = formatLapTime(q1 - 0.3);
    const lap = new Checker(singapore).checkText(`Early in Q1, Lewis Hamilton moved to the top of the order with a lap of ${quicker}.`).claims.find((claim) => claim.kind === 'lap_time');
    expect(lap).toMatchObject({ subject: 'Lewis Hamilton', verdict: 'unverifiable' });
  });
});
