import type { Low } from 'lowdb';
import { randomUUID } from 'node:crypto';
import { readFile, readdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { ArticleSave, ArticlesApi, CleanedPaste, FileUpload } from '../../api/articles';
import {
  ARTICLE_SCHEMA_VERSION,
  emptyMeta,
  type Article,
  type ArticleSummary,
} from '../../domain/articles/article';
import { countWords, plainTextFromDoc } from '../../domain/articles/plain-text';
import { RacedeskError } from '../../domain/errors';
import type { ArticleFacts } from '../../domain/check';
import { importReport } from '../importers/reports/import-report';
import type { ConflictedArticle } from '../../api/sync';
import type { RecoveryNotice } from '../storage/durable-json-file';
import { openJsonStore } from '../storage/json-store';
import { standaloneWrites, type LibraryWrites } from '../storage/library-writes';
import { migrateArticle } from './article-file';

const ID_PATTERN = /^[a-z0-9-]{1,64}$/;

function summaryOf(article: Article): ArticleSummary {
  return {
    id: article.id,
    headline: article.meta.headline,
    date: article.meta.date,
    updatedAt: article.updatedAt,
    wordCount: countWords(plainTextFromDoc(article.doc)),
    ...(article.syncConflict ? { conflict: { role: article.syncConflict.role, writer: article.syncConflict.writer } } : {}),
  };
}

/**
 * The articles of the library, one durable JSON file each under `articles/`, so saving one article writes
 * one small file and nothing else.
 */
export class ArticlesService implements ArticlesApi {
  private readonly open = new Map<string, Promise<Low<Article | null>>>();

  /** Told of every imported article, e.g. to keep it as its first version. */
  afterImport: (article: Article) => Promise<unknown> = async () => undefined;
  /** The timing sessions an imported report is linked to from the start (those of the event it names). */
  sessionsToLink: (facts: ArticleFacts) => Promise<string[]> = async () => [];

  constructor(
    private readonly folder: string,
    private readonly onRecover: (notice: RecoveryNotice) => void = () => undefined,
    private readonly writes: LibraryWrites = standaloneWrites(),
  ) {}

  /** Drops what is cached of the library's articles, so the next read finds what a sync wrote to disk. */
  forget(): void {
    this.open.clear();
  }

  private pathOf(id: string): string {
    if (!ID_PATTERN.test(id)) throw new RacedeskError('bad-input', `not an article id: ${id}`);
    return join(this.folder, `${id}.json`);
  }

  private store(id: string): Promise<Low<Article | null>> {
    let store = this.open.get(id);
    if (!store) {
      store = openJsonStore<Article | null>(this.pathOf(id), null, {
        migrate: migrateArticle,
        pretty: true,
        onRecover: this.onRecover,
      });
      this.open.set(id, store);
      store.catch(() => this.open.delete(id));
    }
    return store;
  }

  async list(): Promise<ArticleSummary[]> {
    return (await this.all()).map(summaryOf).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  /** Articles waiting for the writer to settle a sync conflict. */
  async conflicted(): Promise<ConflictedArticle[]> {
    return (await this.all()).flatMap((article) =>
      article.syncConflict ? [{ id: article.id, headline: article.meta.headline, role: article.syncConflict.role, otherId: article.syncConflict.otherId }] : [],
    );
  }

  private async all(): Promise<Article[]> {
    let names: string[];
    try {
      names = await readdir(this.folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const ids = names.filter((name) => name.endsWith('.json')).map((name) => basename(name, '.json'));
    const articles = await Promise.all(ids.filter((id) => ID_PATTERN.test(id)).map((id) => this.find(id)));
    return articles.filter((article): article is Article => article !== null);
  }

  private async find(id: string): Promise<Article | null> {
    return (await this.store(id)).data;
  }

  async get(id: string): Promise<Article> {
    const article = await this.find(id);
    if (!article) throw new RacedeskError('not-found', `No article ${id} in the library`);
    return structuredClone(article);
  }

  private async add(fields: Partial<Article> & Pick<Article, 'meta' | 'doc'>, description: (article: Article) => string): Promise<Article> {
    return this.writes.gate.shared(async () => {
      const added = await this.addNow(fields);
      this.writes.changed(description(added));
      return added;
    });
  }

  private async addNow(fields: Partial<Article> & Pick<Article, 'meta' | 'doc'>): Promise<Article> {
    const now = new Date().toISOString();
    const article: Article = {
      schemaVersion: ARTICLE_SCHEMA_VERSION,
      id: randomUUID(),
      createdAt: now,
      updatedAt: now,
      revision: 1,
      source: null,
      removed: [],
      linkedSessionIds: [],
      ...fields,
    };
    const store = await this.store(article.id);
    store.data = article;
    await store.write();
    return structuredClone(article);
  }

  create(input: { headline?: string }): Promise<Article> {
    return this.add({ meta: emptyMeta(input.headline ?? 'Untitled'), doc: { type: 'doc', content: [{ type: 'paragraph' }] } }, (article) => `New article “${article.meta.headline}”`);
  }

  save(id: string, change: ArticleSave): Promise<Article> {
    return this.writes.gate.shared(async () => {
      const saved = await this.saveNow(id, change);
      this.writes.changed(`Save “${saved.meta.headline}”`);
      return saved;
    });
  }

  private async saveNow(id: string, change: ArticleSave): Promise<Article> {
    const store = await this.store(id);
    const current = store.data;
    if (!current) throw new RacedeskError('not-found', `No article ${id} in the library`);
    if (change.baseRevision !== current.revision) {
      throw new RacedeskError('conflict', `Article ${id} changed elsewhere (revision ${current.revision}, this edit was based on ${change.baseRevision}); reload it.`);
    }
    const next: Article = {
      ...current,
      revision: current.revision + 1,
      updatedAt: new Date().toISOString(),
      doc: change.doc ? (change.doc as Article['doc']) : current.doc,
      meta: change.meta ? { ...current.meta, ...change.meta } : current.meta,
      linkedSessionIds: change.linkedSessionIds ?? current.linkedSessionIds,
      removed: change.removed ?? current.removed,
    };
    store.data = next;
    try {
      await store.write();
    } catch (error) {
      store.data = current;
      throw new RacedeskError('storage', `Could not save "${current.meta.headline}": ${(error as Error).message}. The last saved version is intact.`);
    }
    return structuredClone(next);
  }

  remove(id: string): Promise<void> {
    const path = this.pathOf(id);
    return this.writes.gate.shared(async () => {
      const headline = (await this.find(id).catch(() => null))?.meta.headline ?? id;
      this.open.delete(id);
      await rm(path, { force: true });
      await rm(`${path}.bak`, { force: true });
      this.writes.changed(`Delete “${headline}”`);
    });
  }

  /**
   * Replaces an article by what `change` makes of it (a new revision), for Node callers only: settling a sync
   * conflict rewrites fields no save from the desk may touch.
   */
  rewrite(id: string, change: (current: Article) => Article, description: string): Promise<Article> {
    return this.writes.gate.shared(async () => {
      const store = await this.store(id);
      const current = store.data;
      if (!current) throw new RacedeskError('not-found', `No article ${id} in the library`);
      const next: Article = { ...change(structuredClone(current)), id: current.id, revision: current.revision + 1, updatedAt: new Date().toISOString() };
      store.data = next;
      try {
        await store.write();
      } catch (error) {
        store.data = current;
        throw new RacedeskError('storage', `Could not save "${current.meta.headline}": ${(error as Error).message}. The last saved version is intact.`);
      }
      this.writes.changed(description);
      return structuredClone(next);
    });
  }

  async importReport(file: FileUpload): Promise<Article> {
    const bytes = Buffer.from(file.dataBase64, 'base64');
    return this.importBytes(basename(file.fileName), bytes);
  }

  async cleanPaste(clip: { html: string; text: string }): Promise<CleanedPaste> {
    // Loaded at the first paste: its HTML sanitiser (jsdom) costs every CLI command a second otherwise.
    const { importPaste } = await import('../importers/reports/import-paste');
    const { doc, removed, meta } = importPaste(clip.html, clip.text);
    return { doc, removed, meta };
  }

  async importPaths(paths: string[]): Promise<Article[]> {
    const imported: Article[] = [];
    for (const path of paths) {
      imported.push(await this.importBytes(basename(path), await readFile(path)));
    }
    return imported;
  }

  private async importBytes(fileName: string, bytes: Uint8Array): Promise<Article> {
    const report = await importReport(fileName, bytes);
    const linkedSessionIds = await this.sessionsToLink({ ...report.meta, text: plainTextFromDoc(report.doc) });
    return this.writes.gate.shared(async () => {
      const article = await this.add(
        { meta: report.meta, doc: report.doc, removed: report.removed, linkedSessionIds, source: { fileName, format: report.format, importedAt: new Date().toISOString() } },
        (added) => `Import “${added.meta.headline}” from ${fileName}`,
      );
      await this.afterImport(article);
      return article;
    });
  }
}
