import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { F1, loadSessions } from './timing-data';

// 2023 Hungarian Grand Prix qualifying: Hamilton on pole by 0.003s from Verstappen, Norris third.
let hungary: CheckContext;

beforeAll(async () => {
  const f1 = await loadSessions([F1], { race: '2023 Hungarian' });
  const qualifying = f1.sessions.find((session) => session.kind === 'qualifying')!;
  hungary = { ...f1, mainSessionId: qualifying.id, roster: [] };
}, 60_000);

const claimsOf = (text: string) => new Checker(hungary).checkText(text).claims;

describe('a name right after "as" or "while" opens a clause of its own', () => {
  it('holds the place its clause tells, and is not the one the gap before it was measured against', () => {
    const claims = claimsOf('Hamilton claimed pole just 0.003s ahead of the Red Bull driver as Lando Norris slotted into third.');
    expect(claims.find((claim) => claim.text === 'third')).toMatchObject({ subject: 'Lando Norris', verdict: 'confirmed' });
    const gap = claims.find((claim) => claim.text === '0.003s');
    expect(gap?.reference).not.toBe('Lando Norris');
    expect(gap?.verdict).not.toBe('contradicted');
  });

  it('still lets the cue reach the one beaten when no clause opens', () => {
    const gap = claimsOf('Hamilton claimed pole, 0.085s ahead of Lando Norris.').find((claim) => claim.text === '0.085s');
    expect(gap).toMatchObject({ reference: 'Lando Norris', verdict: 'confirmed' });
  });
});

describe('a place a driver slid or tumbled to', () => {
  it('is a moment of the session, which the final order does not refute', () => {
    const fourth = claimsOf('As the track improved, Verstappen slid to fourth place before his final run.').find((claim) => claim.text === 'fourth');
    expect(fourth).toMatchObject({ verdict: 'unverifiable', reason: expect.stringContaining('one moment of the session') });
  });
});
