import { describe, expect, it } from 'vitest';
import type { Track } from '../../../src/domain/timing';
import { mergeTimingIndex } from '../../../src/services/sync/merge-timing-index';
import { emptyIndex, type StoredSessionSummary, type TimingIndex } from '../../../src/services/timing/timing-files';

function summary(id: string, sourceFiles: string[] = [`${id}-results.csv`]): StoredSessionSummary {
  return { id, eventId: 'imsa-2024-roar', eventName: 'Roar Before the 24', name: id, kind: 'qualifying', series: 'IMSA', startTime: '2024-01-21T13:55:00', trackId: 'daytona', trackName: 'Daytona', carCount: 59, lapCount: 336, sourceFiles, sourceHashes: sourceFiles };
}

function index(sessions: StoredSessionSummary[], drivers: string[] = [], tracks: Track[] = []): TimingIndex {
  return { ...emptyIndex(), sessions, tracks, roster: { drivers: drivers.map((name) => ({ name, aliases: [], series: ['IMSA'] })), teams: [] } };
}

describe('merging the timing index two laptops changed', () => {
  it('keeps sessions both imported, lists the union of their rosters, and works the events out again', () => {
    const merged = mergeTimingIndex(index([]), index([summary('qualifying')], ['Pipo Derani']), index([summary('race')], ['Pipo Derani', 'Sébastien Bourdais']), new Set(['qualifying', 'race']));
    expect(merged.sessions.map((each) => each.id)).toEqual(['qualifying', 'race']);
    expect(merged.roster.drivers.map((driver) => driver.name)).toEqual(['Pipo Derani', 'Sébastien Bourdais']);
    expect(merged.events).toHaveLength(1);
  });

  it('lets a deletion stand where the other side left the session alone, and lists only sessions whose file is there', () => {
    const base = index([summary('practice'), summary('qualifying')]);
    const merged = mergeTimingIndex(base, index([summary('qualifying')]), index([summary('practice'), summary('qualifying'), summary('race')]), new Set(['qualifying']));
    expect(merged.sessions.map((each) => each.id)).toEqual(['qualifying']);
  });

  it('takes the summary built from more files when both changed one session (laps joined to results)', () => {
    const merged = mergeTimingIndex(null, index([summary('qualifying')]), index([summary('qualifying', ['qualifying-results.csv', 'qualifying-laps.csv'])]), new Set(['qualifying']));
    expect(merged.sessions[0].sourceFiles).toEqual(['qualifying-results.csv', 'qualifying-laps.csv']);
  });

  it('keeps a track either laptop added', () => {
    const sebring: Track = { id: 'sebring', name: 'Sebring', aliases: [], lengthKm: 6.02, lengthMiles: 3.74, source: 'imsa.com' };
    expect(mergeTimingIndex(index([]), index([], [], [sebring]), index([]), new Set()).tracks).toEqual([sebring]);
  });
});
