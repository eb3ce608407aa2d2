import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckContext } from '../../../src/domain/check';
import { chooseSession } from '../../../src/domain/check/session-choice';
import { hintInSentence, hintOf } from './hints';
import { F1, loadSessions } from './timing-data';

// 2014 Singapore: its qualifying (the article's main session) and its race.
let qualifyingReport: CheckContext;
let raceReport: CheckContext;

beforeAll(async () => {
  const f1 = await loadSessions([F1], { race: '2014 Singapore' });
  const main = (kind: string) => f1.sessions.find((session) => session.kind === kind)!.id;
  qualifyingReport = { ...f1, mainSessionId: main('qualifying'), roster: [] };
  raceReport = { ...f1, mainSessionId: main('race'), roster: [] };
}, 60_000);

describe('the session of a pole', () => {
  it('is qualifying, whatever session the words before it name', () => {
    expect(hintOf("Rossi went a tenth quicker than in Friday's practice session to claim pole for the race.", 'pole').kind).toBe('qualifying');
    expect(hintOf('It was his first race from the front since his pole in the wet.', 'pole').kind).toBe('qualifying');
  });

  it('is the qualifying result for a polesitter told in the race, whatever moment the sentence tells', () => {
    const hint = hintOf('Into the first corner, polesitter Rossi slid wide and dropped to fifth.', 'polesitter');
    expect(hint).toMatchObject({ kind: 'qualifying', moment: false });
    expect(hintOf('Into the first corner, polesitter Rossi slid wide and dropped to fifth.', 'fifth').moment).toBe(true);
  });
});

describe('crossing the line in a paragraph about qualifying', () => {
  const paragraph = 'Rossi claimed provisional pole in Q3, and when Bianchi crossed the line 0.071s down on his last lap the pole looked safe.';

  it('is the lap of a qualifying report, not its race', () => {
    const hint = hintInSentence(paragraph, '0.071s');
    expect(chooseSession(hint, qualifyingReport).session?.kind).toBe('qualifying');
  });

  it('still tells the race in a race report, and in a paragraph about the race', () => {
    expect(chooseSession(hintInSentence(paragraph, '0.071s'), raceReport).session?.kind).toBe('race');
    const race = 'Rossi won the race from pole, and Bianchi crossed the line 4.5s down after 61 laps.';
    expect(chooseSession(hintInSentence(race, '4.5s'), qualifyingReport).session?.kind).toBe('race');
  });
});
