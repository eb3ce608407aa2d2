import type { FileUpload } from '../../api/articles';
import type {
  AddResultsInput,
  HandResult,
  TimingApi,
  TimingImportOptions,
  TimingImportReport,
  TrackInput,
} from '../../api/timing';
import { RacedeskError } from '../../domain/errors';
import {
  kilometresFromMiles,
  matchTrack,
  trackOfSession,
  milesFromKilometres,
  sessionDetail,
  slugOf,
  type Lap,
  type Roster,
  type SessionDetail,
  type SessionSummary,
  type TimingEvent,
  type TimingSession,
  type Track,
} from '../../domain/timing';
import type { RecoveryNotice } from '../storage/durable-json-file';
import { standaloneWrites, type LibraryWrites } from '../storage/library-writes';
import { newHandSession, withCorrection, withHandResults } from './hand-editing';
import { draftsFromFiles } from './import-files';
import { placeDrafts } from './place-drafts';
import { eventsOf, sortSummaries, summaryOf } from './index-update';
import { rosterWith } from './roster-update';
import { finishSession, type SessionDraft } from './session-draft';
import { kindOfName } from './session-naming';
import { SessionStore } from './session-store';
import { readSourcePaths, sourceFilesFromUploads, type SourceFile } from './source-files';
import { builtInTracks, findNamedTrack, mergeTracks, trackSchema } from './track-catalog';
import type { StoredSessionSummary } from './timing-files';

interface Prepared {
  session: TimingSession;
  track: Track | null;
  sourceHashes: string[];
  trackHint?: string;
}

function withOptions(draft: SessionDraft, options: TimingImportOptions): SessionDraft {
  return {
    ...draft,
    eventName: options.event ?? draft.eventName,
    name: options.session ?? draft.name,
    series: options.series ?? draft.series,
    kind: options.kind ?? (options.session ? kindOfName(options.session, draft.kind) : draft.kind),
  };
}

/**
 * The timing library under `<library>/timing/`: imports official timing files and hand-typed results,
 * and answers what was stored. Every import reads and checks all its files before writing anything.
 */
export class TimingService implements TimingApi {
  private readonly store: SessionStore;
  private readonly builtIn = builtInTracks();
  /** Changes run one at a time: each reads the index and writes it back, and must not lose another's. */
  private changes: Promise<unknown> = Promise.resolve();

  constructor(
    folder: string,
    onRecover: (notice: RecoveryNotice) => void = () => undefined,
    private readonly writes: LibraryWrites = standaloneWrites(),
  ) {
    this.store = new SessionStore(folder, onRecover);
  }

  /** Drops what is cached of the timing library, so the next read finds what a sync wrote to disk. */
  forget(): void {
    this.store.forget();
  }

  async importPaths(paths: string[], options: TimingImportOptions = {}): Promise<TimingImportReport> {
    return this.importSources(await readSourcePaths(paths), options);
  }

  importFiles(files: FileUpload[], options: TimingImportOptions = {}): Promise<TimingImportReport> {
    return this.importSources(sourceFilesFromUploads(files), options);
  }

  importText(text: string, options: TimingImportOptions = {}): Promise<TimingImportReport> {
    const name = `${slugOf(options.session ?? 'pasted results')}.txt`;
    return this.importSources([{ name, folder: '', bytes: new TextEncoder().encode(text) }], options);
  }

  /** Runs one change at a time, as a write to the library, and says what it was once it is on disk. */
  private exclusive<T>(change: () => Promise<T>, describe: (result: T) => string | null): Promise<T> {
    const done = this.changes.then(() =>
      this.writes.gate.shared(async () => {
        const result = await change();
        const description = describe(result);
        if (description) this.writes.changed(description);
        return result;
      }),
    );
    this.changes = done.catch(() => undefined);
    return done;
  }

  private async importSources(sources: SourceFile[], options: TimingImportOptions): Promise<TimingImportReport> {
    const { drafts, skipped } = draftsFromFiles(sources, options);
    return this.exclusive(
      () => this.storeDrafts(drafts, skipped, options),
      (report) => (report.sessions.length ? `Import timing: ${report.sessions.map((session) => `${session.eventName} ${session.name}`).join(', ')}` : null),
    );
  }

