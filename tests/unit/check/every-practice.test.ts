import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { ROAR_2024_PRACTICE, eventContext } from './timing-data';

// The 2024 Roar's practice: Pipo Derani's #31 was fastest in sessions 2 and 3; Nick Tandy's #6 in session 1.
let roar: CheckContext;

beforeAll(async () => {
  roar = await eventContext([ROAR_2024_PRACTICE]);
}, 60_000);

const withPractices = (...numbers: number[]): CheckContext => {
  const sessions = roar.sessions.filter((session) => numbers.some((number) => session.id.endsWith(`session-${number}`)));
  return { ...roar, sessions, mainSessionId: sessions[0].id };
};
const fastest = (text: string, context: CheckContext) => new Checker(context).checkText(text).claims.find((claim) => claim.text === 'fastest');

describe('first "in every practice session" (half N: "Blomqvist and Jarvis were fastest in every practice session")', () => {
  it('is confirmed where each practice of the event bears it out', () => {
    const claim = fastest('Pipo Derani was fastest in every practice session before qualifying.', withPractices(2, 3));
    expect(claim).toMatchObject({ verdict: 'confirmed', evidence: expect.stringContaining('first in each of the 2 practice sessions') });
  });

  it('goes the usual way where one practice does not: checked against the main one, Tandy’s session 1', () => {
    expect(fastest('Pipo Derani was fastest in every practice session before qualifying.', withPractices(1, 2, 3))?.evidence).not.toContain('first in each');
  });
});
