import type { Adapter } from 'lowdb';
import { randomBytes } from 'node:crypto';
import { link, rename } from 'node:fs/promises';
import { RacedeskError } from '../../domain/errors';
import { backupPathOf, writeFileDurably } from './durable-write';
import { readTextIfExists } from './read-text';

/** What happened when a stored file could not be read and was set aside. */
export interface RecoveryNotice {
  file: string;
  movedTo: string;
  restoredFrom: 'backup' | 'nothing';
  reason: string;
}

export interface DurableJsonOptions<T> {
  /** Upgrades whatever was on disk (any older `schemaVersion`) to the current shape, or throws `RacedeskError`. */
  migrate: (raw: unknown) => T;
  /** Laps files are large: compact JSON saves bytes that nobody reads by eye. */
  pretty?: boolean;
  /** Told when a broken file is moved aside, so the user can hear about it. */
  onRecover?: (notice: RecoveryNotice) => void;
}

function parseWith<T>(text: string, migrate: (raw: unknown) => T): T {
  if (text.trim() === '') throw new RacedeskError('bad-file', 'the file is empty');
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new RacedeskError('bad-file', `not valid JSON (${(error as Error).message})`);
  }
  return migrate(raw);
}

/**
 * A lowdb adapter that writes durably and never overwrites a file it could not parse: such a file is moved
 * aside (`<name>.corrupt-<time>`), the last good copy (`<name>.bak`) is loaded, and `onRecover` is told.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly path: string,
    private readonly options: DurableJsonOptions<T>,
  ) {}

  async read(): Promise<T | null> {
    const text = await readTextIfExists(this.path);
    if (text !== null) {
      try {
        return parseWith(text, this.options.migrate);
      } catch (error) {
        if (!(error instanceof RacedeskError)) throw error;
        return this.recover(await this.setAside(this.path), error.message);
      }
    }
    // No file but a backup: a recovery that could not put the backup back. Finish it.
    if ((await readTextIfExists(backupPathOf(this.path))) === null) return null;
    return this.restoreBackup();
  }

  /** Writes are queued, so overlapping saves land in the order they were asked for and the last one wins. */
  write(data: T): Promise<void> {
    const text = this.options.pretty ? JSON.stringify(data, null, 2) : JSON.stringify(data);
    const done = this.queue.then(() => writeFileDurably(this.path, text));
    this.queue = done.catch(() => undefined);
    return done;
  }

  private async setAside(path: string): Promise<string> {
    const movedTo = `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(2).toString('hex')}`;
    await rename(path, movedTo);
    return movedTo;
  }

  /** The backup's data, linked back in place as the file; a backup that fails to parse is set aside too. */
  private async restoreBackup(): Promise<T | null> {
    const backup = backupPathOf(this.path);
    const backupText = await readTextIfExists(backup);
    if (backupText === null) return null;
    let restored: T;
    try {
      restored = parseWith(backupText, this.options.migrate);
    } catch (error) {
      if (!(error instanceof RacedeskError)) throw error;
      // Set aside rather than left for the next write to delete as an old backup.
      await this.setAside(backup);
      return null;
    }
    // Back in place as a file, or the next write would find no file to keep as `.bak` and a crash could lose both.
    try {
      await link(backup, this.path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    return restored;
  }

  private async recover(movedTo: string, reason: string): Promise<T | null> {
    const restored = await this.restoreBackup();
    this.options.onRecover?.({
      file: this.path,
      movedTo,
      restoredFrom: restored === null ? 'nothing' : 'backup',
      reason,
    });
    return restored;
  }
}
