import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { countWords, plainTextFromDoc } from '../../domain/articles/plain-text';
import type { Article } from '../../domain/articles/article';
import type { ArticleVersionSummary } from '../../domain/versions/version';
import { migrateArticle } from '../articles/article-file';
import type { ArticleHistory } from '../versions/article-history';
import { BRANCH, type LibraryGit } from './library-git';

const SHARED_VERSION = /^shared-([0-9a-f]{40})$/;
const ARTICLE_ID = /^[a-z0-9-]{1,64}$/;
/** Enough to go back a good while; the library's own versions are listed beside these. */
const SAVES_LISTED = 30;

function parse(bytes: Buffer | undefined): Article | null {
  if (!bytes) return null;
  try {
    return migrateArticle(JSON.parse(bytes.toString('utf8')));
  } catch {
    return null;
  }
}

/** An article's saves as the shared git history has them: one per commit that changed its file, with its writer. */
export class GitArticleHistory implements ArticleHistory {
  constructor(private readonly git: LibraryGit) {}

  private shared(): boolean {
    return existsSync(join(this.git.gitDir, 'HEAD'));
  }

  async list(articleId: string): Promise<ArticleVersionSummary[]> {
    if (!ARTICLE_ID.test(articleId) || !this.shared() || !(await this.git.resolve(BRANCH))) return [];
    const path = `articles/${articleId}.json`;
    const log = (await this.git.run(['log', `--max-count=${SAVES_LISTED}`, '--format=%H%x1f%an%x1f%aI%x1f%s%x1e', BRANCH, '--', path])).stdout.toString('utf8');
    const commits = log
      .split('\x1e')
      .map((line) => line.trim().split('\x1f'))
      .filter((fields) => fields.length === 4);
    const contents = await this.git.readObjects(commits.map(([commit]) => `${commit}:${path}`));
    return commits.flatMap(([commit, writer, date, subject]) => {
      const article = parse(contents.get(`${commit}:${path}`));
      if (!article) return [];
      return [{ id: `shared-${commit}`, createdAt: new Date(date).toISOString(), label: subject, writer, kind: 'shared' as const, wordCount: countWords(plainTextFromDoc(article.doc)) }];
    });
  }

  async read(articleId: string, versionId: string): Promise<Article | null> {
    const commit = SHARED_VERSION.exec(versionId)?.[1];
    if (!commit || !ARTICLE_ID.test(articleId) || !this.shared()) return null;
    return parse((await this.git.readFile(commit, `articles/${articleId}.json`)) ?? undefined);
  }
}
