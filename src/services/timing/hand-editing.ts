import type { AddResultsInput, HandResult } from '../../api/timing';
import { RacedeskError } from '../../domain/errors';
import { matchTrack, slugOf, withClassPositions, type TimingSession, type Track } from '../../domain/timing';
import { entryFromHand, handCar, resultFromHand } from './hand-results';
import { kindOfName } from './session-naming';
import { findNamedTrack } from './track-catalog';

function sortedByPosition(session: TimingSession): TimingSession {
  const results = [...session.results].sort((a, b) => a.position - b.position);
  return { ...session, results: withClassPositions(results) };
}

/** An empty session for results typed by hand, named and placed on a track from what the writer gave. */
export function newHandSession(input: AddResultsInput, tracks: Track[]): TimingSession {
  const eventName = input.event ?? 'Hand-entered results';
  const name = input.session ?? 'Results';
  const series = input.series ?? 'Other';
  const track = input.track ? findNamedTrack(input.track, tracks) : matchTrack(eventName, tracks);
  const eventId = slugOf(`${series} ${input.startTime?.slice(0, 4) ?? ''} ${eventName}`);
  return {
    id: slugOf(`${eventId} hand ${name}`),
    eventId,
    series,
    eventName,
    name,
    kind: input.kind ?? kindOfName(name, 'race'),
    startTime: input.startTime ?? null,
    trackId: track?.id ?? null,
    sourceFiles: [],
    entries: [],
    results: [],
    laps: [],
    resultsFrom: 'hand',
  };
}

/** The session with typed results added, replacing any result of the same car; class positions recounted. */
export function withHandResults(session: TimingSession, typed: HandResult[]): TimingSession {
  const results = [...session.results];
  const entries = [...session.entries];
  for (const hand of typed) {
    const car = handCar(hand);
    const resultIndex = results.findIndex((result) => result.car === car);
    const entryIndex = entries.findIndex((entry) => entry.car === car);
    const result = resultFromHand(hand, car, results[resultIndex] ?? null, results.length + 1);
    const entry = entryFromHand(hand, car, entries[entryIndex] ?? null);
    if (resultIndex === -1) results.push(result);
    else results[resultIndex] = result;
    if (entryIndex === -1) entries.push(entry);
    else entries[entryIndex] = entry;
  }
  return sortedByPosition({ ...session, results, entries });
}

/** The session with one car's result corrected (its number too, if the patch gives one). */
export function withCorrection(session: TimingSession, car: string, patch: Partial<HandResult>): TimingSession {
  const known = session.results.find((result) => result.car === car);
  if (!known) throw new RacedeskError('not-found', `No result for car #${car} in session ${session.id}`);
  const newCar = handCar(patch, car);
  const results = session.results.map((result) => (result === known ? resultFromHand(patch, newCar, known, known.position) : result));
  const entries = session.entries.map((entry) => (entry.car === car ? entryFromHand(patch, newCar, entry) : entry));
  return sortedByPosition({ ...session, results, entries });
}
