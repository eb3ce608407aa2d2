import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { loadSessions, ROAR_2023, ROAR_2024 } from './timing-data';

let context: CheckContext;

beforeAll(async () => {
  const { sessions, tracks } = await loadSessions([ROAR_2024, ROAR_2023]);
  const main = sessions.find((session) => session.startTime?.startsWith('2024'));
  context = { sessions, mainSessionId: main?.id ?? null, tracks, roster: [] };
}, 60_000);

describe('which session a claim is checked against', () => {
  it('checks "last year" against the year before the main session when it is stored', () => {
    const [claim] = new Checker(context).checkText("Last year's pole went to Tom Blomqvist in 1:34.031.").claims.filter((checked) => checked.kind === 'lap_time');
    expect(claim.verdict).toBe('confirmed');
    expect(claim.sessionId).toContain('2023');
    expect(claim.evidence).toBe('#60 Meyer Shank Racing w/ Curb Agajanian, Tom Blomqvist, lap 8, 1:34.031');
  });

  it('measures a gap to a lap of another year across the two sessions: 1:32.656 is 1.375 s under 1:34.031', () => {
    const text = "Derani turned in 1'32''656''', lowering Blomqvist's fastest lap of the 2023 edition by over a second.";
    const gap = new Checker(context).checkText(text).claims.find((claim) => claim.kind === 'gap');
    expect(gap).toMatchObject({ text: 'a second', verdict: 'confirmed', expected: 1.375 });
  });

  it('checks everything else against the main session', () => {
    const [claim] = new Checker(context).checkText('Pipo Derani took pole in 1:32.656.').claims.filter((checked) => checked.kind === 'lap_time');
    expect(claim.verdict).toBe('confirmed');
    expect(claim.sessionId).toContain('2024');
  });
});
