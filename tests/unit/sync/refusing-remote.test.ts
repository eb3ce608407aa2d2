import { execFileSync } from 'node:child_process';
import { chmod, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { git, libraryJson, newsroom, remoteFiles, seed, write, type Newsroom } from './shared-libraries';

let desk: Newsroom;
beforeEach(async () => (desk = await newsroom()));
afterEach(async () => desk.dispose());

async function snapshot(library: string): Promise<string[]> {
  return (await libraryJson(library)).map((file) => `${file.path}\n${file.text}`).sort();
}

/** A hook that turns every push away, as a server does for a writer without write access. */
async function refusePushes(remote: string): Promise<void> {
  const hook = join(remote, 'hooks', 'pre-receive');
  await writeFile(hook, '#!/bin/sh\necho "racedesk-test: you have read access only" >&2\nexit 1\n');
  await chmod(hook, 0o755);
}

describe('a remote that refuses or cannot be reached', () => {
  it('refuses to share with a repository that does not exist, and leaves the library as it was', async () => {
    const ana = await desk.open('ana');
    await ana.articles.importPaths([seed('000_7e644020b4a2f233.txt')]);
    const before = await snapshot(ana.libraryFolder);
    const missing = `file://${join(desk.root, 'no-such-repository.git')}`;
    await expect(ana.sync.share({ remote: missing })).rejects.toMatchObject({ code: 'not-found', message: expect.stringMatching(/There is no shared library at file:\/\/.*no-such-repository\.git/) });
    expect(await readdir(ana.libraryFolder)).not.toContain('.git');
    expect(await snapshot(ana.libraryFolder)).toEqual(before);
    expect(await ana.sync.status()).toMatchObject({ shared: false, state: 'not-shared' });
  });

  it('says it cannot reach an ssh remote on a closed port, and shares nothing', async () => {
    const ana = await desk.open('ana');
    await expect(ana.sync.share({ remote: 'ssh://git@127.0.0.1:9/desk.git' })).rejects.toMatchObject({ code: 'offline', message: expect.stringMatching(/Could not reach ssh:\/\/git@127\.0\.0\.1:9\/desk\.git .*Nothing was changed here/) });
    expect(await readdir(ana.libraryFolder)).not.toContain('.git');
  });

  it('undoes a share the repository refuses to take, leaving the library as it was', async () => {
    await refusePushes(desk.remote);
    const ana = await desk.open('ana');
    await ana.articles.importPaths([seed('000_7e644020b4a2f233.txt')]);
    const before = await snapshot(ana.libraryFolder);
    await expect(ana.sync.share({ remote: desk.remote })).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/refused \(.*pre-receive hook declined.*\)\. Check you have write access/) });
    expect(await readdir(ana.libraryFolder)).not.toContain('.git');
    expect(await snapshot(ana.libraryFolder)).toEqual(before);
  });

  it('keeps a save when the shared repository stops taking pushes, says why, and sends it once it takes them again', async () => {
    const ana = await desk.open('ana');
    const [article] = await ana.articles.importPaths([seed('000_7e644020b4a2f233.txt')]);
    await ana.sync.share({ remote: desk.remote, writer: 'Ana Lopes' });
    const remoteBefore = execFileSync('git', ['--git-dir', desk.remote, 'rev-parse', 'main'], { encoding: 'utf8' });
    await refusePushes(desk.remote);
    await write(ana, article.id, 'Saved while the repository refuses pushes.');
    const saved = await snapshot(ana.libraryFolder);

    await expect(ana.sync.now()).rejects.toMatchObject({ code: 'forbidden', message: expect.stringMatching(/you have read access only/) });
    expect(await snapshot(ana.libraryFolder)).toEqual(saved);
    const status = await ana.sync.status();
    expect(status).toMatchObject({ state: 'error', changesWaiting: 1, error: { code: 'forbidden' } });
    expect(status.nextAttemptAt).toBeNull();
    expect(execFileSync('git', ['--git-dir', desk.remote, 'rev-parse', 'main'], { encoding: 'utf8' })).toBe(remoteBefore);

    await writeFile(join(desk.remote, 'hooks', 'pre-receive'), '#!/bin/sh\nexit 0\n');
    await expect(ana.sync.now()).resolves.toMatchObject({ state: 'synced', changesWaiting: 0, error: null });
    expect(git(ana.libraryFolder, 'log', '-1', '--format=%s', 'origin/main').trim()).toMatch(/^Save “/);
  });

  it('keeps working offline: saves go on, each is committed, and the changes wait to be sent', async () => {
    const ana = await desk.open('ana');
    const [article] = await ana.articles.importPaths([seed('000_7e644020b4a2f233.txt')]);
    await ana.sync.share({ remote: desk.remote, writer: 'Ana Lopes' });
    // The shared drive goes away.
    git(ana.libraryFolder, 'remote', 'set-url', 'origin', join(desk.root, 'unmounted-drive', 'desk.git'));
    await write(ana, article.id, 'Written in the paddock, no network.');
    await expect(ana.sync.now()).rejects.toMatchObject({ code: 'offline', message: expect.stringMatching(/cannot be found .*your work is kept here/) });
    await write(ana, article.id, 'Written in the paddock, no network, second save.');
    // Committed by itself soon after the save, network or not.
    await expect.poll(() => git(ana.libraryFolder, 'show', `main:articles/${article.id}.json`), { timeout: 15_000 }).toContain('second save');
    expect(await ana.sync.status()).toMatchObject({ state: 'offline', changesWaiting: 1 });
    git(ana.libraryFolder, 'remote', 'set-url', 'origin', desk.remote);
    await ana.sync.now();
    expect(remoteFiles(desk.remote)).toContain(`articles/${article.id}.json`);
    expect(execFileSync('git', ['--git-dir', desk.remote, 'show', `main:articles/${article.id}.json`], { encoding: 'utf8' })).toContain('second save');
  });
});
