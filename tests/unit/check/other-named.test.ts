import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckContext } from '../../../src/domain/check';
import { checkClaim } from '../../../src/domain/check/check-claim';
import { namedNear, withoutOwners } from '../../../src/domain/check/other-named';
import { claimOf } from './claim-of';
import { F1, loadSessions } from './timing-data';
import { NO_HINT } from './hints';

// A contradiction needs evidence of the very driver the figure is about: when another driver named near it bears
// it out, the subject may have been misread ("The Finn clocked …"). Singapore 2014 qualifying: Hamilton 1:45.681,
// Rosberg 1:45.688.
let qualifying: CheckContext;

beforeAll(async () => {
  const f1 = await loadSessions([F1], { race: '2014 Singapore' });
  qualifying = { ...f1, mainSessionId: f1.sessions.find((session) => session.kind === 'qualifying')!.id, roster: [] };
}, 60_000);

describe('people named near a figure', () => {
  it('are read from its sentence and the one before, leaving out the one said to be beaten', () => {
    const text = 'Nico Rosberg and Lewis Hamilton fought all session.\nThe German took pole ahead of Daniel Ricciardo in 1:45.9.';
    // A lone capitalised word may be a surname ("German" here is not; the check asks the timing whose it is).
    expect(namedNear(text, { start: text.indexOf('1:45.9') })).toEqual(['Nico Rosberg', 'Lewis Hamilton', 'German']);
  });

  it('leave out one beaten, however many words of car and team stand between', () => {
    const text = 'Felipe Massa took fifth ahead of the second Ferrari run by the Scuderia for Kimi Raikkonen.';
    expect(namedNear(text, { start: text.indexOf('fifth') })).toEqual(['Felipe Massa']);
  });

  it('leave out whoever owns a figure of the same kind in the sentence', () => {
    const sentence = 'Hamilton lapped in 1:45.681 and Rosberg in 1:45.688.';
    const first = claimOf({ kind: 'lap_time', text: '1:45.681', value: 105.681, subject: 'Lewis Hamilton', sentence });
    const second = claimOf({ kind: 'lap_time', text: '1:45.688', value: 105.688, subject: 'Nico Rosberg', sentence });
    expect(withoutOwners({ ...NO_HINT, named: ['Hamilton', 'Rosberg'] }, first, [first, second]).named).toEqual(['Hamilton']);
  });
});

describe('a figure another named driver bears out', () => {
  const time = claimOf({ kind: 'lap_time', text: '1:45.681', value: 105.681, subject: 'Nico Rosberg' });

  it('is that driver’s when it is exactly their lap to the thousandth', () => {
    const checked = checkClaim(time, { ...NO_HINT, named: ['Lewis Hamilton', 'Nico Rosberg'] }, qualifying);
    expect(checked).toMatchObject({ verdict: 'confirmed', subject: 'Lewis Hamilton' });
    expect(checked.reason).toBe("read as Lewis Hamilton's, named beside it: Nico Rosberg does not bear it out");
  });

  it('is no contradiction when the subject was read for sure and the figure is a place or a rounder time: the text may mean that driver', () => {
    const place = claimOf({ kind: 'position', text: 'second', value: 2, subject: 'Lewis Hamilton' });
    const rounded = claimOf({ kind: 'lap_time', text: '1:45.69', value: 105.69, decimals: 2, subject: 'Lewis Hamilton' });
    for (const claim of [place, rounded]) {
      const checked = checkClaim(claim, { ...NO_HINT, part: 3, named: ['Lewis Hamilton', 'Nico Rosberg'] }, qualifying);
      expect(checked.verdict).toBe('unverifiable');
      expect(checked.reason).toMatch(/^Nico Rosberg, named beside it, bears it out/);
    }
  });

  it('is that driver’s when the subject was only a guess', () => {
    const guessed = claimOf({ kind: 'position', text: 'second', value: 2, subject: 'Lewis Hamilton', subjectSure: false });
    expect(checkClaim(guessed, { ...NO_HINT, part: 3, named: ['Lewis Hamilton', 'Nico Rosberg'] }, qualifying)).toMatchObject({ verdict: 'confirmed', subject: 'Nico Rosberg' });
  });

  it('is contradicted when its subject is a car named by its number', () => {
    const byCar = claimOf({ kind: 'lap_time', text: '1:45.681', value: 105.681, subject: '#6' });
    expect(checkClaim(byCar, { ...NO_HINT, named: ['Lewis Hamilton'] }, qualifying).verdict).toBe('contradicted');
  });

  it('is contradicted when only its subject is named', () => {
    expect(checkClaim(time, { ...NO_HINT, named: ['Nico Rosberg'] }, qualifying).verdict).toBe('contradicted');
  });
});