  private async storeDrafts(drafts: SessionDraft[], skipped: TimingImportReport['skipped'], options: TimingImportOptions): Promise<TimingImportReport> {
    if (options.session && drafts.length > 1) {
      throw new RacedeskError('bad-input', `--session names one session, but these files hold ${drafts.length}`);
    }
    const index = (await this.store.index()).data;
    const tracks = await this.listTracks();
    const explicitTrack = options.track ? findNamedTrack(options.track, tracks) : null;
    const prepared = new Map<string, Prepared>();
    const unchangedSessionIds: string[] = [];
    for (const { draft, track } of placeDrafts(drafts.map((each) => withOptions(each, options)), tracks, explicitTrack, options)) {
      const trackHint = `${draft.trackHint} ${draft.eventName}`;
      const eventId = slugOf(`${draft.series} ${draft.year ?? ''} ${draft.eventName}`);
      const id = slugOf(`${eventId} ${draft.key}`);
      const existing = index.sessions.find((summary) => summary.id === id);
      const sameFiles = existing && draft.sourceHashes.every((hash) => existing.sourceHashes.includes(hash));
      const unchanged = sameFiles && existing.trackId === (track?.id ?? null) && existing.name === draft.name && !prepared.has(id);
      // A session whose file was damaged and set aside is imported again even from the same files.
      if (unchanged && (await this.store.readSession(id)) !== null) {
        unchangedSessionIds.push(id);
        continue;
      }
      const stored = prepared.get(id)?.session ?? (existing ? await this.store.readSession(id) : null);
      const session = finishSession(draft, { id, eventId, trackId: track?.id ?? null }, stored);
      const hashes = [...new Set([...(existing?.sourceHashes ?? []), ...(prepared.get(id)?.sourceHashes ?? []), ...draft.sourceHashes])];
      prepared.set(id, { session, track, sourceHashes: hashes, trackHint });
    }
    const summaries = await this.commit([...prepared.values()]);
    return { sessions: summaries, unchangedSessionIds, skipped };
  }

  /** Writes sessions first, then the index that lists them, so the index never names a missing file. */
  private async commit(prepared: Prepared[]): Promise<SessionSummary[]> {
    if (prepared.length === 0) return [];
    for (const { session } of prepared) await this.store.writeSession(session);
    const index = (await this.store.index()).data;
    const added = prepared.map(({ session, track, sourceHashes, trackHint }) => summaryOf(session, track, sourceHashes, trackHint));
    const ids = new Set(added.map((summary) => summary.id));
    const sessions = sortSummaries([...index.sessions.filter((summary) => !ids.has(summary.id)), ...added]);
    const roster = prepared.reduce((current, { session }) => rosterWith(current, session), index.roster);
    await this.store.writeIndex({ ...index, sessions, events: eventsOf(sessions), roster });
    return added.map(publicSummary);
  }

  async listSessions(): Promise<SessionSummary[]> {
    return (await this.store.index()).data.sessions.map(publicSummary);
  }

  async listEvents(): Promise<TimingEvent[]> {
    return (await this.store.index()).data.events;
  }

  private async summary(id: string): Promise<StoredSessionSummary> {
    const found = (await this.store.index()).data.sessions.find((summary) => summary.id === id);
    if (!found) throw new RacedeskError('not-found', `No session ${id} in the library`);
    return found;
  }

  /** The whole stored session, laps included. The object is shared with a cache: do not change it. */
  async getStoredSession(id: string): Promise<TimingSession> {
    await this.summary(id);
    const session = await this.store.readSession(id);
    if (!session) throw new RacedeskError('not-found', `Session ${id} is listed but its file is missing; import it again`);
    return session;
  }

  async getSession(id: string): Promise<SessionDetail> {
    const session = await this.getStoredSession(id);
    return sessionDetail(session, trackOfSession(session, await this.listTracks()));
  }

