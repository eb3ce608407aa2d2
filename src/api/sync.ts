import { z } from 'zod';
import type { Article } from '../domain/articles/article';
import type { ConflictChoice } from '../domain/sync/sync-conflict';

const id = z.string().min(1).max(200);

/** Where the writer's name for commits came from. */
export type WriterSource = 'library' | 'git' | 'computer';

/** What the status bar says about sharing. */
export type SyncState = 'not-shared' | 'syncing' | 'synced' | 'waiting' | 'offline' | 'error';

/** An article waiting for the writer to settle a sync conflict. */
export interface ConflictedArticle {
  id: string;
  headline: string;
  role: 'kept' | 'copy';
  otherId: string;
}

export interface SyncStatus {
  shared: boolean;
  /** The shared repository, any password hidden. */
  remote: string | null;
  state: SyncState;
  writer: { name: string; source: WriterSource };
  /** Articles and sessions changed here and not yet on the shared repository. */
  changesWaiting: number;
  conflicts: ConflictedArticle[];
  lastSyncedAt: string | null;
  /** When sync tries again by itself after a failure. */
  nextAttemptAt: string | null;
  error: { code: string; message: string } | null;
  /** Goes up each time a sync changed files here, so the desk knows to read them again. */
  generation: number;
  /** Articles the last sync changed, added or removed here. */
  changedArticleIds: string[];
  /** What the last sync settled by itself that the writer should know about. */
  notices: string[];
}

export const shareInputSchema = z
  .object({
    remote: z.string().min(1).max(2000),
    writer: z.string().trim().min(1).max(200).optional(),
  })
  .strict();
export type ShareInput = z.infer<typeof shareInputSchema>;

const choice = z.enum(['this', 'other', 'both']) satisfies z.ZodType<ConflictChoice>;

/** Payload schemas, one tuple of arguments per method of `SyncApi`. */
export const syncSchemas = {
  status: z.tuple([]),
  share: z.tuple([shareInputSchema]),
  now: z.tuple([]),
  resolveConflict: z.tuple([id, choice]),
};

/** Sharing the library with the rest of the newsroom through a git repository. */
export interface SyncApi {
  status(): Promise<SyncStatus>;
  /**
   * Makes this library shared through `remote` (a bare git repository: a folder on a shared drive, ssh:// or
   * https://), then syncs once. Refused when the library is shared already, or the remote cannot be reached.
   */
  share(input: ShareInput): Promise<SyncStatus>;
  /** Syncs now: commits what is saved, brings the others' changes, sends this laptop's. */
  now(): Promise<SyncStatus>;
  /**
   * Settles a conflict from either article of the pair: keep `this` article's text, the `other`'s, or `both`
   * as separate articles. The text let go is kept as a version. Answers the article that stays.
   */
  resolveConflict(articleId: string, keep: ConflictChoice): Promise<Article>;
}
