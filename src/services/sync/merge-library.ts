import type { Article } from '../../domain/articles/article';
import { conflictCopyId } from '../../domain/sync/conflict-copy';
import { mergeArticle } from '../../domain/sync/merge-article';
import { migrateArticle } from '../articles/article-file';
import { migrateSessionFile, migrateTimingIndex, type SessionFile, type TimingIndex } from '../timing/timing-files';
import type { GitAuthor, LibraryGit, MergeConflict } from './library-git';
import { mergeTimingIndex } from './merge-timing-index';

/** A merge of the shared branch into this laptop's, as one commit, and what it settled on the way. */
export interface LibraryMerge {
  commit: string;
  /** Article pairs made for texts changed on both sides: the kept article's id and its copy's. */
  conflicts: { keptId: string; copyId: string }[];
  notices: string[];
}

const ARTICLE_PATH = /^articles\/([a-z0-9-]{1,64})\.json$/;
const SESSION_PATH = /^timing\/sessions\/([a-z0-9-]{1,200})\.json$/;
const INDEX_PATH = 'timing/index.json';

type Sides<T> = { base: T | null; ours: T | null; theirs: T | null };

function parsed<T>(bytes: Buffer | null, migrate: (raw: unknown) => T): T | null {
  if (!bytes) return null;
  try {
    return migrate(JSON.parse(bytes.toString('utf8')));
  } catch {
    return null;
  }
}

/** Stored the way the library writes it (two-space JSON), so a merged file reads like any other. */
function articleBytes(article: Article): string {
  return JSON.stringify(article, null, 2);
}

class Merger {
  readonly files = new Map<string, string | null>();
  readonly conflicts: LibraryMerge['conflicts'] = [];
  readonly notices: string[] = [];

  constructor(
    private readonly git: LibraryGit,
    private readonly ours: string,
    private readonly theirs: string,
    private readonly at: string,
  ) {}

  private async sides<T>(conflict: MergeConflict, migrate: (raw: unknown) => T): Promise<Sides<T>> {
    const read = async (blob: string | null) => (blob ? parsed(await this.git.readBlob(blob), migrate) : null);
    return { base: await read(conflict.base), ours: await read(conflict.ours), theirs: await read(conflict.theirs) };
  }

  private async set(path: string, content: string | null): Promise<void> {
    this.files.set(path, content === null ? null : await this.git.writeBlob(content));
  }

  async article(conflict: MergeConflict): Promise<void> {
    const { base, ours, theirs } = await this.sides(conflict, migrateArticle);
    const ourWriter = (await this.git.lastAuthorOf(this.ours, conflict.path)) ?? 'this laptop';
    const theirWriter = (await this.git.lastAuthorOf(this.theirs, conflict.path)) ?? 'another laptop';
    const copyId = conflictCopyId(ours?.id ?? theirs?.id ?? 'article', conflict.theirs ?? conflict.ours ?? '0'.repeat(8));
    const merged = mergeArticle(base, { article: ours, writer: ourWriter }, { article: theirs, writer: theirWriter }, { copyId, at: this.at });
    if (merged.kind === 'conflict') {
      await this.set(conflict.path, articleBytes(merged.kept));
      await this.set(`articles/${copyId}.json`, articleBytes(merged.copy));
      this.conflicts.push({ keptId: merged.kept.id, copyId });
      return;
    }
    // The very text of one side keeps its very bytes.
    if (merged.article === ours && conflict.ours) this.files.set(conflict.path, conflict.ours);
    else if (merged.article === theirs && conflict.theirs) this.files.set(conflict.path, conflict.theirs);
    else await this.set(conflict.path, merged.article ? articleBytes(merged.article) : null);
  }

  async session(conflict: MergeConflict): Promise<void> {
    const { ours, theirs } = await this.sides<SessionFile>(conflict, migrateSessionFile);
    const covers = (a: SessionFile, b: SessionFile) => b.session.sourceFiles.every((file) => a.session.sourceFiles.includes(file));
    // A session is written once per set of files: the side that joined more of them (laps to results) has it all.
    const takeTheirs = !conflict.ours || !ours || (theirs !== null && covers(theirs, ours) && !covers(ours, theirs));
    const blob = takeTheirs ? conflict.theirs : conflict.ours;
    this.files.set(conflict.path, blob);
    if (ours && theirs && !covers(ours, theirs) && !covers(theirs, ours)) {
      this.notices.push(`Timing session ${ours.session.name} (${ours.session.eventName}) was changed on two laptops at once; this laptop's version was kept, the other is in the shared history.`);
    }
  }

  async index(conflict: MergeConflict, tree: string): Promise<void> {
    const { base, ours, theirs } = await this.sides<TimingIndex>(conflict, migrateTimingIndex);
    const listed = (await this.git.run(['ls-tree', '-r', '--name-only', '-z', tree, '--', 'timing/sessions/'])).stdout.toString('utf8');
    const sessionIds = new Set(listed.split('\0').flatMap((path) => SESSION_PATH.exec(path)?.[1] ?? []));
    for (const [path, blob] of this.files) {
      const id = SESSION_PATH.exec(path)?.[1];
      if (id && blob) sessionIds.add(id);
      if (id && !blob) sessionIds.delete(id);
    }
    await this.set(conflict.path, JSON.stringify(mergeTimingIndex(base, ours, theirs, sessionIds), null, 2));
  }

  /** Anything else (versions are written once, under fresh names): this laptop's, or the one that exists. */
  other(conflict: MergeConflict): void {
    this.files.set(conflict.path, conflict.ours ?? conflict.theirs);
    if (conflict.ours && conflict.theirs) this.notices.push(`${conflict.path} was changed on two laptops at once; this laptop's version was kept.`);
  }
}

/**
 * Merges the shared branch `theirs` into this laptop's `ours` and commits the result by `author`, touching
 * neither the work tree nor the index. git merges every file changed on one side only; each file changed on
 * both is settled here, never with conflict markers: articles by `mergeArticle` (both texts kept), the timing
 * index by `mergeTimingIndex`, sessions by the side with more of their files.
 */
export async function mergeLibrary(git: LibraryGit, ours: string, theirs: string, author: GitAuthor, at = new Date().toISOString()): Promise<LibraryMerge> {
  const { tree, conflicts } = await git.mergeTree(ours, theirs);
  const merger = new Merger(git, ours, theirs, at);
  const index = conflicts.find((conflict) => conflict.path === INDEX_PATH);
  for (const conflict of conflicts) {
    if (ARTICLE_PATH.test(conflict.path)) await merger.article(conflict);
    else if (SESSION_PATH.test(conflict.path)) await merger.session(conflict);
    else if (conflict !== index) merger.other(conflict);
  }
  // Last, so it lists exactly the sessions the merged library holds.
  if (index) await merger.index(index, tree);
  const merged = merger.files.size > 0 ? await git.treeWith(tree, merger.files) : tree;
  const pairs = merger.conflicts.length;
  const message = pairs > 0 ? `Sync: merge the shared library; ${pairs} article${pairs > 1 ? 's' : ''} changed on two laptops kept both ways` : 'Sync: merge the shared library';
  const commit = await git.commitTree(merged, [ours, theirs], message, author);
  return { commit, conflicts: merger.conflicts, notices: merger.notices };
}
