import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../domain/articles/article';
import { RacedeskError, isRacedeskError } from '../../domain/errors';
import type { ConflictChoice } from '../../domain/sync/sync-conflict';
import type { ConflictedArticle, ShareInput, SyncApi, SyncState, SyncStatus } from '../../api/sync';
import type { ArticlesService } from '../articles/articles-service';
import { SerialQueue, type LibraryGate } from '../storage/library-gate';
import type { TimingService } from '../timing/timing-service';
import type { VersionsService } from '../versions/versions-service';
import { AutoSync, DEFAULT_AUTO_SYNC_TIMES, type AutoSyncTimes } from './auto-sync';
import { ChangeRecorder } from './change-recorder';
import type { WorkTreeCommit } from './commit-work-tree';
import { GitArticleHistory } from './git-article-history';
import { assertGitCanSync } from './git-version';
import { readLastSync, writeLastSync } from './last-sync';
import { BRANCH, LibraryGit, REMOTE_BRANCH } from './library-git';
import { DEFAULT_NETWORK_TIMEOUT_MILLISECONDS, LibraryRemote, probeRemote } from './library-remote';
import { recoverLibrary } from './recover-library';
import { checkedRemote, scrubCredentials } from './remote-url';
import { resolveConflict } from './resolve-conflict';
import { initRepository, undoShare } from './share-library';
import type { SyncContext, SyncPhase } from './sync-context';
import { syncOnce, type SyncOutcome } from './sync-run';
import { resolveWriter, type Writer } from './writer';

export interface SyncOptions {
  /** How long a fetch or push may take before sync counts the remote as unreachable. */
  networkTimeoutMilliseconds?: number;
  autoSync?: Partial<AutoSyncTimes>;
  /** Told each step of each sync as it starts (tests kill a sync at a chosen step). */
  onPhase?: (phase: SyncPhase) => void;
  /** How long to let a git orphaned by a killed Racedesk finish before its locks are removed, on open. */
  lockGraceMilliseconds?: number;
}

interface SyncServices {
  gate: LibraryGate;
  articles: ArticlesService;
  versions: VersionsService;
  timing: TimingService;
}

const ARTICLE_FILE = /^articles\/([a-z0-9-]{1,64})\.json$/;
const COUNTED = /^(articles\/[^/]+\.json|timing\/sessions\/[^/]+\.json)$/;

/**
 * Sharing the library through git: `share` ties it to a bare repository, every write becomes a commit by the
 * writer, `now` (and a timer while the app is open) syncs with the others. See `syncOnce` for the steps and
 * `mergeLibrary` for how files changed on two laptops are settled.
 */
export class SyncService implements SyncApi {
  readonly history: GitArticleHistory;
  private readonly git: LibraryGit;
  private readonly context: SyncContext;
  private readonly recorder: ChangeRecorder;
  private readonly autoSync: AutoSync;
  private shared: boolean;
  private cachedWriter: Writer | null = null;
  private running: Promise<unknown> | null = null;
  private queued: Promise<SyncStatus> | null = null;
  /** The sync running now, with what it records after, so `close` can wait for all of it. */
  private whole: Promise<unknown> | null = null;
  private lastSyncedAt: string | null = null;
  private lastError: { code: string; message: string } | null = null;
  private changesWaiting = 0;
  private conflicts: ConflictedArticle[] = [];
  private generation = 0;
  private changedArticleIds: string[] = [];
  private notices: string[] = [];

  constructor(
    readonly folder: string,
    private readonly services: SyncServices,
    private readonly options: SyncOptions = {},
  ) {
    this.git = new LibraryGit(folder);
    this.history = new GitArticleHistory(this.git);
    this.shared = existsSync(join(this.git.gitDir, 'HEAD'));
    this.context = {
      git: this.git,
      remote: new LibraryRemote(this.git, options.networkTimeoutMilliseconds ?? DEFAULT_NETWORK_TIMEOUT_MILLISECONDS),
      gate: services.gate,
      gitQueue: new SerialQueue(),
      writer: () => this.writer(),
      phase: (phase) => options.onPhase?.(phase),
      onFilesChanged: () => {
        services.articles.forget();
        services.timing.forget();
      },
    };
    this.recorder = new ChangeRecorder(this.context, (result, error) => this.afterCommit(result, error));
    this.autoSync = new AutoSync(() => this.now().catch(() => undefined), { ...DEFAULT_AUTO_SYNC_TIMES, ...options.autoSync });
  }

  /** Brings a shared library back from any crash before it is used; call once, on open. */
  async open(): Promise<void> {
    if (!this.shared) return;
    await recoverLibrary(this.context, this.options.lockGraceMilliseconds ?? 2000);
    const last = await readLastSync(this.git.gitDir);
    this.lastSyncedAt = last.lastSyncedAt;
    this.lastError = last.error;
    await this.refresh();
  }

  /** Syncs on a timer from now on (the app and the browser host; never a one-off CLI command). */
  startAutoSync(): void {
    this.autoSync.start();
  }

  /** Stops the timer and waits for the commit in flight, so nothing saved is left uncommitted by a close. */
  async close(): Promise<void> {
    this.autoSync.stop();
    while (this.queued || this.whole) await (this.queued ?? this.whole)?.catch(() => undefined);
    await this.recorder.flush();
  }

  /** Told by the services after each write; a shared library commits it soon after. */
  recordChange(description: string): void {
    if (this.shared) this.recorder.record(description);
  }

