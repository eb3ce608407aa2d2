import { describe, expect, it } from 'vitest';
import { readSessionDay, startedOn } from '../../../src/domain/check/session-day';
import { chooseSession } from '../../../src/domain/check/session-choice';
import { readHint } from '../../../src/domain/check/session-hint';
import type { CheckContext } from '../../../src/domain/check/types';
import type { TimingSession } from '../../../src/domain/timing';

// Practice 1, 2 and 3 and qualifying of the 2023 Petit Le Mans, at the start times of their Al Kamel files.
function session(id: string, name: string, kind: TimingSession['kind'], startTime: string): TimingSession {
  return { id, eventId: 'petit-2023', series: 'IMSA', eventName: 'Petit Le Mans', name, kind, startTime, trackId: 'road-atlanta', sourceFiles: [], entries: [], results: [], laps: [] };
}
const sessions = [
  session('q', 'Qualifying', 'qualifying', '2023-10-13T15:20'),
  session('p1', 'Practice 1', 'practice', '2023-10-12T09:50'),
  session('p2', 'Practice 2', 'practice', '2023-10-12T14:35'),
  session('p3', 'Practice 3', 'practice', '2023-10-12T19:30'),
];
const context = { sessions, mainSessionId: 'q' } as unknown as CheckContext;

function chosen(sentence: string, figure: string): string | null {
  const start = sentence.indexOf(figure);
  const choice = chooseSession(readHint(sentence, { start, end: start + figure.length, sentence }), context);
  return choice.session?.name ?? null;
}

describe('the day a session ran', () => {
  it('reads one day of the week and the part of the day said with it', () => {
    expect(readSessionDay('during Thursday afternoon’s dry practice session')).toMatchObject({ weekday: 4, part: 'afternoon' });
    expect(readSessionDay('im Training am Freitag')).toMatchObject({ weekday: 5, part: null });
    expect(readSessionDay('Saturday’s weather should improve after Thursday’s practice')).toBeNull();
  });

  it('matches a session by the weekday of its local start and the hour', () => {
    expect(startedOn(sessions[2], { weekday: 4, part: 'afternoon' })).toBe(true);
    expect(startedOn(sessions[1], { weekday: 4, part: 'afternoon' })).toBe(false);
    expect(startedOn(sessions[0], { weekday: 4, part: null })).toBe(false);
  });

  it('picks the practice the text places on a day among several', () => {
    expect(chosen('Garcia was quickest in class during Thursday afternoon’s dry practice session.', 'quickest')).toBe('Practice 2');
    expect(chosen('Garcia was quickest in Thursday night practice.', 'quickest')).toBe('Practice 3');
    // Thursday alone holds three practices: still none.
    expect(chosen('Garcia was quickest in Thursday’s practice.', 'quickest')).toBeNull();
  });
});

// A weekend whose qualifying runs on Saturday afternoon, after Saturday morning's practice.
const saturday = [
  session('sq', 'Qualifying', 'qualifying', '2023-08-26T14:45'),
  session('sp1', 'Practice 1', 'practice', '2023-08-25T15:30'),
  session('sp2', 'Practice 2', 'practice', '2023-08-26T09:20'),
];
const saturdayContext = { sessions: saturday, mainSessionId: 'sq' } as unknown as CheckContext;

function chosenOnSaturday(sentence: string, figure: string): string | null {
  const start = sentence.indexOf(figure);
  const choice = chooseSession(readHint(sentence, { start, end: start + figure.length, sentence }), saturdayContext);
  return choice.session?.name ?? null;
}

describe('a part of the day with no session word', () => {
  it('reads "the morning session" as the one run that morning of the qualifying day', () => {
    expect(readSessionDay('who topped the morning session')).toEqual({ weekday: null, part: 'morning', within: true });
    expect(chosenOnSaturday('For Vanthoor, who was quickest in the morning session, it was a letdown.', 'quickest')).toBe('Practice 2');
    expect(chosenOnSaturday('Vanthoor’s speed Saturday morning of 131.204 mph was the best of the weekend.', '131.204 mph')).toBe('Practice 2');
  });

  it('keeps the article’s session when the morning is only compared with', () => {
    expect(chosenOnSaturday('Vanthoor’s 1m44.780s did not match the times from Saturday morning’s session.', '1m44.780s')).toBe('Qualifying');
    expect(chosenOnSaturday('Vanthoor was quickest, a hair quicker than this morning.', 'quickest')).toBe('Qualifying');
  });
});

// A practice report whose event's timing holds the race too.
const practiceFirst = [session('pp1', 'Practice 1', 'practice', '2023-08-25T09:30'), session('pr', 'Race', 'race', '2023-08-27T13:00')];
const practiceContext = { sessions: practiceFirst, mainSessionId: 'pp1' } as unknown as CheckContext;

function chosenInPractice(sentence: string, figure: string): string | null {
  const start = sentence.indexOf(figure);
  return chooseSession(readHint(sentence, { start, end: start + figure.length, sentence }), practiceContext).session?.name ?? null;
}

describe('"finishing" in a practice report', () => {
  it('ends the session when the paragraph names no race', () => {
    expect(chosenInPractice('The #31 Cadillac set the benchmark, finishing 0.351 seconds clear of the #93 Acura.', '0.351 seconds')).toBe('Practice 1');
  });

  it('is the race’s when the paragraph speaks of one', () => {
    expect(chosenInPractice('The #31 Cadillac won the race, finishing 0.351 seconds clear of the #93 Acura.', '0.351 seconds')).toBe('Race');
  });
});
