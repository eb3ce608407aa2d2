import type { Low } from 'lowdb';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { RacedeskError } from '../../domain/errors';
import type { TimingSession } from '../../domain/timing';
import { DurableJsonFile, type RecoveryNotice } from '../storage/durable-json-file';
import { openJsonStore } from '../storage/json-store';
import { emptyIndex, migrateSessionFile, migrateTimingIndex, sessionFileOf, type SessionFile, type TimingIndex } from './timing-files';

const SESSION_ID_PATTERN = /^[a-z0-9-]{1,200}$/;
const CACHED_SESSIONS = 4;

/**
 * The timing library on disk: `<library>/timing/index.json` (events, session list, tracks, roster) and one
 * compact `sessions/<id>.json` per session with its laps, so cost follows the change. Nothing is created on
 * disk until something is written.
 */
export class SessionStore {
  private indexStore: Promise<Low<TimingIndex>> | null = null;
  private readonly cache = new Map<string, TimingSession>();

  constructor(
    readonly folder: string,
    private readonly onRecover: (notice: RecoveryNotice) => void,
  ) {}

  private sessionPath(id: string): string {
    if (!SESSION_ID_PATTERN.test(id)) throw new RacedeskError('bad-input', `not a session id: ${id}`);
    return join(this.folder, 'sessions', `${id}.json`);
  }

  private sessionFile(id: string): DurableJsonFile<SessionFile> {
    return new DurableJsonFile<SessionFile>(this.sessionPath(id), { migrate: migrateSessionFile, onRecover: this.onRecover });
  }

  /** Forgets the index and sessions read so far; the next read goes to disk. */
  forget(): void {
    this.indexStore = null;
    this.cache.clear();
  }

  index(): Promise<Low<TimingIndex>> {
    if (!this.indexStore) {
      this.indexStore = openJsonStore<TimingIndex>(join(this.folder, 'index.json'), emptyIndex(), {
        migrate: migrateTimingIndex,
        pretty: true,
        onRecover: this.onRecover,
      });
      this.indexStore.catch(() => (this.indexStore = null));
    }
    return this.indexStore;
  }

  async writeIndex(next: TimingIndex): Promise<void> {
    const store = await this.index();
    const previous = store.data;
    store.data = next;
    try {
      await store.write();
    } catch (error) {
      store.data = previous;
      throw new RacedeskError('storage', `Could not save the timing index: ${(error as Error).message}. The last saved version is intact.`);
    }
  }

  /** The stored session, or null when there is none with that id. */
  async readSession(id: string): Promise<TimingSession | null> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const file = await this.sessionFile(id).read();
    if (file) this.remember(file.session);
    return file?.session ?? null;
  }

  async writeSession(session: TimingSession): Promise<void> {
    await mkdir(join(this.folder, 'sessions'), { recursive: true });
    try {
      await this.sessionFile(session.id).write(sessionFileOf(session));
    } catch (error) {
      throw new RacedeskError('storage', `Could not save session ${session.id}: ${(error as Error).message}`);
    }
    this.remember(session);
  }

  async deleteSession(id: string): Promise<void> {
    const path = this.sessionPath(id);
    this.cache.delete(id);
    await rm(path, { force: true });
    await rm(`${path}.bak`, { force: true });
  }

  private remember(session: TimingSession): void {
    this.cache.delete(session.id);
    this.cache.set(session.id, session);
    while (this.cache.size > CACHED_SESSIONS) this.cache.delete(this.cache.keys().next().value as string);
  }
}
