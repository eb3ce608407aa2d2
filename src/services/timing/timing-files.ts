import { RacedeskError } from '../../domain/errors';
import type { Roster, SessionSummary, TimingEvent, TimingSession, Track } from '../../domain/timing';
import { lapsFromColumns, lapsToColumns, type LapColumns } from './lap-columns';

export const TIMING_SCHEMA_VERSION = 1;
/**
 * Session files have their own version: 2 stores decimal lap columns as thousandths, which a Racedesk that
 * only knows version 1 must refuse rather than read as seconds.
 */
export const SESSION_FILE_VERSION = 2;

/** A session's line in the index, with what is needed to recognise a file imported again. */
export interface StoredSessionSummary extends SessionSummary {
  sourceHashes: string[];
  /** The names a track was looked for in, so a track added later can still be found for the session. */
  trackHint?: string;
}

/** `timing/index.json`: small, read on every start, rewritten on every import. */
export interface TimingIndex {
  schemaVersion: typeof TIMING_SCHEMA_VERSION;
  events: TimingEvent[];
  sessions: StoredSessionSummary[];
  /** Tracks the writer added or corrected; they override `resources/tracks.json` by id. */
  tracks: Track[];
  roster: Roster;
}

/** `timing/sessions/<id>.json`: one session, compact, its laps stored as columns beside it. */
export interface SessionFile {
  schemaVersion: typeof SESSION_FILE_VERSION;
  session: TimingSession;
  lapColumns?: LapColumns;
}

/** The file to write for a session: laps moved out into columns. */
export function sessionFileOf(session: TimingSession): SessionFile {
  return { schemaVersion: SESSION_FILE_VERSION, session: { ...session, laps: [] }, lapColumns: lapsToColumns(session.laps) };
}

export function emptyIndex(): TimingIndex {
  return { schemaVersion: TIMING_SCHEMA_VERSION, events: [], sessions: [], tracks: [], roster: { drivers: [], teams: [] } };
}

function versionOf(raw: unknown, what: string, newest: number): number {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new RacedeskError('bad-file', `not a ${what}`);
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined) return 0;
  if (typeof version !== 'number') throw new RacedeskError('bad-file', `${what}: schemaVersion is not a number`);
  if (version > newest) throw new RacedeskError('bad-file', `${what}: schemaVersion ${version} is newer than this Racedesk understands`);
  return version;
}

function arrayOr<T>(value: unknown, fallback: T[]): T[] {
  return Array.isArray(value) ? (value as T[]) : fallback;
}

/** Reads `index.json` of any version, filling what older versions lacked. */
export function migrateTimingIndex(raw: unknown): TimingIndex {
  versionOf(raw, 'timing index', TIMING_SCHEMA_VERSION);
  const value = raw as Partial<TimingIndex>;
  return {
    schemaVersion: TIMING_SCHEMA_VERSION,
    events: arrayOr(value.events, []),
    sessions: arrayOr<StoredSessionSummary>(value.sessions, []).map((summary) => ({ ...summary, sourceHashes: arrayOr(summary.sourceHashes, []) })),
    tracks: arrayOr(value.tracks, []),
    roster: { drivers: arrayOr(value.roster?.drivers, []), teams: arrayOr(value.roster?.teams, []) },
  };
}

/** Reads a session file of any version; a file without a session in it is refused (and set aside). */
export function migrateSessionFile(raw: unknown): SessionFile {
  versionOf(raw, 'timing session file', SESSION_FILE_VERSION);
  const session = (raw as { session?: Partial<TimingSession> }).session;
  if (!session || typeof session.id !== 'string' || !Array.isArray(session.results) || !Array.isArray(session.laps)) {
    throw new RacedeskError('bad-file', 'timing session file: no session in it');
  }
  const lapColumns = (raw as { lapColumns?: LapColumns }).lapColumns;
  const laps = lapColumns ? lapsFromColumns(lapColumns) : (session.laps as TimingSession['laps']);
  return { schemaVersion: SESSION_FILE_VERSION, session: { entries: [], sourceFiles: [], ...session, laps } as TimingSession };
}
