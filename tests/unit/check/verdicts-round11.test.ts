import { beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { chooseSession } from '../../../src/domain/check/session-choice';
import { tellsNoRace } from '../../../src/domain/check/session-hint';
import { hintOf, NO_HINT } from './hints';
import { F1, loadSessions, SHARED } from './timing-data';

// Read from halves J and K's wrong verdicts: figures the session's timing holds, read as a moment, another session
// or another year by words that tell of something else.

describe('a "then" or "poi" going on down the order after a place', () => {
  it('is no moment when a name follows, its role before it or not', () => {
    expect(hintOf('Porsche Penske Motorsport’s Kevin Estre and Laurens Vanthoor were third, then teammates Julien Andlauer and Mathieu Jaminet.', 'third').moment).toBe(false);
    expect(hintOf('Renger van der Zande è 3° con un competitivo Chip Ganassi Racing, poi troviamo Oliver Jarvis con la Mazda, Olivier Pla con l’Acura.', '3°').moment).toBe(false);
    expect(hintOf('Nel Q1 il più veloce è stato Charles Leclerc. Secondo Hulkenberg, poi Bottas, Hamilton e Ricciardo.', 'Secondo').moment).toBe(false);
  });

  it('is still a moment when a verb follows', () => {
    expect(hintOf('Kevin Estre and Laurens Vanthoor were third, then passed Julien Andlauer and Mathieu Jaminet.', 'third').moment).toBe(true);
    expect(hintOf('Renger van der Zande è 3° con un competitivo Chip Ganassi Racing, poi ha superato Oliver Jarvis.', '3°').moment).toBe(true);
  });
});

describe('the words around a place that are no moment of the session', () => {
  it('leave out an aside about the driver that does not hold the place', () => {
    expect(hintOf('Michael Schumacher, who has been strong all weekend so far in Australia, was able to get his Mercedes AMG F1 W03 into fourth position.', 'fourth').moment).toBe(false);
    expect(hintOf('Michael Schumacher, who has been strong all weekend, was so far able to get his Mercedes AMG F1 W03 into fourth position.', 'fourth').moment).toBe(true);
  });

  it('read a "then" after a comparative as the "than" it misspells', () => {
    const text = 'Schumacher got his Mercedes into fourth position, a pleasing result for the team who managed a quicker time then both of the Red Bull Racing cars.';
    expect(hintOf(text, 'fourth').moment).toBe(false);
    expect(hintOf('Schumacher got his Mercedes into fourth position, then lost it to both of the Red Bull Racing cars.', 'fourth').moment).toBe(true);
  });

  it('leave out a pole counted in a series, at a track or for a team', () => {
    expect(hintOf('The pole was his first in IMSA and the first at CTMP for Paul Miller Racing.', 'pole').moment).toBe(false);
    expect(hintOf('The pole came on his first run in qualifying.', 'pole').moment).toBe(true);
  });
});

describe('a place or gap told for a race still to come', () => {
  const grosjean = 'Romain Grosjean finished an impressive third position overall for tomorrow’s race in the Lotus F1 E20 just 0.380 seconds off the pace of Hamilton.';

  it('is the order qualifying set for that race', () => {
    expect(hintOf(grosjean, 'third').kind).toBe('qualifying');
    expect(hintOf(grosjean, '0.380 seconds').kind).toBe('qualifying');
    expect(hintOf('Numerous runs off the track meant that Vettel would only manage sixth to start tomorrow’s race.', 'sixth').kind).toBe('qualifying');
  });

  it('leaves a race run, and a practice for the race, as they are', () => {
    expect(hintOf('Romain Grosjean finished an impressive third position overall in the race in the Lotus F1 E20.', 'third').kind).toBe('race');
    expect(hintOf('Grosjean was third in final practice for Sunday’s race.', 'third').kind).toBe('practice');
  });

  let australia: CheckContext;
  beforeAll(async () => {
    const f1 = await loadSessions([F1], { race: '2012 Australian' });
    australia = { ...f1, mainSessionId: f1.sessions.find((session) => session.kind === 'qualifying')!.id, roster: [] };
  }, 60_000);

  it('is checked against qualifying, not a race Grosjean did not finish', () => {
    const claims = new Checker(australia).checkText(grosjean).claims;
    expect(claims.find((claim) => claim.text === 'third')).toMatchObject({ verdict: 'confirmed' });
    expect(claims.find((claim) => claim.text === '0.380 seconds')).toMatchObject({ verdict: 'confirmed' });
  });
});

describe('a starting place', () => {
  it('is named by a "starter" it describes, and by "launched from"', () => {
    expect(hintOf('a strong launch by front-row starter Carlos Sainz had them running side by side into the braking zone at Turn 1.', 'front-row')).toMatchObject({ grid: true, moment: false });
    expect(hintOf('Hamilton launched from fourth but was lucky to make it to the end of the first lap.', 'fourth').grid).toBe(true);
    expect(hintOf('Hamilton launched into fourth but was lucky to make it to the end of the first lap.', 'fourth').grid).toBe(false);
  });

  // Half L's 2023 Indianapolis race report (racereviewonline): a class between the place and "starter".
  it('is named by a "starter" with a class between', () => {
    expect(hintOf('Third place prototype starter Meyer Shank Racing was racing for their future.', 'Third').grid).toBe(true);
    expect(hintOf('Third place went to the starter of the class, Meyer Shank Racing.', 'Third').grid).toBe(false);
  });

  it('is set by qualifying, whatever practice the words name', () => {
    const text = 'Practice pacesetters Antonio Garcia and Jordan Taylor will line up third in Saturday’s 2-hour, 40-minute race.';
    expect(hintOf(text, 'third')).toMatchObject({ grid: true, kind: 'qualifying' });
    expect(hintOf('Practice pacesetters Antonio Garcia and Jordan Taylor were third.', 'third').kind).toBe('practice');
  });
});

describe('"the last time" something happened', () => {
  it('tells of another event', () => {
    expect(hintOf('The last time Nasr earned pole at Road Atlanta, in 2019, he, Derani and Eric Curran won the race.', 'pole').otherEvent).toBe('another event');
    expect(hintOf('Nasr earned pole at Road Atlanta, and he, Derani and Eric Curran will share the car.', 'pole').otherEvent).toBeNull();
  });
});

describe('the year of a WEC race', () => {
  let wec: CheckContext;
  beforeAll(async () => {
    const { sessions, tracks } = await loadSessions([join(SHARED, 'data/wec/fuji_6h.csv')]);
    // The lap analysis has no start time; a file of the corpus's year folders gets its year into the event id.
    const race = { ...sessions[0], eventId: 'wec-2025-fuji-6h' };
    wec = { sessions: [race], mainSessionId: race.id, tracks, roster: [] };
  }, 60_000);

  it('is read off its event id, so the year a report names finds its race', () => {
    expect(chooseSession({ ...NO_HINT, year: 2025 }, wec).session?.kind).toBe('race');
    expect(chooseSession({ ...NO_HINT, year: 2024 }, wec)).toMatchObject({ session: null, reason: expect.stringContaining('no 2024 race session') });
  });
});

describe('a start someone had or made', () => {
  it('is the race’s, so "finished" beside it is no session’s end', () => {
    expect(tellsNoRace('The #48 Paul Miller Racing BMW of Dan Harper and Max Hesse finished ninth after a strong start.')).toBe(false);
    expect(tellsNoRace('Patrick Gallagher also had a great start in the Turner BMW, finishing third.')).toBe(false);
  });

  it('is no race when it starts a weekend or a campaign', () => {
    expect(tellsNoRace('The #48 BMW of Dan Harper finished ninth, a strong start to the weekend.')).toBe(true);
    expect(tellsNoRace('Hamilton got the campaign off to a good start, finishing first.')).toBe(true);
  });
});

describe('a place lost in the present of a live report', () => {
  it('is a moment, as it is in the past', () => {
    expect(hintOf('Vettel has a terrible start and falls back to fifth', 'fifth').moment).toBe(true);
    expect(hintOf('Vettel drops to fifth.', 'fifth').moment).toBe(true);
    expect(hintOf('Rosberg slips to third.', 'third').moment).toBe(true);
    expect(hintOf('Vettel is fifth.', 'fifth').moment).toBe(false);
  });
});
