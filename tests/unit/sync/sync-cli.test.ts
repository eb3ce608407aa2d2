import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { main } from '../../../src/cli';
import { ROAR_2024, git, newsroom, remoteFiles, seed, type Newsroom } from './shared-libraries';

let desk: Newsroom;
beforeEach(async () => (desk = await newsroom()));
afterEach(async () => {
  vi.restoreAllMocks();
  await desk.dispose();
});

async function run(library: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  const code = await main(['node', 'racedesk', '--library', join(desk.root, library), ...args]);
  vi.restoreAllMocks();
  return { code, out, err };
}

describe('racedesk import and racedesk sync', () => {
  it('imports raw reports as articles and timing as sessions, in one command', async () => {
    const imported = await run('ana', 'import', seed('000_7e644020b4a2f233.txt'), seed('001_2aa36fd05cbfe5d2.txt'), ROAR_2024);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/^imported +[0-9a-f-]{36} +Jesse Lazare Wins Alan Jay Automotive Network 120 Pole \(000_7e644020b4a2f233\.txt\)$/m);
    expect(imported.out).toMatch(/^imported +[0-9a-f-]{36} +CarBahn Motorsports/m);
    expect(imported.out).toMatch(/^stored +imsa-2024-roar-before-the-24-202401211355-qualifying/m);
    const json = JSON.parse((await run('ana', 'import', '--json', seed('004_1efd8eb26c86836d.txt'))).out) as { articles: { headline: string }[] };
    expect(json.articles[0].headline).toMatch(/^The Roar Before the 24 weekend/);
  });

  it('refuses an unknown --as and a path that is not there, saying which', async () => {
    expect(await run('ana', 'import', '--as', 'poem', seed('000_7e644020b4a2f233.txt'))).toMatchObject({ code: 2, err: expect.stringMatching(/--as: expected report or timing/) });
    expect(await run('ana', 'import', join(desk.root, 'missing.txt'))).toMatchObject({ code: 2, err: expect.stringMatching(/missing\.txt: no such file or folder/) });
  });

  it('shares in one command under the name given, syncs a second laptop, and says what is shared with whom', async () => {
    await run('ana', 'import', seed('000_7e644020b4a2f233.txt'));
    const shared = await run('ana', 'sync', 'init', desk.remote, '--name', 'Ana Lopes');
    expect(shared).toMatchObject({ code: 0, out: expect.stringMatching(/^Shared with .*desk\.git as Ana Lopes \(set for this library with --name\)\.\nSynced at /) });
    expect(git(join(desk.root, 'ana'), 'log', '--format=%an', 'main').trim()).toBe('Ana Lopes');
    expect(remoteFiles(desk.remote).some((path) => path.startsWith('articles/'))).toBe(true);

    await run('ben', 'sync', 'init', desk.remote, '--name', 'Ben Keating');
    await run('ben', 'import', seed('002_0a3212d7f48ef562.txt'));
    expect((await run('ben', 'sync', 'status')).out).toMatch(/1 change waiting to be sent\./);
    expect(await run('ben', 'sync')).toMatchObject({ code: 0, out: expect.stringMatching(/Nothing waiting to be sent\./) });
    expect((await run('ana', 'sync', '--json')).out).toMatch(/"changesWaiting": 0/);
    expect(remoteFiles(desk.remote).filter((path) => path.startsWith('articles/'))).toHaveLength(2);
  });

  it('exits 2 with the reason when the library is not shared, or the remote is not there', async () => {
    expect(await run('ana', 'sync')).toMatchObject({ code: 2, err: expect.stringMatching(/not shared yet: share it first/) });
    expect(await run('ana', 'sync', 'init', join(desk.root, 'nowhere.git'))).toMatchObject({ code: 2, err: expect.stringMatching(/There is no shared library at/) });
  });
});
