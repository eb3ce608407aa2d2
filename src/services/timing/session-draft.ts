import {
  classifyFromLaps,
  joinResultsWithLaps,
  withClassPositions,
  type Entry,
  type Lap,
  type Result,
  type SessionKind,
  type TimingSession,
} from '../../domain/timing';

/** A session as one importer read it, before it is named, placed on a track and stored. */
export interface SessionDraft {
  /** Identifies the session across imports, e.g. `202401211355-qualifying` or `2024-monaco-grand-prix-race`. */
  key: string;
  series: string;
  eventName: string;
  /** Set when the files named no event and `eventName` is made up from the date ("Event of 2024-01-21"). */
  eventDate?: string;
  year: number | null;
  name: string;
  kind: SessionKind;
  startTime: string | null;
  /** Text a track is looked for in: folder and file names, circuit names. */
  trackHint: string;
  sourceFiles: string[];
  /** sha256 of each source file, so importing the same file again changes nothing. */
  sourceHashes: string[];
  entries: Entry[];
  /** Null when this import brought no results (a laps file alone). */
  results: Result[] | null;
  laps: Lap[] | null;
  resultsFrom?: 'file' | 'hand';
}

function mergeEntries(stored: Entry[], incoming: Entry[]): Entry[] {
  const byCar = new Map(stored.map((entry) => [entry.car, entry]));
  for (const entry of incoming) {
    const old = byCar.get(entry.car);
    const nationalities = old?.nationalities || entry.nationalities ? { nationalities: { ...old?.nationalities, ...entry.nationalities } } : {};
    byCar.set(entry.car, old ? { ...old, ...entry, drivers: [...new Set([...entry.drivers, ...old.drivers])], ...nationalities } : entry);
  }
  return [...byCar.values()];
}

/**
 * Completes a draft into the session to store, on top of what is already stored under the same id (a laps
 * file imported after its results file joins them): best-lap drivers from laps, deleted laps flagged, class
 * positions counted. With laps and no results, the classification is worked out from the laps.
 */
export function finishSession(draft: SessionDraft, ids: { id: string; eventId: string; trackId: string | null }, stored: TimingSession | null): TimingSession {
  const laps = draft.laps ?? stored?.laps ?? [];
  const entries = mergeEntries(stored?.entries ?? [], draft.entries);
  const storedResults = stored && stored.resultsFrom !== 'laps' ? stored.results : null;
  const rawResults = draft.results ?? storedResults;
  const joined = rawResults
    ? joinResultsWithLaps(rawResults, laps.map((lap) => (lap.deleted ? { ...lap, deleted: false } : lap)), draft.kind === 'race')
    : { results: classifyFromLaps(laps, entries, draft.kind), laps };
  return {
    id: ids.id,
    eventId: ids.eventId,
    series: draft.series,
    eventName: draft.eventName,
    name: draft.name,
    kind: draft.kind,
    startTime: draft.startTime ?? stored?.startTime ?? null,
    trackId: ids.trackId,
    sourceFiles: [...new Set([...(stored?.sourceFiles ?? []), ...draft.sourceFiles])],
    entries,
    results: withClassPositions(joined.results),
    laps: joined.laps,
    resultsFrom: rawResults ? (draft.results ? draft.resultsFrom ?? 'file' : stored?.resultsFrom ?? 'file') : 'laps',
  };
}
