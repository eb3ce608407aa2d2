import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { readHint } from '../../../src/domain/check/session-hint';
import type { ClaimKind } from '../../../src/domain/claims';
import { hintOf } from './hints';
import { eventContext, F1, loadSessions, ROAR_2024, ROAR_2024_PRACTICE } from './timing-data';

// Read from half I's wrong verdicts: a record, a moment, another event or another session read into a figure the
// session's timing holds.
const hintOfKind = (text: string, figure: string, kind: ClaimKind) => {
  const start = text.indexOf(figure);
  return readHint(text, { start, end: start + figure.length, sentence: text, kind });
};

describe('a place beside a record', () => {
  it('is still the session’s order: a record is a time', () => {
    expect(hintOfKind('Halfway through Q1 he broke the track record on his way to topping the session.', 'topping', 'position').record).toBe(false);
    expect(hintOfKind('Her first pole broke the previous track record, 1:10.705, set two years ago.', 'pole', 'position').record).toBe(false);
    expect(hintOfKind('Her first pole broke the previous track record, 1:10.705, set two years ago.', '1:10.705', 'lap_time').record).toBe(true);
  });

  it('ranks all years only when it is the place in the all-time list, not a pole that is counted there', () => {
    expect(hintOfKind('Rossi became the fiftieth pole sitter in history on Saturday.', 'pole', 'position').record).toBe(false);
    expect(hintOfKind('Rossi now stands fifth in the all-time list of pole winners.', 'fifth', 'position').record).toBe(true);
  });
});

describe('a lap time beside a record', () => {
  it('is the record set when the record was broken "with a lap time of" it', () => {
    expect(hintOf('Rossi broke the track record with a lap time of 1:14.400 in practice.', '1:14.400').record).toBe(false);
    expect(hintOf('Rossi was a tenth slower than the track record of 1:14.400.', '1:14.400').record).toBe(true);
  });
});

describe('a place one was "on his way to"', () => {
  it('is where the session ended, whatever moment the sentence names', () => {
    expect(hintOf('Halfway through Q1 the Dutchman set a lap on his way to topping the session.', 'topping').moment).toBe(false);
    expect(hintOf('Halfway through Q1 the Dutchman was topping the session.', 'topping').moment).toBe(true);
  });
});

describe('a time set off by commas after the noun it dates', () => {
  it('dates that noun ("the record, set two years ago,"), not the other figures of the sentence', () => {
    expect(hintOf('Her pole broke the previous track record, 1:10.705, set two years ago, by seven-tenths.', 'pole').otherEvent).toBeNull();
    expect(hintOf('Her pole came two years ago, by seven-tenths.', 'pole').otherEvent).toBe('another event');
  });
});

describe('a front-row spot', () => {
  it('is a row of the grid qualifying set, and so is the time that took it', () => {
    expect(hintOf('Jarvis filled the remaining front-row spot with a time of 1:14.013.', '1:14.013').kind).toBe('qualifying');
    expect(hintOf('Jarvis filled the gap with a time of 1:14.013.', '1:14.013').kind).toBeNull();
  });
});

describe('a lap speed among several sessions of the kind named', () => {
  let roar: CheckContext;
  beforeAll(async () => {
    const context = await eventContext([ROAR_2024_PRACTICE, ROAR_2024]);
    roar = { ...context, mainSessionId: context.sessions.find((session) => session.kind === 'qualifying')!.id };
  }, 60_000);

  it('is checked in the one session holding a best lap at that speed, as a lap time is', () => {
    const [held] = new Checker(roar).checkText('In practice, Palou lapped the road course at 133.911 mph.').claims;
    expect(held).toMatchObject({ verdict: 'confirmed', evidence: expect.stringContaining('1:35.705') });
    const [none] = new Checker(roar).checkText('In practice, Palou lapped the road course at 133.5 mph.').claims;
    expect(none).toMatchObject({ verdict: 'unverifiable', reason: expect.stringContaining('does not say which') });
  });
});

describe('a pole in a race’s story', () => {
  it('is no word of qualifying when it titles a car ("the pole-winning No. 40")', () => {
    expect(hintOf('Rossi and Verdi claimed fourth place in the pole-winning No. 40 Acura.', 'fourth').kind).not.toBe('qualifying');
    expect(hintOf('Rossi and Verdi claimed fourth place in qualifying in the No. 40 Acura.', 'fourth').kind).toBe('qualifying');
  });

  it('is the place a car started from, which leaves "finishing third" the race’s', () => {
    expect(hintOf('The #51, despite starting on pole, took two penalties, ultimately finishing third after a battle with Kubica.', 'third').kind).toBe('race');
    expect(hintOf('The #51, despite taking pole, took two penalties, ultimately finishing third after a battle with Kubica.', 'third').kind).toBe('qualifying');
  });
});

describe('a place "in first"', () => {
  it('is first place, not a first run of the session', () => {
    expect(hintOf('Rossi surprised the field by putting his Cadillac in first with a 1m10.439s lap.', 'first').moment).toBe(false);
    expect(hintOf('Rossi was first with a 1m10.439s after his first run.', '1m10.439s').moment).toBe(true);
  });
});

describe('a starting place told while a grid penalty is still to be decided', () => {
  let qatar: CheckContext;
  beforeAll(async () => {
    const f1 = await loadSessions([F1], { race: '2021 Qatar' });
    qatar = { ...f1, mainSessionId: f1.sessions.find((session) => session.kind === 'qualifying')!.id, roster: [] };
  }, 60_000);
  const rowOf = (lead: string) => new Checker(qatar).checkText(`${lead}\n\nFernando Alonso will start from the third row of the grid, alongside Lando Norris.`).claims[0];

  it('is the grid qualifying set, which bears it out though the race grid later differs', () => {
    expect(rowOf('Verstappen was summoned by the stewards and faces a three-place grid penalty.')).toMatchObject({ verdict: 'confirmed', evidence: expect.stringContaining('P5 overall') });
  });

  it('is held against the race grid once the penalty is told as given', () => {
    expect(rowOf('Verstappen was handed a three-place grid penalty.')).toMatchObject({ verdict: 'contradicted', evidence: expect.stringContaining('P3 on the grid') });
  });
});
