import type { Article } from '../articles/article';
import { conflictCopyHeadline } from './conflict-copy';

/** One side of a merge: the article as that side has it (null when deleted there) and who wrote it. */
export interface ArticleSide {
  article: Article | null;
  writer: string;
}

/** What a merge of one article file gives: one article (or none), or both texts as a conflict pair. */
export type ArticleMerge = { kind: 'take'; article: Article | null } | { kind: 'conflict'; kept: Article; copy: Article };

function contentOf(article: Article): string {
  const { meta, doc, linkedSessionIds, removed, syncConflict } = article;
  return JSON.stringify([meta, doc, linkedSessionIds, removed, syncConflict ?? null]);
}

/** True when two articles say the same thing; revision and times aside. */
export function sameContent(a: Article, b: Article): boolean {
  return contentOf(a) === contentOf(b);
}

/** A merged article replaces what an open editor based its next save on, so it gets a revision above both. */
function bumped(article: Article, ours: Article, theirs: Article): Article {
  return { ...article, revision: Math.max(ours.revision, theirs.revision) + 1 };
}

/**
 * Merges one article changed on both sides since `base` (null when the article is new on both). Nothing is
 * dropped: an article deleted on one side and edited on the other comes back; two different texts become a
 * pair, this laptop's text kept in place and the other's as a named copy with id `copyId`, both marked.
 *
 * @example
 *   mergeArticle(base, { article: mine, writer: 'Ana' }, { article: theirs, writer: 'Ben' }, { copyId, at })
 *   // → { kind: 'conflict', kept: mine marked, copy: "Headline (Ben’s version)" marked }
 */
export function mergeArticle(base: Article | null, ours: ArticleSide, theirs: ArticleSide, context: { copyId: string; at: string }): ArticleMerge {
  const mine = ours.article;
  const other = theirs.article;
  if (!mine && !other) return { kind: 'take', article: null };
  if (!mine || !other) {
    const survivor = (mine ?? other) as Article;
    // Deleted on one side: gone only if the other side left it as it was.
    const untouched = base !== null && sameContent(base, survivor);
    return { kind: 'take', article: untouched ? null : survivor };
  }
  if (sameContent(mine, other)) return { kind: 'take', article: other.revision > mine.revision ? other : mine };
  if (base && sameContent(base, other)) return { kind: 'take', article: mine };
  if (base && sameContent(base, mine)) return { kind: 'take', article: bumped(other, mine, other) };
  const at = context.at;
  const kept: Article = {
    ...bumped(mine, mine, other),
    updatedAt: at,
    syncConflict: { role: 'kept', otherId: context.copyId, writer: ours.writer, otherWriter: theirs.writer, detectedAt: at },
  };
  const copy: Article = {
    ...other,
    id: context.copyId,
    meta: { ...other.meta, headline: conflictCopyHeadline(other.meta.headline, theirs.writer) },
    syncConflict: { role: 'copy', otherId: mine.id, writer: theirs.writer, otherWriter: ours.writer, detectedAt: at },
  };
  return { kind: 'conflict', kept, copy };
}
