import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { checkClaim } from '../../../src/domain/check/check-claim';
import { readHint } from '../../../src/domain/check/session-hint';
import { claimOf } from './claim-of';
import { F1, loadSessions } from './timing-data';
import { hintOf } from './hints';

// A contradiction needs evidence of the same session, car and driver. Where the words leave the session, the
// moment or the order open, the checker says unverifiable and why. Singapore 2014: qualifying Hamilton, Rosberg,
// Ricciardo, Vettel, Alonso, Massa; the race Hamilton, Vettel, Ricciardo, Alonso, Massa.
let race: CheckContext;
let qualifying: CheckContext;

beforeAll(async () => {
  const f1 = await loadSessions([F1], { race: '2014 Singapore' });
  race = { ...f1, mainSessionId: f1.sessions.find((session) => session.kind === 'race')!.id, roster: [] };
  qualifying = { ...f1, mainSessionId: f1.sessions.find((session) => session.kind === 'qualifying')!.id, roster: [] };
}, 60_000);

function verdictOf(context: CheckContext, text: string, figure: string) {
  const claim = new Checker(context).checkText(text).claims.find((checked) => checked.text === figure);
  expect(claim, figure).toBeDefined();
  return claim!;
}

// The place `figure` of `subject` in `text` as the checker alone judges it, whatever the reader makes of the
// sentence: the reader may rightly not take it for a place at all, and the checker must still not accuse.
function placeAlone(context: CheckContext, text: string, figure: string, value: number, subject: string) {
  const start = text.indexOf(figure);
  const claim = claimOf({ kind: 'position', text: figure, value, subject, start, end: start + figure.length, sentence: text });
  return checkClaim(claim, readHint(text, claim), context);
}

function contradictions(context: CheckContext, text: string) {
  return new Checker(context).checkText(text).claims.filter((claim) => claim.verdict === 'contradicted');
}

describe('a race place told in the story of the race', () => {
  it('is a moment, not the result, when no word says it is the result', () => {
    const told = verdictOf(race, 'Once the safety car had gone in, Fernando Alonso ran in second place.', 'second');
    expect(told.verdict).toBe('unverifiable');
    expect(told.reason).toMatch(/race as it ran/);
    expect(verdictOf(race, 'Fernando Alonso finished second.', 'second').verdict).toBe('contradicted');
  });
  // Half O's 2011 European Grand Prix (rahzamedia): a winning margin is the gap at the flag, however the race ran.
  it('is the result when the sentence gives a winning margin', () => {
    const text = 'Lewis Hamilton nursed his advantage for the rest of the afternoon, before a push for fastest lap in the final stint took his winning margin up to 1.3 seconds.';
    expect(verdictOf(race, text, '1.3 seconds').reason ?? '').not.toMatch(/race as it ran/);
  });
});

describe('a place in a sentence that tells of a penalty', () => {
  it('may be the order on the road or after the penalty, so it is not held against the result', () => {
    const text = 'Sebastian Vettel took the flag in third but was given a five-second penalty for a collision.';
    const told = placeAlone(race, text, 'third', 3, 'Sebastian Vettel');
    expect(told.verdict).toBe('unverifiable');
    expect(told.reason).toMatch(/penalty/);
    expect(contradictions(race, text)).toEqual([]);
  });

  it('is still checked when the penalty is another driver’s, told in a clause with its own subject', () => {
    expect(verdictOf(race, 'Sebastian Vettel took the flag in third, while Kimi Raikkonen was given a penalty.', 'third').verdict).toBe('contradicted');
  });
});

describe('a place the timing does not hold', () => {
  it('is a place in the championship standings', () => {
    const text = 'The points lifted Felipe Massa from ninth to seventh in the drivers’ standings.';
    const told = placeAlone(race, text, 'ninth', 9, 'Felipe Massa');
    expect(told.verdict).toBe('unverifiable');
    expect(told.reason).toMatch(/standings/);
    expect(contradictions(race, text)).toEqual([]);
  });

  it('is the place a gap just before it is measured from', () => {
    const text = 'Sebastian Vettel ended up 0.4s off first place.';
    const told = placeAlone(qualifying, text, 'first', 1, 'Sebastian Vettel');
    expect(told.verdict).toBe('unverifiable');
    expect(told.reason).toMatch(/measured from/);
    expect(contradictions(qualifying, text)).toEqual([]);
  });
});

describe('a place another session of the event bears out', () => {
  it('may be of that session when the words do not say which', () => {
    const told = verdictOf(qualifying, 'Sebastian Vettel was second.', 'second');
    expect(told.verdict).toBe('unverifiable');
    expect(told.reason).toMatch(/^Race bears it out/i);
  });

  it('is contradicted when no session of the event bears it out', () => {
    expect(verdictOf(qualifying, 'Felipe Massa was third.', 'third').verdict).toBe('contradicted');
  });
});

describe('words of a lap or a start told in the languages Racedesk reads', () => {
  it('read "on the 40th lap" as a moment of the race', () => {
    expect(hintOf('The gap had grown to 12.5s on the 40th lap.', '12.5s').moment).toBe(true);
    expect(hintOf('The gap had grown to 12.5s at the flag.', '12.5s').moment).toBe(false);
  });

  it('read a future start ("partira", "partirà", "startet") as a place on the grid', () => {
    expect(hintOf('Alonso partira en pole dimanche.', 'pole').grid).toBe(true);
    expect(hintOf('Alonso partirà dalla pole domenica.', 'pole').grid).toBe(true);
    expect(hintOf('Alonso startet am Sonntag von der Pole.', 'Pole').grid).toBe(true);
    expect(hintOf('Alonso a signé la pole.', 'pole').grid).toBe(false);
  });
});

describe('a paragraph that recalls qualifying while it tells the race', () => {
  it('is about the race when its race words outnumber its qualifying words, in any language', () => {
    expect(hintOf('Dopo una gara pazza, come nelle qualifiche, Alonso è salito sul podio e Massa è arrivato al quinto posto.', 'quinto').qualifyingParagraph).toBe(false);
    expect(hintOf('Nelle qualifiche Massa è stato quinto.', 'quinto').qualifyingParagraph).toBe(true);
  });
});

describe('a time said to have held up to the end', () => {
  function momentOf(text: string, sentence: string, figure: string) {
    const start = text.indexOf(figure, text.indexOf(sentence));
    return readHint(text, { start, end: start + figure.length, sentence }).moment;
  }

  it('gives the final order, though the sentence before tells a moment', () => {
    const before = 'The Ferraris led early on.';
    const held = 'Soon after, Massa set a lap that held up to be the fastest of the day.';
    const moment = 'Soon after, Massa was the fastest.';
    expect(momentOf(`${before} ${held}`, held, 'fastest')).toBe(false);
    expect(momentOf(`${before} ${moment}`, moment, 'fastest')).toBe(true);
  });
});
