import type { Article } from '../../domain/articles/article';
import type { ArticleVersionSummary } from '../../domain/versions/version';

/** Saves of an article as a history other than the library's own versions knows them (the shared git history). */
export interface ArticleHistory {
  /** The latest saves of an article, newest first; none when the library is not shared. */
  list(articleId: string): Promise<ArticleVersionSummary[]>;
  /** The article as one of those saves left it, or null when `versionId` is not one of this history's. */
  read(articleId: string, versionId: string): Promise<Article | null>;
}

export const NO_HISTORY: ArticleHistory = { list: async () => [], read: async () => null };
