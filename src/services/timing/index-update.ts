import type { SessionSummary, TimingEvent, TimingSession, Track } from '../../domain/timing';
import type { StoredSessionSummary } from './timing-files';

/** The index line for a stored session. */
export function summaryOf(session: TimingSession, track: Track | null, sourceHashes: string[], trackHint?: string): StoredSessionSummary {
  return {
    id: session.id,
    eventId: session.eventId,
    eventName: session.eventName,
    name: session.name,
    kind: session.kind,
    series: session.series,
    startTime: session.startTime,
    trackId: session.trackId,
    trackName: track?.name ?? null,
    carCount: new Set([...session.entries.map((entry) => entry.car), ...session.results.map((result) => result.car)]).size,
    lapCount: session.laps.length,
    sourceFiles: session.sourceFiles,
    sourceHashes,
    ...(trackHint ? { trackHint } : {}),
  };
}

/** Sessions in reading order: by event, then start time, then name. */
export function sortSummaries<T extends SessionSummary>(summaries: T[]): T[] {
  return [...summaries].sort(
    (a, b) => a.eventId.localeCompare(b.eventId) || (a.startTime ?? '').localeCompare(b.startTime ?? '') || a.name.localeCompare(b.name),
  );
}

/** Events as their sessions describe them: one per event id, dated by its first and last session. */
export function eventsOf(summaries: SessionSummary[]): TimingEvent[] {
  const events = new Map<string, TimingEvent>();
  for (const summary of summaries) {
    const date = summary.startTime?.slice(0, 10) ?? null;
    const event = events.get(summary.eventId) ?? { id: summary.eventId, series: summary.series, name: summary.eventName, trackId: summary.trackId, startDate: null, endDate: null };
    if (date && (!event.startDate || date < event.startDate)) event.startDate = date;
    if (date && (!event.endDate || date > event.endDate)) event.endDate = date;
    event.trackId ??= summary.trackId;
    events.set(summary.eventId, event);
  }
  return [...events.values()];
}