  async getLaps(sessionId: string, car: string): Promise<Lap[]> {
    const session = await this.getStoredSession(sessionId);
    const laps = session.laps.filter((lap) => lap.car === car).sort((a, b) => a.lapNumber - b.lapNumber);
    if (laps.length === 0 && !session.entries.some((entry) => entry.car === car)) {
      throw new RacedeskError('not-found', `No car #${car} in session ${sessionId}`);
    }
    return laps;
  }

  private async trackOf(trackId: string | null): Promise<Track | null> {
    if (!trackId) return null;
    return (await this.listTracks()).find((track) => track.id === trackId) ?? null;
  }

  async listTracks(): Promise<Track[]> {
    return mergeTracks(this.builtIn, (await this.store.index()).data.tracks);
  }

  saveTrack(input: TrackInput): Promise<Track> {
    return this.exclusive(() => this.storeTrack(input), (track) => `Track ${track.name}`);
  }

  private async storeTrack(input: TrackInput): Promise<Track> {
    const lengthKm = input.lengthKm ?? (input.lengthMiles ? Math.round(kilometresFromMiles(input.lengthMiles) * 1000) / 1000 : undefined);
    const lengthMiles = input.lengthMiles ?? (input.lengthKm ? Math.round(milesFromKilometres(input.lengthKm) * 1000) / 1000 : undefined);
    if (lengthKm === undefined || lengthMiles === undefined) throw new RacedeskError('bad-input', `${input.name}: give the length in km or miles`);
    const track = trackSchema.parse({ id: input.id ?? slugOf(input.name), name: input.name, aliases: input.aliases ?? [], lengthKm, lengthMiles, source: input.source });
    const index = (await this.store.index()).data;
    const found = index.sessions.filter((summary) => summary.trackId === null && matchTrack(summary.trackHint ?? summary.eventName, [track]));
    for (const summary of found) {
      const session = await this.store.readSession(summary.id);
      if (session) await this.store.writeSession({ ...session, trackId: track.id });
    }
    const foundIds = new Set(found.map((summary) => summary.id));
    const sessions = index.sessions.map((summary) =>
      summary.trackId === track.id || foundIds.has(summary.id) ? { ...summary, trackId: track.id, trackName: track.name } : summary,
    );
    await this.store.writeIndex({ ...index, sessions, events: eventsOf(sessions), tracks: [...index.tracks.filter((each) => each.id !== track.id), track] });
    return track;
  }

  async roster(): Promise<Roster> {
    return (await this.store.index()).data.roster;
  }

  addResults(input: AddResultsInput): Promise<SessionDetail> {
    return this.exclusive(async () => {
      const session = input.sessionId ? await this.getStoredSession(input.sessionId) : newHandSession(input, await this.listTracks());
      return this.saveEdited(withHandResults(session, input.results));
    }, (detail) => `Results typed for ${detail.eventName} ${detail.name}`);
  }

  correctResult(sessionId: string, car: string, patch: Partial<HandResult>): Promise<SessionDetail> {
    return this.exclusive(
      async () => this.saveEdited(withCorrection(await this.getStoredSession(sessionId), car, patch)),
      (detail) => `Correct car #${car} in ${detail.eventName} ${detail.name}`,
    );
  }

  private async saveEdited(session: TimingSession): Promise<SessionDetail> {
    const index = (await this.store.index()).data;
    const existing = index.sessions.find((summary) => summary.id === session.id);
    const track = await this.trackOf(session.trackId);
    await this.commit([{ session, track, sourceHashes: existing?.sourceHashes ?? [], trackHint: existing?.trackHint ?? session.eventName }]);
    return sessionDetail(session, track);
  }

  deleteSession(id: string): Promise<void> {
    return this.exclusive(() => this.removeSession(id), () => `Delete timing session ${id}`);
  }

  private async removeSession(id: string): Promise<void> {
    await this.summary(id);
    const index = (await this.store.index()).data;
    const sessions = index.sessions.filter((summary) => summary.id !== id);
    await this.store.writeIndex({ ...index, sessions, events: eventsOf(sessions) });
    await this.store.deleteSession(id);
  }
}

function publicSummary(summary: StoredSessionSummary): SessionSummary {
  const { sourceHashes: _hashes, trackHint: _hint, ...rest } = summary;
  return rest;
}
