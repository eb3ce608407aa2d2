import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { F1, loadSessions } from './timing-data';

let fromFile: CheckContext;
let fromLaps: CheckContext;

beforeAll(async () => {
  const f1 = await loadSessions([F1], { race: '2014 Singapore' });
  const race = f1.sessions.find((session) => session.kind === 'race')!;
  fromFile = { ...f1, mainSessionId: race.id, roster: [] };
  // The same race as a lap analysis would give it: an order worked out from laps, the one on the road.
  const sessions = f1.sessions.map((session) => (session === race ? { ...session, resultsFrom: 'laps' as const } : session));
  fromLaps = { ...f1, sessions, mainSessionId: race.id, roster: [] };
}, 60_000);

const placeIn = (context: CheckContext, text: string, figure: string) => new Checker(context).checkText(text).claims.find((claim) => claim.text === figure);

describe('a place the order took after a penalty', () => {
  const text = 'Fernando Alonso became fourth following a post-race penalty for the Williams ahead.';

  it('is neither borne out nor refuted by an order worked out from laps, which is the one on the road', () => {
    expect(placeIn(fromLaps, text, 'fourth')).toMatchObject({ verdict: 'unverifiable', reason: expect.stringContaining('after a penalty') });
    expect(placeIn(fromLaps, 'Fernando Alonso finished fourth in the race.', 'fourth')).toMatchObject({ verdict: 'confirmed' });
  });

  it('is checked against a classification a results file gives', () => {
    expect(placeIn(fromFile, text, 'fourth')).toMatchObject({ verdict: 'confirmed' });
  });
});

describe('a place on the road that a penalty then changed', () => {
  const text = 'Fernando Alonso crossed the line in fourth, but his car received a time penalty for track limits.';

  it('is borne out by an order worked out from laps, which is the one on the road', () => {
    expect(placeIn(fromLaps, text, 'fourth')).toMatchObject({ verdict: 'confirmed' });
  });

  it('is not held against a classification a results file gives, the order after the penalty', () => {
    expect(placeIn(fromFile, text, 'fourth')).toMatchObject({ verdict: 'unverifiable', reason: expect.stringContaining('order on the road') });
  });
});
