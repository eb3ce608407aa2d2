import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ArticleDoc } from '../../../src/domain/articles/article';
import { openRacedeskServices, type RacedeskServices } from '../../../src/services/racedesk-services';

export const SHARED = resolve(import.meta.dirname, '../../../../shared');
export const SEEDS = join(SHARED, 'seeds');
export const ROAR_2024 = join(SHARED, 'data/imsa/2024/01-roar-before-the-24');
export const seed = (name: string) => join(SEEDS, name);

/** A scratch folder with a bare repository in it, as a newsroom would create on a shared drive. */
export interface Newsroom {
  root: string;
  remote: string;
  open(name: string): Promise<RacedeskServices>;
  dispose(): Promise<void>;
}

export async function newsroom(): Promise<Newsroom> {
  const root = await mkdtemp(join(tmpdir(), 'racedesk-sync-'));
  const remote = join(root, 'desk.git');
  execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', remote]);
  const opened: RacedeskServices[] = [];
  return {
    root,
    remote,
    async open(name) {
      const services = await openRacedeskServices(join(root, name), undefined, { networkTimeoutMilliseconds: 20_000, lockGraceMilliseconds: 200 });
      opened.push(services);
      return services;
    },
    async dispose() {
      for (const services of opened) await services.close().catch(() => undefined);
      await rm(root, { recursive: true, force: true });
    },
  };
}

export function docOf(...paragraphs: string[]): ArticleDoc {
  return { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
}

/** Saves `paragraphs` as the article's text, as the desk's autosave does. */
export async function write(services: RacedeskServices, articleId: string, ...paragraphs: string[]) {
  const article = await services.articles.get(articleId);
  return services.articles.save(articleId, { baseRevision: article.revision, doc: docOf(...paragraphs) });
}

export function git(library: string, ...args: string[]): string {
  return execFileSync('git', ['--git-dir', join(library, '.git'), '--work-tree', library, ...args], { encoding: 'utf8' });
}

/** Every file of the library as the remote's main branch has it. */
export function remoteFiles(remote: string): string[] {
  return execFileSync('git', ['--git-dir', remote, 'ls-tree', '-r', '--name-only', 'main'], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

/** Each JSON file under the library's folders Racedesk reads, with what it holds. */
export async function libraryJson(library: string): Promise<{ path: string; text: string }[]> {
  const found: { path: string; text: string }[] = [];
  async function walk(folder: string): Promise<void> {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      if (entry.name === '.git') continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('.json')) found.push({ path, text: await readFile(path, 'utf8') });
    }
  }
  await walk(library);
  return found;
}
