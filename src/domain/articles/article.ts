/** A node of the editor's document, as tiptap/ProseMirror serialise it to JSON. */
export interface DocNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: DocNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

/** The article's own document: a tiptap `doc` node. */
export interface ArticleDoc extends DocNode {
  type: 'doc';
  content: DocNode[];
}

/** What the writer knows about the article, found on import and editable. */
export interface ArticleMeta {
  headline: string;
  standfirst: string | null;
  byline: string | null;
  dateline: string | null;
  date: string | null;
  series: string | null;
  event: string | null;
  track: string | null;
  session: string | null;
}

/** A piece of furniture cleaned away on import, kept so the writer can put it back. */
export interface RemovedPiece {
  id: string;
  kind: string;
  text: string;
  /** Index of the top-level block it stood before in the cleaned document. */
  beforeBlock: number;
}

export interface ArticleSource {
  fileName: string;
  format: 'txt' | 'md' | 'html' | 'docx' | 'pdf' | 'paste';
  importedAt: string;
}

import type { SyncConflict } from '../sync/sync-conflict';

export const ARTICLE_SCHEMA_VERSION = 1;

export interface Article {
  schemaVersion: typeof ARTICLE_SCHEMA_VERSION;
  id: string;
  createdAt: string;
  updatedAt: string;
  /** Goes up by one on every save; a save names the revision it was based on. */
  revision: number;
  meta: ArticleMeta;
  doc: ArticleDoc;
  source: ArticleSource | null;
  removed: RemovedPiece[];
  linkedSessionIds: string[];
  /** Set when a sync found this article changed on two laptops at once; exports wait until it is resolved. */
  syncConflict?: SyncConflict | null;
}

/** The line the library lists for an article. */
export interface ArticleSummary {
  id: string;
  headline: string;
  date: string | null;
  updatedAt: string;
  wordCount: number;
  /** While a sync conflict on the article waits to be resolved: which of the pair it is, and whose text. */
  conflict?: { role: 'kept' | 'copy'; writer: string };
}

export function emptyMeta(headline = 'Untitled'): ArticleMeta {
  return {
    headline,
    standfirst: null,
    byline: null,
    dateline: null,
    date: null,
    series: null,
    event: null,
    track: null,
    session: null,
  };
}
