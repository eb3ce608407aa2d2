import type { Adapter } from 'lowdb';
import { readFile, rename } from 'node:fs/promises';
import { RacedeskError } from '../../domain/errors';
import { backupPathOf, writeFileDurably } from './durable-write';

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

async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
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
    const text = await readText(this.path);
    const backupText = await readText(backupPathOf(this.path));
    if (text === null) {
      // A crash between keeping the backup and the rename leaves only the backup.
      return backupText === null ? null : parseWith(backupText, this.options.migrate);
    }
    try {
      return parseWith(text, this.options.migrate);
    } catch (error) {
      if (!(error instanceof RacedeskError)) throw error;
      return this.recover(error.message, backupText);
    }
  }

  /** Writes are queued, so overlapping saves land in the order they were asked for and the last one wins. */
  write(data: T): Promise<void> {
    const text = this.options.pretty ? JSON.stringify(data, null, 2) : JSON.stringify(data);
    const done = this.queue.then(() => writeFileDurably(this.path, text));
    this.queue = done.catch(() => undefined);
    return done;
  }

  private async recover(reason: string, backupText: string | null): Promise<T | null> {
    const movedTo = `${this.path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await rename(this.path, movedTo);
    let restored: T | null = null;
    if (backupText !== null) {
      try {
        restored = parseWith(backupText, this.options.migrate);
      } catch {
        restored = null;
      }
    }
    this.options.onRecover?.({
      file: this.path,
      movedTo,
      restoredFrom: restored === null ? 'nothing' : 'backup',
      reason,
    });
    return restored;
  }
}
