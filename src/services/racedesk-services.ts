import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { RacedeskApi } from '../api';
import { ArticlesService } from './articles/articles-service';
import type { RecoveryNotice } from './storage/durable-json-file';
import { TimingService } from './timing/timing-service';
import { CheckService } from './check/check-service';
import { VersionsService } from './versions/versions-service';
import { acquireLibraryLock, type LibraryLockOptions } from './storage/library-lock';
import { ExportService } from './export/export-service';
import { LibraryGate } from './storage/library-gate';
import type { LibraryWrites } from './storage/library-writes';
import { SyncService, type SyncOptions } from './sync/sync-service';

export interface RacedeskServices extends RacedeskApi {
  libraryFolder: string;
  /** The timing service itself, for Node callers that need `getStoredSession` (laps included). */
  timing: TimingService;
  /** The export service itself, so the Electron app can print PDFs with its own Chromium. */
  export: ExportService;
  /** Sharing through git, with what only Node callers use (the timer, close). */
  sync: SyncService;
  /** Files found broken and set aside since start-up, for the user to hear about. */
  recoveryNotices: RecoveryNotice[];
  /** Lets go of the library lock; open it again to use the library after this. */
  close(): Promise<void>;
}

/**
 * Opens the library at `libraryFolder` (created on first use) and builds every service on it. The Electron
 * main process, the CLI and the browser host all call this; none of them holds logic of its own.
 */
export async function openRacedeskServices(libraryFolder: string, lockOptions?: LibraryLockOptions, syncOptions?: SyncOptions): Promise<RacedeskServices> {
  await mkdir(libraryFolder, { recursive: true });
  const lock = await acquireLibraryLock(libraryFolder, lockOptions);
  const recoveryNotices: RecoveryNotice[] = [];
  const onRecover = (notice: RecoveryNotice) => recoveryNotices.push(notice);
  const gate = new LibraryGate();
  const writes: LibraryWrites = { gate, changed: (description) => sync.recordChange(description) };
  const articles = new ArticlesService(join(libraryFolder, 'articles'), onRecover, writes);
  const versions = new VersionsService(join(libraryFolder, 'versions'), articles, writes);
  articles.afterImport = (article) => versions.keep(article, 'As imported');
  const timing = new TimingService(join(libraryFolder, 'timing'), onRecover, writes);
  const check = new CheckService(timing, articles);
  articles.sessionsToLink = (facts) => check.sessionsToLink(facts);
  const sync = new SyncService(libraryFolder, { gate, articles, versions, timing }, syncOptions);
  versions.history = sync.history;
  try {
    await sync.open();
  } catch (error) {
    await lock.release();
    throw error;
  }
  return {
    libraryFolder,
    recoveryNotices,
    close: async () => {
      await sync.close();
      await lock.release();
    },
    sync,
    articles,
    timing,
    check,
    versions,
    export: new ExportService(articles, join(libraryFolder, 'settings', 'export.json'), onRecover),
    library: {
      info: async () => ({ folder: libraryFolder }),
      notices: async () => [...recoveryNotices],
    },
  };
}
