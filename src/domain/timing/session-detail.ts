import { gapToClassLeaderSeconds, lapsBehindClassLeader } from './gaps';
import { speedKph, speedMph } from './speed';
import type { Entry, Result, SessionKind, TimingSession, Track } from './types';

/** One line of a session's results as the Timing view and `racedesk session` show it. */
export interface ResultRow extends Result {
  team: string;
  vehicle: string;
  drivers: string[];
  /** The best-lap driver when known, else the driver the results name, else the first entered driver. */
  shownDriver: string | null;
  gapToClassLeaderSeconds: number | null;
  lapsBehindClassLeader: number | null;
  /** Best-lap speed from the track length; null when the track is unknown. */
  speedKph: number | null;
  speedMph: number | null;
}

export interface ClassResults {
  className: string;
  rows: ResultRow[];
}

/** A session without its laps, its results grouped by class. */
export interface SessionDetail extends Pick<TimingSession, 'id' | 'eventId' | 'series' | 'eventName' | 'name' | 'kind' | 'startTime' | 'sourceFiles'> {
  track: Track | null;
  lapCount: number;
  classes: ClassResults[];
}

function rowOf(result: Result, entry: Entry | undefined, leader: Result, kind: SessionKind, track: Track | null): ResultRow {
  const best = result.bestLapSeconds;
  return {
    ...result,
    team: entry?.team ?? '',
    vehicle: entry?.vehicle ?? '',
    drivers: entry?.drivers ?? [],
    shownDriver: result.bestLapDriver ?? result.driver ?? entry?.drivers[0] ?? null,
    gapToClassLeaderSeconds: gapToClassLeaderSeconds(result, leader, kind),
    lapsBehindClassLeader: kind === 'race' ? lapsBehindClassLeader(result, leader) : null,
    speedKph: track && best ? speedKph(track.lengthKm, best) : null,
    speedMph: track && best ? speedMph(track.lengthMiles, best) : null,
  };
}

/** Groups a session's results by class, in the order classes first appear, with gaps and speeds worked out. */
export function sessionDetail(session: TimingSession, track: Track | null): SessionDetail {
  const entries = new Map(session.entries.map((entry) => [entry.car, entry]));
  const byClass = new Map<string, Result[]>();
  for (const result of [...session.results].sort((a, b) => a.position - b.position)) {
    const list = byClass.get(result.className) ?? [];
    list.push(result);
    byClass.set(result.className, list);
  }
  const classes = [...byClass].map(([className, results]) => ({
    className,
    rows: results.map((result) => rowOf(result, entries.get(result.car), results[0], session.kind, track)),
  }));
  return {
    id: session.id,
    eventId: session.eventId,
    series: session.series,
    eventName: session.eventName,
    name: session.name,
    kind: session.kind,
    startTime: session.startTime,
    sourceFiles: session.sourceFiles,
    track,
    lapCount: session.laps.length,
    classes,
  };
}
