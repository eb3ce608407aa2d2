import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRacedeskServices } from '../../../src/services/racedesk-services';
import { finished, spawnTsx, waitForLine } from '../../durability/child-process';

let library: string;
beforeEach(async () => {
  library = await mkdtemp(join(tmpdir(), 'racedesk-lock-'));
});
afterEach(async () => rm(library, { recursive: true, force: true }));

async function lockOwner(): Promise<{ pid: number; host: string }> {
  return JSON.parse(await readFile(join(library, '.lock'), 'utf8')) as { pid: number; host: string };
}

function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

// Each child starts the services through tsx: tens of seconds on a loaded machine.
describe('the library lock', { timeout: 120_000 }, () => {
  it('is taken on open with this process id, shared by opens in the same process, and gone after the last close', async () => {
    const first = await openRacedeskServices(library);
    const second = await openRacedeskServices(library);
    expect(await lockOwner()).toMatchObject({ pid: process.pid, host: hostname() });
    await first.close();
    expect(await readdir(library)).toContain('.lock');
    await second.close();
    expect(await readdir(library)).not.toContain('.lock');
  });

  it('refuses a second Racedesk process while the first has the library open, naming its pid', async () => {
    const holder = spawnTsx('tests/durability/hold-library-child.ts', [library]);
    await waitForLine(holder, 'held');
    try {
      const refusal = openRacedeskServices(library, { waitMilliseconds: 300 });
      await expect(refusal).rejects.toMatchObject({ code: 'locked' });
      await expect(refusal).rejects.toThrow(new RegExp(`is open in another Racedesk \\(pid ${holder.pid} .*close it or use --library`));
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('lets a waiting writer in as soon as the other Racedesk closes the library', async () => {
    const holder = spawnTsx('tests/durability/hold-library-child.ts', [library]);
    await waitForLine(holder, 'held');
    const waiting = openRacedeskServices(library, { waitMilliseconds: 20_000, retryMilliseconds: 50 });
    let opened = false;
    void waiting.then(() => (opened = true));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(opened).toBe(false);
    holder.stdin.write('close\n');
    const services = await waiting;
    expect(await lockOwner()).toMatchObject({ pid: process.pid });
    await services.close();
  });

  it('refuses the CLI writing into a library the app has open', async () => {
    const app = await openRacedeskServices(library);
    const report = join(library, 'report.txt');
    await writeFile(report, 'Derani takes pole at Sebring');
    const cli = spawnTsx('bin/racedesk.js', ['--library', library, 'import', report]);
    const { code, stderr } = await finished(cli);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/is open in another Racedesk \(pid \d+/);
    expect(await app.articles.list()).toEqual([]);
    await app.close();
  });

  it('takes over a lock whose process is dead', async () => {
    const pid = deadPid();
    await writeFile(join(library, '.lock'), JSON.stringify({ pid, host: hostname(), startedAt: '2026-01-01T00:00:00Z' }));
    const services = await openRacedeskServices(library, { waitMilliseconds: 0 });
    expect(await lockOwner()).toMatchObject({ pid: process.pid });
    await services.close();
  });

  it('takes over a lock file that holds no owner at all', async () => {
    await writeFile(join(library, '.lock'), '');
    const services = await openRacedeskServices(library, { waitMilliseconds: 0 });
    expect(await lockOwner()).toMatchObject({ pid: process.pid });
    await services.close();
  });

  it('never takes over a lock held from another machine', async () => {
    await writeFile(join(library, '.lock'), JSON.stringify({ pid: 1, host: `not-${hostname()}`, startedAt: '2026-01-01T00:00:00Z' }));
    await expect(openRacedeskServices(library, { waitMilliseconds: 0 })).rejects.toMatchObject({ code: 'locked' });
  });

  it('clears the temp files a killed writer left, and only those', async () => {
    await writeFile(join(library, `.note.json.${deadPid()}.0123abcd.tmp`), '{"half":');
    await writeFile(join(library, 'note.json'), '{}');
    const services = await openRacedeskServices(library);
    expect((await readdir(library)).sort()).toEqual(['.lock', 'note.json']);
    await services.close();
  });
});
