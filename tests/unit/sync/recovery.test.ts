import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { plainTextFromDoc } from '../../../src/domain/articles/plain-text';
import { git, newsroom, seed, write, type Newsroom } from './shared-libraries';

let desk: Newsroom;
beforeEach(async () => (desk = await newsroom()));
afterEach(async () => desk.dispose());

describe('a shared library left half-way by a crash', () => {
  it('removes the locks a killed git left, and syncs', async () => {
    let ana = await desk.open('ana');
    const [article] = await ana.articles.importPaths([seed('000_7e644020b4a2f233.txt')]);
    await ana.sync.share({ remote: desk.remote, writer: 'Ana Lopes' });
    await write(ana, article.id, 'Saved just before the crash.');
    await ana.close();
    const gitDir = join(ana.libraryFolder, '.git');
    await writeFile(join(gitDir, 'index.lock'), '');
    await writeFile(join(gitDir, 'refs', 'heads', 'main.lock'), '');
    await mkdir(join(gitDir, 'refs', 'remotes', 'origin'), { recursive: true });
    await writeFile(join(gitDir, 'refs', 'remotes', 'origin', 'main.lock'), '');

    ana = await desk.open('ana');
    await expect(ana.sync.now()).resolves.toMatchObject({ state: 'synced', changesWaiting: 0 });
    expect(git(ana.libraryFolder, 'show', `main:articles/${article.id}.json`)).toContain('Saved just before the crash.');
  });

  it('finishes bringing a merged commit into the library when the move was cut off before any file was written', async () => {
    const ana = await desk.open('ana');
    const [article] = await ana.articles.importPaths([seed('000_7e644020b4a2f233.txt')]);
    await ana.sync.share({ remote: desk.remote, writer: 'Ana Lopes' });
    let ben = await desk.open('ben');
    await ben.sync.share({ remote: desk.remote, writer: 'Ben Keating' });
    await write(ana, article.id, 'Ana’s edit, on its way to Ben.');
    await ana.sync.now();
    await ben.close();
    // Ben's laptop fetched Ana's edit and wrote its journal, then died before moving a single file.
    const benFolder = join(desk.root, 'ben');
    git(benFolder, 'fetch', '--quiet', 'origin');
    const from = git(benFolder, 'rev-parse', 'main').trim();
    const to = git(benFolder, 'rev-parse', 'origin/main').trim();
    await mkdir(join(benFolder, '.git', 'racedesk'), { recursive: true });
    await writeFile(join(benFolder, '.git', 'racedesk', 'apply.json'), JSON.stringify({ from, to }));
    await writeFile(join(benFolder, '.git', 'index.lock'), '');

    ben = await desk.open('ben');
    expect(plainTextFromDoc((await ben.articles.get(article.id)).doc)).toBe('Ana’s edit, on its way to Ben.');
    expect(git(benFolder, 'rev-parse', 'main').trim()).toBe(to);
    expect(git(benFolder, 'status', '--porcelain')).toBe('');
    await expect(ben.sync.now()).resolves.toMatchObject({ state: 'synced' });
  });
});
