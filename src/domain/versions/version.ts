import type { ArticleDoc, ArticleMeta } from '../articles/article';

/** A saved version of an article the writer can go back to. */
export interface ArticleVersion {
  schemaVersion: 1;
  id: string;
  articleId: string;
  createdAt: string;
  label: string;
  meta: ArticleMeta;
  doc: ArticleDoc;
}

/** The line the versions list shows. */
export interface ArticleVersionSummary {
  id: string;
  createdAt: string;
  label: string;
  wordCount: number;
  /** `kept`: a version kept in the library; `shared`: a save as the shared library's history has it. */
  kind?: 'kept' | 'shared';
  /** Who made it, for versions from the shared history. */
  writer?: string;
}
