import { describe, expect, it } from 'vitest';
import { findConflicts, suggestSessions, type CheckedClaim } from '../../../src/domain/check';
import type { SessionSummary } from '../../../src/domain/timing';

function summary(fields: Partial<SessionSummary> & Pick<SessionSummary, 'id' | 'kind' | 'startTime'>): SessionSummary {
  return {
    eventId: 'event',
    eventName: 'Roar Before the 24',
    name: fields.kind,
    series: 'IMSA',
    trackId: 'daytona',
    trackName: 'Daytona International Speedway',
    carCount: 59,
    lapCount: 400,
    sourceFiles: [],
    ...fields,
  };
}

describe('session suggestions', () => {
  const roarQualifying = summary({ id: 'roar-2024-q', kind: 'qualifying', startTime: '2024-01-21T13:55:00' });
  const roarPractice = summary({ id: 'roar-2024-p1', kind: 'practice', startTime: '2024-01-19T10:00:00' });
  const roar2023 = summary({ id: 'roar-2023-q', kind: 'qualifying', startTime: '2023-01-22T14:00:00' });
  const sebring = summary({
    id: 'sebring-2024-race', kind: 'race', startTime: '2024-03-16T09:40:00', eventName: 'Sebring', trackId: 'sebring', trackName: 'Sebring International Raceway',
  });
  const article = {
    date: '2024-01-22', series: null, event: null, track: null, session: null,
    text: 'The Roar Before the 24 test weekend officially ends with the qualifying session at Daytona.',
  };

  it('puts the qualifying of the event the article names, the day before it, first', () => {
    const ranked = suggestSessions(article, [sebring, roar2023, roarPractice, roarQualifying]);
    expect(ranked[0].sessionId).toBe('roar-2024-q');
    expect(ranked.map((suggestion) => suggestion.sessionId).indexOf('roar-2023-q')).toBeGreaterThan(0);
  });

  it('puts the race first for a report told by the clock, its stops and cautions, though it never says "race"', () => {
    // From a report of the 2022 Petit Le Mans found outside the corpus, which an event folder's import order checked against practice.
    const text = 'By the time Blomqvist pitted with 1hr25m to go, he had sliced his deficit to Albuquerque down to 16sec. That elevated Bamber into the lead with 80mins to go, 7.2sec ahead of Albuquerque.';
    const atlanta = { eventName: 'Petit Le Mans', trackId: 'road-atlanta', trackName: 'Michelin Raceway Road Atlanta' };
    const practice = summary({ id: 'plm-p1', kind: 'practice', startTime: '2022-09-29T09:50:00', ...atlanta });
    const race = summary({ id: 'plm-race', kind: 'race', startTime: '2022-10-01T12:10:00', ...atlanta });
    const ranked = suggestSessions({ date: null, series: null, event: 'Petit Le Mans', track: null, session: null, text }, [practice, race]);
    expect(ranked.map((suggestion) => suggestion.sessionId)).toEqual(['plm-race', 'plm-p1']);
  });

  it('does not count a pole a race was started from, in other languages too, as qualifying', () => {
    // From a Spanish report of the 2021 Laguna Seca race found outside the corpus, which was checked against qualifying.
    const text = 'Tras salir desde la pole, Albuquerque experimentó problemas con los frenos, sin embargo, superó tal escollo y pudo recuperar la punta a falta de 25 minutos para la bandera a cuadros.';
    const laguna = { eventName: 'Weathertech Raceway Laguna Seca', trackId: 'laguna-seca', trackName: 'WeatherTech Raceway Laguna Seca' };
    const qualifying = summary({ id: 'laguna-q', kind: 'qualifying', startTime: '2021-09-11T12:00:00', ...laguna });
    const race = summary({ id: 'laguna-race', kind: 'race', startTime: '2021-09-12T13:00:00', ...laguna });
    const ranked = suggestSessions({ date: null, series: null, event: 'Laguna Seca', track: null, session: null, text }, [qualifying, race]);
    expect(ranked[0].sessionId).toBe('laguna-race');
  });

  it('leaves out a session that matches nothing', () => {
    const ranked = suggestSessions({ ...article, date: null, text: 'Nothing to do with it.' }, [sebring]);
    expect(ranked).toEqual([]);
  });
});

describe('conflicts between reports', () => {
  const base = {
    kind: 'position', unit: 'place', qualifier: 'exact', reference: null, direction: null, sentence: '', notation: 'ordinal-word',
    decimals: 0, sessionHint: null, placeRange: null, subjectRosterId: null, referenceRosterId: null, start: 0, end: 5,
    verdict: 'confirmed', expected: 4, evidence: '', suggestion: null, sessionId: 'roar-2024-q', subject: '#19', subjectSure: true, subjectCar: '19', scope: 'GTD-Pro',
  } as const satisfies Partial<CheckedClaim>;
  const fourth: CheckedClaim = { ...base, text: 'fourth', value: 4 };
  const fifth: CheckedClaim = { ...base, text: 'fifth', value: 5, verdict: 'contradicted' };

  it('flags both sides when two reports place the same car differently in the same class', () => {
    const conflicts = findConflicts([
      { reportId: 'a', claims: [fourth] },
      { reportId: 'b', claims: [{ ...fifth, scope: 'GTD Pro' }] },
    ]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0].sides.map((side) => side.reportId)).toEqual(['a', 'b']);
  });

  it('does not flag reports that agree, or figures about different scopes', () => {
    expect(findConflicts([{ reportId: 'a', claims: [fourth] }, { reportId: 'b', claims: [fourth] }])).toEqual([]);
    expect(findConflicts([{ reportId: 'a', claims: [fourth] }, { reportId: 'b', claims: [{ ...fifth, scope: 'overall' }] }])).toEqual([]);
  });
});
