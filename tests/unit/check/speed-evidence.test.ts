import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { loadSessions, ROAR_2024_PRACTICE } from './timing-data';

// IMSA reports give a lap as its speed: the session whose best laps give the report's speeds is the one it is
// about, as the session holding its lap times would be. Roar 2024: session 3 led by the #31 at 134.379 mph and the
// #85 at 134.342; session 4 by the #85 at 134.599 mph and the #5 at 134.439.
let roar: CheckContext;

beforeAll(async () => {
  const data = await loadSessions([ROAR_2024_PRACTICE]);
  roar = { sessions: data.sessions, mainSessionId: null, tracks: data.tracks, roster: [] };
}, 60_000);

function mainSessionOf(text: string): string | undefined {
  const checker = new Checker(roar);
  checker.checkText(text);
  return roar.sessions.find((session) => session.id === checker.mainSessionId)?.name;
}

describe('the session a report of lap speeds is about', () => {
  it('is the one whose best laps give its speeds', () => {
    expect(mainSessionOf('The #31 Cadillac topped the order at 134.379 mph.\n\nThe #85 Porsche was next at 134.342 mph.')).toBe('Session 3');
    expect(mainSessionOf('The #85 Porsche topped the order at 134.599 mph.\n\nThe #5 Porsche was next at 134.439 mph.')).toBe('Session 4');
  });

  it('is left to the words when no speed tells', () => {
    expect(mainSessionOf('The #85 Porsche topped the order.')).toBe('Session 1');
  });
});
