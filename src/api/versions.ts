import { z } from 'zod';
import type { Article } from '../domain/articles/article';
import type { ArticleVersionSummary } from '../domain/versions/version';

const id = z.string().min(1).max(200);

export const versionsSchemas = {
  list: z.tuple([id]),
  create: z.tuple([id, z.string().min(1).max(200)]),
  restore: z.tuple([id, id]),
};

/** Version snapshots of an article, kept beside the library's articles. */
export interface VersionsApi {
  list(articleId: string): Promise<ArticleVersionSummary[]>;
  /** Keeps the article as it is on disk now under a label. */
  create(articleId: string, label: string): Promise<ArticleVersionSummary>;
  /** Puts a version back as the article's text; the text it replaces is kept as a version first. */
  restore(articleId: string, versionId: string): Promise<Article>;
}
