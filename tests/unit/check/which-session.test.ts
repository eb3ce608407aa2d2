import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { readHint } from '../../../src/domain/check/session-hint';
import { F1, ROAR_2024_PRACTICE, eventContext } from './timing-data';

let roarPractice: CheckContext;
let singapore: CheckContext;

beforeAll(async () => {
  roarPractice = await eventContext([ROAR_2024_PRACTICE]);
  singapore = await eventContext([F1], { race: '2014 Singapore' });
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

  it('takes "first" before a named class and a pole for a count, not for a first run', () => {
    const momentOf = (sentence: string, figure: string) => {
      const start = sentence.indexOf(figure);
      return readHint(sentence, { start, end: start + figure.length, sentence }).moment;
    };
    expect(momentOf('He still managed to score the team’s first GTD PRO pole position.', 'pole position')).toBe(false);
    expect(momentOf('His first run put him second.', 'second')).toBe(true);
  });

  it('takes "last week’s winner in Singapore" for a title of the driver, not for the event a place is from', () => {
    const hintOf = (sentence: string, figure: string) => {
      const start = sentence.indexOf(figure);
      return readHint(sentence, { start, end: start + figure.length, sentence });
    };
    expect(hintOf('Last week’s winner in Singapore, Carlos Sainz, settled into sixth.', 'sixth').otherEvent).toBeNull();
    expect(hintOf('Carlos Sainz was sixth last week in the Singapore Grand Prix.', 'sixth').otherEvent).toBe('Singapore');
  });

  it('takes a "Startposition" for a place on the grid', () => {
    const sentence = 'Der Weltmeister sichert sich zum neunten Mal die beste Startposition für das Rennen.';
    const start = sentence.indexOf('beste Startposition');
    expect(readHint(sentence, { start, end: start + 19, sentence }).grid).toBe(true);
  });

  it('takes the average speed of a lap for no average of the gap after it', () => {
    const sentence = 'The time, good for a 113.24mph average around VIR, was a massive 0.714s ahead of Antonio Garcia’s best.';
    const start = sentence.indexOf('0.714s');
    expect(readHint(sentence, { start, end: start + 6, sentence }).average).toBe(false);
    const averaged = 'He averaged 1:26.5 over the stint and was 0.714s clear.';
    const at = averaged.indexOf('0.714s');
    expect(readHint(averaged, { start: at, end: at + 6, sentence: averaged }).average).toBe(true);
  });

  it('holds a race narrative at the lap the sentence before names, until a sentence speaks of the result', () => {
    const narrative = 'In the race, Rosberg languished at 19th by lap 8. Behind Vettel, Fernando Alonso and Daniel Ricciardo occupied the third and fourth places.';
    const places = checkOne(singapore, narrative).filter((claim) => claim.text === 'third' || claim.text === 'fourth');
    expect(places.map((claim) => [claim.text, claim.subject, claim.verdict])).toEqual([
      ['third', 'Fernando Alonso', 'unverifiable'],
      ['fourth', 'Daniel Ricciardo', 'unverifiable'],
    ]);
    const result = checkOne(singapore, 'In the race, Rosberg languished at 19th by lap 8. Fernando Alonso finished fourth in the race.').find((claim) => claim.text === 'fourth');
    expect(result).toMatchObject({ subject: 'Fernando Alonso', verdict: 'confirmed' });
  });

  it('does not refute a place the text says penalties changed', () => {
    // Singapore 2014: Vettel qualified fourth.
    const plain = checkOne(singapore, 'Hamilton took pole in qualifying, and Sebastian Vettel will start third.').find((claim) => claim.text === 'third');
    expect(plain).toMatchObject({ verdict: 'contradicted', expected: 4 });
    const penalised = checkOne(singapore, 'By virtue of the penalty, Hamilton inherited the pole in qualifying, and Sebastian Vettel qualified third.').find((claim) => claim.text === 'third');
    expect(penalised).toMatchObject({ verdict: 'unverifiable', reason: 'the text says penalties changed the order; the timing holds the order on time' });
  });

  it('refutes a starting place the stored grid, drawn up after the penalties, does not bear out', () => {
    const grid = checkOne(singapore, 'By virtue of the penalty, Hamilton inherited the pole in qualifying, and Sebastian Vettel will start third.').find((claim) => claim.text === 'third');
    expect(grid).toMatchObject({ verdict: 'contradicted', expected: 4 });
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

describe('a place or gap that ends the session, though the sentence tells of a moment on the way', () => {
  // Singapore 2014: Alonso qualified fifth; Vettel finished the race second; Hamilton beat Rosberg to pole by 0.007s.
  it('is a starting place: the grid is set when qualifying ends', () => {
    const [fifth] = checkOne(singapore, 'Fernando Alonso’s effort on his first set ensures he will start fifth.');
    expect(fifth).toMatchObject({ text: 'fifth', verdict: 'confirmed' });
  });

  it('is a place the words say was settled for at the end', () => {
    const [second] = checkOne(singapore, 'Sebastian Vettel had to settle for second in the race after a late pit stop.').filter((claim) => claim.kind === 'position');
    expect(second).toMatchObject({ text: 'second', verdict: 'confirmed' });
  });

  it('is the one its own clause ties to the final improvement, and not one tied to the first runs', () => {
    const final = checkOne(singapore, 'Both were chipping away and then Lewis Hamilton made a final improvement in Q3 that put him 0.007s clear of Nico Rosberg.');
    expect(final.find((claim) => claim.kind === 'gap')).toMatchObject({ verdict: 'confirmed' });
    const early = checkOne(singapore, 'Nico Rosberg had been 0.2s down on Lewis Hamilton after the first runs of Q3 but found more on his final lap.');
    expect(early.find((claim) => claim.kind === 'gap')).toMatchObject({ verdict: 'unverifiable', reason: expect.stringContaining('one moment') });
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

  it('checks a pole against the order qualifying ended in, whatever parts the sentence names', () => {
    // Singapore 2014: Rosberg was second in Q3, Hamilton on pole.
    const [pole] = checkOne(singapore, 'After being under Rosberg’s thumb during Q1 and Q2, Lewis Hamilton found the edge to claim pole.');
    expect(pole).toMatchObject({ text: 'pole', verdict: 'confirmed' });
  });

  it('checks a team’s one-two by its two best cars', () => {
    // Singapore 2014 qualifying: Mercedes first and second, Red Bull third and fourth.
    expect(checkOne(singapore, 'In qualifying it was a Mercedes 1-2.')[0]).toMatchObject({ verdict: 'confirmed' });
    expect(checkOne(singapore, 'In qualifying it was a Red Bull 1-2.')[0]).toMatchObject({ verdict: 'contradicted', reason: "the team's best two were P3 and P4" });
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