  private async writer(): Promise<Writer> {
    this.cachedWriter ??= await resolveWriter(this.git);
    return this.cachedWriter;
  }

  private async afterCommit(result: WorkTreeCommit | null, error: unknown): Promise<void> {
    if (error) {
      this.lastError = isRacedeskError(error) ? { code: error.code, message: error.message } : { code: 'internal', message: `Could not commit the last save: ${(error as Error).message}` };
      return;
    }
    if (result?.unreadable.length) this.notices = [`Not shared until repaired (not valid JSON): ${result.unreadable.join(', ')}`];
    if (result?.commit) this.autoSync.changed();
    // A status that is a moment behind is better than a save that reports a failure it did not have.
    await this.refresh().catch(() => undefined);
  }

  private async refresh(): Promise<void> {
    if (!this.shared) return;
    const head = await this.git.resolve(BRANCH);
    const remote = await this.git.resolve(REMOTE_BRANCH);
    const paths = head ? await this.git.changedPaths(remote, head) : [];
    const counted = paths.filter((change) => COUNTED.test(change.path)).length;
    this.changesWaiting = counted || (paths.length > 0 ? 1 : 0);
    this.conflicts = await this.services.articles.conflicted();
  }

  private state(): SyncState {
    if (!this.shared) return 'not-shared';
    if (this.running) return 'syncing';
    if (this.lastError) return this.lastError.code === 'offline' ? 'offline' : 'error';
    return this.changesWaiting > 0 ? 'waiting' : 'synced';
  }

  async status(): Promise<SyncStatus> {
    const writer = await this.writer();
    const remote = this.shared ? await this.context.remote.url() : null;
    return {
      shared: this.shared,
      remote: remote ? scrubCredentials(remote) : null,
      state: this.state(),
      writer: { name: writer.name, source: writer.source },
      changesWaiting: this.changesWaiting,
      conflicts: this.conflicts,
      lastSyncedAt: this.lastSyncedAt,
      nextAttemptAt: this.autoSync.nextAttemptAt,
      error: this.lastError,
      generation: this.generation,
      changedArticleIds: this.changedArticleIds,
      notices: this.notices,
    };
  }

  async share(input: ShareInput): Promise<SyncStatus> {
    if (this.shared) {
      const remote = await this.context.remote.url();
      throw new RacedeskError('conflict', `This library is shared already, with ${scrubCredentials(remote ?? 'a remote')}. To move it elsewhere, change the remote with git (git -C "${this.folder}" remote set-url origin <new>).`);
    }
    const remote = checkedRemote(input.remote);
    await assertGitCanSync();
    await probeRemote(remote, this.options.networkTimeoutMilliseconds);
    const initial = await this.context.gitQueue.run(() => this.context.gate.exclusive(() => initRepository(this.git, this.recorder, remote, input.writer)));
    this.shared = true;
    this.cachedWriter = null;
    this.lastError = null;
    try {
      await this.now();
    } catch (error) {
      // Unreachable for a moment is normal; a remote that refuses means this library was never shared.
      if (!isRacedeskError(error) || error.code === 'offline') return this.status();
      await this.context.gitQueue.run(() => this.context.gate.exclusive(() => undoShare(this.git, initial)));
      this.context.onFilesChanged([]);
      this.shared = false;
      this.lastError = null;
      throw error;
    }
    return this.status();
  }

  /** Syncs now; a call while a sync runs waits for it and runs one more, so what was saved before it is sent. */
  now(): Promise<SyncStatus> {
    if (!this.shared) return Promise.reject(new RacedeskError('bad-input', 'This library is not shared yet: share it first (Library › Share…, or racedesk sync init <remote>).'));
    if (this.queued) return this.queued;
    let next: Promise<SyncStatus> | null = null;
    next = (async () => {
      await Promise.resolve();
      while (this.whole) await this.whole.catch(() => undefined);
      // From here on, a new call queues the next sync rather than joining this one.
      this.queued = null;
      this.whole = next;
      try {
        return await this.runOnce();
      } finally {
        this.whole = null;
      }
    })();
    this.queued = next;
    return next;
  }

  private async runOnce(): Promise<SyncStatus> {
    const run = assertGitCanSync().then(() => syncOnce(this.context, this.recorder));
    this.running = run;
    try {
      this.finished(await run);
    } catch (error) {
      this.failed(error);
      throw error;
    } finally {
      this.running = null;
      await this.refresh().catch(() => undefined);
      if (this.shared) await writeLastSync(this.git.gitDir, { lastSyncedAt: this.lastSyncedAt, error: this.lastError }).catch(() => undefined);
    }
    return this.status();
  }

  private finished(outcome: SyncOutcome): void {
    this.lastSyncedAt = new Date().toISOString();
    this.lastError = null;
    if (outcome.changed.length > 0) {
      this.generation += 1;
      this.changedArticleIds = [...new Set(outcome.changed.flatMap((change) => ARTICLE_FILE.exec(change.path)?.[1] ?? []))];
    }
    this.notices = outcome.notices;
    this.autoSync.finished(true);
  }

  private failed(error: unknown): void {
    this.lastError = isRacedeskError(error)
      ? { code: error.code, message: error.message }
      : { code: 'internal', message: `Sync hit an internal error; your work is kept here. (${(error as Error).message})` };
    this.autoSync.finished(false);
  }

  async resolveConflict(articleId: string, keep: ConflictChoice): Promise<Article> {
    const article = await resolveConflict(this.services.articles, this.services.versions, articleId, keep);
    this.conflicts = await this.services.articles.conflicted();
    return article;
  }
}
