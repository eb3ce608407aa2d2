import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { F1, loadSessions, ROAR_2024_PRACTICE } from './timing-data';

let roarPractice: CheckContext;
let singapore: CheckContext;

beforeAll(async () => {
  const practice = await loadSessions([ROAR_2024_PRACTICE]);
  roarPractice = { ...practice, mainSessionId: null, roster: [] };
  const f1 = await loadSessions([F1], { race: '2014 Singapore' });
  singapore = { ...f1, mainSessionId: null, roster: [] };
}, 60_000);

const checkOne = (context: CheckContext, text: string) => new Checker(context).checkText(text).claims;

describe('the session a report is about, among a whole event folder', () => {
  it('is the one holding its lap times: the night session for Palou’s 1m35.705s, not the first in the folder', () => {
    const checker = new Checker(roarPractice);
    const [claim] = checker.checkText('Palou lapped the 3.56-mile road course in 1m35.705s in Chip Ganassi Racing’s Cadillac.').claims;
    expect(claim).toMatchObject({ verdict: 'confirmed', evidence: expect.stringContaining('Alex Palou') });
    expect(roarPractice.sessions.find((session) => session.id === checker.mainSessionId)?.name).toMatch(/5$/);
  });

  it('is left to the order given when no lap time tells, and a numbered practice is checked against that one', () => {
    const checker = new Checker(roarPractice);
    checker.checkText('Cadillac led the way at Daytona.');
    expect(checker.mainSessionId).toBe(roarPractice.sessions[0].id);
    const text = 'Cadillac led the way. In Practice 5, Palou was fastest in 1m35.705s.';
    expect(checkOne({ ...roarPractice, mainSessionId: roarPractice.sessions[0].id }, text)[0].verdict).toBe('confirmed');
  });

  it('never contradicts a figure from one moment of the session', () => {
    const text = 'Palou lapped in 1m35.705s. After 15 minutes, Renger van der Zande was a tenth clear of Filipe Albuquerque.';
    const gap = checkOne(roarPractice, text).find((claim) => claim.kind === 'gap');
    expect(gap).toMatchObject({ verdict: 'unverifiable', reason: expect.stringContaining('one moment of the session') });
  });

  it('does not refute a place the text says penalties changed', () => {
    // Singapore 2014: Vettel qualified fourth.
    const plain = checkOne(singapore, 'Hamilton took pole in qualifying, and Sebastian Vettel will start third.').find((claim) => claim.text === 'third');
    expect(plain).toMatchObject({ verdict: 'contradicted', expected: 4 });
    const penalised = checkOne(singapore, 'By virtue of the penalty, Hamilton inherited the pole in qualifying, and Sebastian Vettel will start third.').find((claim) => claim.text === 'third');
    expect(penalised).toMatchObject({ verdict: 'unverifiable', reason: 'the text says penalties changed the order; the timing holds the order on time' });
  });

  it('holds a change of order narrated through the session as a moment, not the result', () => {
    for (const text of [
      'Palou lapped in 1m35.705s. Filipe Albuquerque took P1 from him but his lap was only a 1m36.810s.',
      'Palou lapped in 1m35.705s. Albuquerque was quicker on his second lap, a 1m36.255s.',
      'Palou lapped in 1m35.705s. Renger van der Zande got the jump on Albuquerque and demoted him into P4.',
    ]) {
      const figure = checkOne(roarPractice, text).at(-1);
      expect(figure?.verdict, text).toBe('unverifiable');
      expect(figure?.reason, text).toContain('one moment of the session');
    }
  });
});

describe('F1 qualifying, kept as each driver’s Q1, Q2 and Q3 times', () => {
  it('confirms a Q1 or Q2 time and says which part it is', () => {
    const claims = checkOne(singapore, 'Hamilton topped Q1 with 1:46.921 and Q2 with 1:46.287.');
    const [q1, q2] = claims.filter((claim) => claim.kind === 'lap_time');
    // The times are his, but he was third in Q1: "topped" is read as first place in that part, and refuted.
    expect(claims.find((claim) => claim.text === 'topped')).toMatchObject({ kind: 'position', value: 1, verdict: 'contradicted', expected: 3 });
    expect(q1).toMatchObject({ verdict: 'confirmed', evidence: expect.stringContaining('Q1 1:46.921') });
    expect(q2).toMatchObject({ verdict: 'confirmed', evidence: expect.stringContaining('Q2 1:46.287') });
  });

  it('measures a gap in the part the words name, else in the last part both drivers ran', () => {
    const [q3] = checkOne(singapore, 'Hamilton took pole, 0.007s ahead of Rosberg.').filter((claim) => claim.kind === 'gap');
    expect(q3).toMatchObject({ verdict: 'confirmed', evidence: expect.stringContaining('Q3 gap 0.007') });
    const [q2] = checkOne(singapore, 'In Q2 Rosberg was 0.462s quicker than Hamilton.').filter((claim) => claim.kind === 'gap');
    expect(q2).toMatchObject({ verdict: 'confirmed', evidence: expect.stringContaining('Q2 gap 0.462') });
  });

  it('checks a starting place against the race’s grid', () => {
    const [place] = checkOne(singapore, 'Vettel will start from fourth on the grid.').filter((claim) => claim.kind === 'position');
    expect(place).toMatchObject({ verdict: 'confirmed', evidence: expect.stringContaining('P4 on the grid') });
  });
});
