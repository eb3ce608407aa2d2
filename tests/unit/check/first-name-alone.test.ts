import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { F1, loadSessions } from './timing-data';

let qualifying: CheckContext;

beforeAll(async () => {
  const f1 = await loadSessions([F1], { race: '2014 Singapore' });
  qualifying = { ...f1, mainSessionId: f1.sessions.find((session) => session.kind === 'qualifying')!.id, roster: [] };
}, 60_000);

const gapIn = (text: string) => new Checker(qualifying).checkText(text).claims.find((claim) => claim.kind === 'gap');

// A first name alone, the surname nowhere in the sentence, may be a word of a team's or another's name ("the Wayne
// Taylor Racing Acura"): it can bear a figure out, never refute it.
describe('a driver named by a first name alone', () => {
  it('never contradicts a gap, where the full name does', () => {
    expect(gapIn('In qualifying Rosberg ended up half a second behind Lewis.')).toMatchObject({ verdict: 'unverifiable', reason: expect.stringContaining('first name alone') });
    expect(gapIn('In qualifying Rosberg ended up half a second behind Lewis Hamilton.')).toMatchObject({ verdict: 'contradicted' });
  });
});
