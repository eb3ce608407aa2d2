import { z } from 'zod';
import type { Article, ArticleDoc, ArticleMeta, ArticleSummary, RemovedPiece } from '../domain/articles/article';

const docSchema = z.custom<ArticleDoc>(
  (value) => typeof value === 'object' && value !== null && (value as ArticleDoc).type === 'doc' && Array.isArray((value as ArticleDoc).content),
  'expected a document',
);

const metaPatchSchema = z
  .object({
    headline: z.string().max(1000),
    standfirst: z.string().max(5000).nullable(),
    byline: z.string().max(1000).nullable(),
    dateline: z.string().max(1000).nullable(),
    date: z.string().max(100).nullable(),
    series: z.string().max(200).nullable(),
    event: z.string().max(500).nullable(),
    track: z.string().max(500).nullable(),
    session: z.string().max(200).nullable(),
  })
  .partial()
  .strict();

/** A file handed over by the renderer: its name and its bytes, base64-encoded (max ~60 MB). */
export const fileUploadSchema = z.object({
  fileName: z.string().min(1).max(1000),
  dataBase64: z.string().max(80_000_000),
});
export type FileUpload = z.infer<typeof fileUploadSchema>;

export const articleSaveSchema = z
  .object({
    baseRevision: z.number().int().nonnegative(),
    doc: docSchema.optional(),
    meta: metaPatchSchema.optional(),
    linkedSessionIds: z.array(z.string().max(200)).max(50).optional(),
    removed: z.array(z.object({ id: z.string(), kind: z.string(), text: z.string(), beforeBlock: z.number() })).optional(),
  })
  .strict();
export type ArticleSave = z.infer<typeof articleSaveSchema>;

const id = z.string().min(1).max(200);

/** Payload schemas, one tuple of arguments per method of `ArticlesApi`. */
export const articlesSchemas = {
  list: z.tuple([]),
  get: z.tuple([id]),
  create: z.tuple([z.object({ headline: z.string().max(1000).optional() }).strict()]),
  save: z.tuple([id, articleSaveSchema]),
  remove: z.tuple([id]),
  importReport: z.tuple([fileUploadSchema]),
  importPaths: z.tuple([z.array(z.string().min(1).max(4096)).min(1).max(100)]),
  cleanPaste: z.tuple([z.object({ html: z.string().max(60_000_000), text: z.string().max(20_000_000) }).strict()]),
};

/** Rich text pasted into the editor, cleaned as an import is: what to insert, and what was cleaned away. */
export interface CleanedPaste {
  doc: ArticleDoc;
  removed: RemovedPiece[];
  meta: ArticleMeta;
}

/** The library of articles. */
export interface ArticlesApi {
  list(): Promise<ArticleSummary[]>;
  get(id: string): Promise<Article>;
  create(input: { headline?: string }): Promise<Article>;
  /** Saves a change; resolves only once it is on disk. Refused with `conflict` if `baseRevision` is stale. */
  save(id: string, change: ArticleSave): Promise<Article>;
  remove(id: string): Promise<void>;
  /** Imports one raw report (txt, md, html, docx, pdf) as a new article. */
  importReport(file: FileUpload): Promise<Article>;
  /** Imports raw reports from disk; used by the Electron app and the CLI, never by a web page. */
  importPaths(paths: string[]): Promise<Article[]>;
  /** Cleans rich text pasted from a browser, Word or Google Docs (sanitised, Word's junk and furniture out). */
  cleanPaste(clip: { html: string; text: string }): Promise<CleanedPaste>;
}

export type { Article, ArticleMeta, ArticleSummary };
