import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { VersionsApi } from '../../api/versions';
import type { Article } from '../../domain/articles/article';
import { countWords, plainTextFromDoc } from '../../domain/articles/plain-text';
import { RacedeskError } from '../../domain/errors';
import type { ArticleVersion, ArticleVersionSummary } from '../../domain/versions/version';
import type { ArticlesService } from '../articles/articles-service';
import { writeFileDurably } from '../storage/durable-write';
import { standaloneWrites, type LibraryWrites } from '../storage/library-writes';
import { NO_HISTORY, type ArticleHistory } from './article-history';

const VERSION_ID = /^[0-9TZ-]+-[0-9a-f]{6}$/;

function summaryOf(version: ArticleVersion): ArticleVersionSummary {
  return { id: version.id, createdAt: version.createdAt, label: version.label, wordCount: countWords(plainTextFromDoc(version.doc)), kind: 'kept' };
}

/**
 * Versions live in `versions/<article id>/<version id>.json`: written once, never rewritten. In a shared
 * library the list also holds the article's saves from the shared history, each with its writer.
 */
export class VersionsService implements VersionsApi {
  /** The shared history, once the library is shared; set by the services. */
  history: ArticleHistory = NO_HISTORY;

  constructor(
    private readonly folder: string,
    private readonly articles: ArticlesService,
    private readonly writes: LibraryWrites = standaloneWrites(),
  ) {}

  private async folderOf(articleId: string): Promise<string> {
    const article = await this.articles.get(articleId);
    return join(this.folder, article.id);
  }

  async list(articleId: string): Promise<ArticleVersionSummary[]> {
    const folder = await this.folderOf(articleId);
    let names: string[] = [];
    try {
      names = await readdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const versions: ArticleVersionSummary[] = [];
    for (const name of names.filter((file) => file.endsWith('.json'))) {
      try {
        versions.push(summaryOf(JSON.parse(await readFile(join(folder, name), 'utf8')) as ArticleVersion));
      } catch {
        // A version that cannot be read is left where it is and not offered.
      }
    }
    const shared = await this.history.list(articleId);
    return [...versions, ...shared].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** Keeps `article` as a version; used on import and before a restore, and by the writer's "Save version". */
  keep(article: Article, label: string): Promise<ArticleVersionSummary> {
    return this.writes.gate.shared(async () => {
      const kept = await this.keepNow(article, label);
      this.writes.changed(`Keep version “${label}” of “${article.meta.headline}”`);
      return kept;
    });
  }

  private async keepNow(article: Article, label: string): Promise<ArticleVersionSummary> {
    const createdAt = new Date().toISOString();
    const version: ArticleVersion = {
      schemaVersion: 1,
      id: `${createdAt.replace(/[:.]/g, '-')}-${randomBytes(3).toString('hex')}`,
      articleId: article.id,
      createdAt,
      label,
      meta: article.meta,
      doc: article.doc,
    };
    const folder = join(this.folder, article.id);
    await mkdir(folder, { recursive: true });
    await writeFileDurably(join(folder, `${version.id}.json`), JSON.stringify(version));
    return summaryOf(version);
  }

  async create(articleId: string, label: string): Promise<ArticleVersionSummary> {
    return this.keep(await this.articles.get(articleId), label);
  }

  private async read(articleId: string, versionId: string): Promise<Pick<ArticleVersion, 'doc' | 'meta'>> {
    const shared = await this.history.read(articleId, versionId);
    if (shared) return shared;
    if (versionId.startsWith('shared-')) throw new RacedeskError('not-found', `No shared save ${versionId.slice('shared-'.length, 'shared-'.length + 8)} of this article`);
    if (!VERSION_ID.test(versionId)) throw new RacedeskError('bad-input', `not a version id: ${versionId}`);
    const folder = await this.folderOf(articleId);
    try {
      return JSON.parse(await readFile(join(folder, `${versionId}.json`), 'utf8')) as ArticleVersion;
    } catch {
      throw new RacedeskError('not-found', `No version ${versionId} of this article`);
    }
  }

  async restore(articleId: string, versionId: string): Promise<Article> {
    const version = await this.read(articleId, versionId);
    const current = await this.articles.get(articleId);
    await this.keep(current, 'Before restoring an earlier version');
    return this.articles.save(articleId, { baseRevision: current.revision, doc: version.doc, meta: version.meta });
  }
}
