import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/domain/claims';
import { borneOutElsewhere } from '../../../src/domain/check/elsewhere';
import { chooseSession } from '../../../src/domain/check/session-choice';
import { readHint } from '../../../src/domain/check/session-hint';
import type { CheckContext, CheckedClaim } from '../../../src/domain/check/types';
import type { TimingSession } from '../../../src/domain/timing';
import { hintOf } from './hints';

// Read from half O's misses once its first blind score was taken: each a form of the field's prose, in more than
// one language or report.

function session(id: string, name: string, kind: TimingSession['kind'], startTime: string | null, eventId = 'austria-2024'): TimingSession {
  return { id, eventId, series: 'F1', eventName: 'Austrian Grand Prix', name, kind, startTime, trackId: 'red-bull-ring', sourceFiles: [], entries: [], results: [], laps: [] };
}

// A sprint weekend whose timing holds Saturday's qualifying and Sunday's race, not Friday's sprint qualifying.
const weekend = [session('q', 'Qualifying', 'qualifying', '2024-06-29T14:00Z'), session('r', 'Race', 'race', '2024-06-30T13:00Z')];
const qualifying = { sessions: weekend, mainSessionId: 'q' } as unknown as CheckContext;

function chosen(sentence: string, figure: string, context = qualifying): { name: string | null; reason?: string } {
  const start = sentence.indexOf(figure);
  const choice = chooseSession(readHint(sentence, { start, end: start + figure.length, sentence }), context);
  return choice.session ? { name: choice.session.name } : { name: null, reason: choice.reason };
}

describe('a day of the week before the session, when no session of that day is stored', () => {
  it('is that day’s running, in Italian as in English', () => {
    expect(chosen('Norris invece, dall\'1\'04"779 di venerdì, oggi ha concluso in 1\'04"718, solo 61 millesimi meglio.', '1\'04"779')).toMatchObject({ name: null, reason: expect.stringMatching(/Friday/) });
    expect(chosen('Nella qualifica Sprint di venerdì, con Verstappen poleman davanti al solito Norris, il divario era stato di soli 93 millesimi.', 'poleman').name).toBeNull();
    expect(chosen('Norris, quickest on Friday with a 1:04.779, was second.', '1:04.779').name).toBeNull();
  });

  it('leaves "oggi", "today" and a figure with no day to the article’s session', () => {
    expect(chosen('Norris invece, dall\'1\'04"779 di venerdì, oggi ha concluso in 1\'04"718, solo 61 millesimi meglio.', '1\'04"718').name).toBe('Qualifying');
    expect(chosen('Norris set a 1:04.718 today.', '1:04.718').name).toBe('Qualifying');
  });

  it('leaves a day after the session ("pole for Sunday’s race") and a day whose session is stored', () => {
    expect(chosen('Verstappen will start Sunday’s race from pole.', 'pole').name).toBe('Qualifying');
    expect(chosen('Verstappen took pole in Saturday’s qualifying.', 'pole').name).toBe('Qualifying');
  });

  it('says nothing when a session of the event has no start time', () => {
    const undated = { sessions: [session('q', 'Qualifying', 'qualifying', null), weekend[1]], mainSessionId: 'q' } as unknown as CheckContext;
    expect(chosen('Norris, quickest on Friday with a 1:04.779, was second.', '1:04.779', undated).name).toBe('Qualifying');
  });
});

describe('a year that names a car’s version', () => {
  it('dates no session ("Peugeot 9X8 2024 LMH", "a 2024-spec car")', () => {
    expect(hintOf('Molina faced an arduous task to reclaim second place from Stoffel Vandoorne’s #94 Peugeot 9X8 2024 LMH during the final stint.', 'second place').year).toBeNull();
    expect(hintOf('After qualifying 13th and 15th, the PEUGEOT 9X8 2024 finished in 9th.', '9th').year).toBeNull();
    expect(hintOf('Rossi was fourth in the 2024-spec car.', 'fourth').year).toBeNull();
  });

  it('still dates a race or a season', () => {
    expect(hintOf('Rossi was fourth in the 2019 race.', 'fourth').year).toBe(2019);
    expect(hintOf('Rossi was fourth in the F1 2019 season opener.', 'fourth').year).toBe(2019);
  });
});

describe('a finish the words name in a race report', () => {
  const race = session('race', 'Race', 'race', '2021-06-27T10:40', 'glen');
  const warmUp = session('warm', 'Warm Up', 'practice', '2021-06-27T08:00', 'glen');
  const context = { sessions: [warmUp, race], mainSessionId: 'race' } as unknown as CheckContext;
  const claim = { kind: 'position' } as Claim;
  const warmUpConfirms = (() => ({ verdict: 'confirmed', evidence: '#48, P6 overall' }) as CheckedClaim) as Parameters<typeof borneOutElsewhere>[4];

  it('is the race’s result, whatever order the warm-up had', () => {
    const text = 'Jimmie Johnson teamed up with Kamui Kobayashi for a 6th place overall finish.';
    expect(borneOutElsewhere(claim, hintOf(text, '6th'), context, 'race', warmUpConfirms)).toBeNull();
  });

  it('may still be another session’s when no word names the race', () => {
    const text = 'Kamui Kobayashi was 6th overall.';
    expect(borneOutElsewhere(claim, hintOf(text, '6th'), context, 'race', warmUpConfirms)).toMatch(/^Warm Up bears it out/);
  });
});

describe('an F1 sprint qualifying', () => {
  it('is its own session, not the grand prix qualifying the timing holds', () => {
    expect(chosen('Nella qualifica Sprint, con Verstappen poleman davanti al solito Norris, il divario era stato di soli 93 millesimi.', '93 millesimi')).toMatchObject({ name: null, reason: expect.stringMatching(/sprint qualifying/) });
    expect(chosen('Verstappen was 0.093s clear of Norris in the sprint shootout.', '0.093s').name).toBeNull();
    expect(chosen('e la Ferrari di Carlos Sainz, bravo a recuperare tre decimi al tempo realizzato nella qualifica Sprint.', 'tre decimi').name).toBeNull();
  });

  it('is told by its parts SQ1 to SQ3 and by the sprint’s pole', () => {
    expect(chosen('After the first run in SQ3, Norris was nearly 0.3s clear of his teammate.', '0.3s').name).toBeNull();
    expect(chosen('Oscar Piastri pipped Lando Norris to pole position for the Sao Paulo Grand Prix sprint race.', 'pole position').name).toBeNull();
    expect(chosen('Max Verstappen secured pole position for tomorrow’s Grand Prix.', 'pole position').name).toBe('Qualifying');
  });

  it('leaves a figure whose own clause tells of this session', () => {
    const text = 'La seconda fila vede così la Mercedes di George Russell, a 526 millesimi da Verstappen, e la Ferrari di Carlos Sainz, bravo a recuperare tre decimi al tempo realizzato nella qualifica Sprint.';
    expect(chosen(text, '526 millesimi').name).toBe('Qualifying');
    expect(chosen('After struggling in the sprint shootout, Hamilton was 0.2s off pole in qualifying.', '0.2s').name).toBe('Qualifying');
  });
});
