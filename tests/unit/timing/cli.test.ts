import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli';
import { ROAR_2024, ROAR_QUALIFYING_ID } from './shared-data';

let library: string;
beforeEach(async () => (library = await mkdtemp(join(tmpdir(), 'racedesk-timing-cli-'))));
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(library, { recursive: true, force: true });
});

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  const code = await main(['node', 'racedesk', '--library', library, ...args]);
  vi.restoreAllMocks();
  return { code, out, err };
}

describe('racedesk import, sessions and session', () => {
  it('imports a folder, lists it and shows the pole with its driver, time, km/h and mph', async () => {
    const imported = await run('import', ROAR_2024);
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/stored +imsa-2024-roar-before-the-24-202401211355-qualifying .*59 cars, 336 laps, Daytona International Speedway/);
    expect(imported.out).toMatch(/skipped +202401211355-qualifying-weather\.csv/);
    const listed = await run('sessions', '--json');
    expect(JSON.parse(listed.out).map((session: { id: string }) => session.id)).toEqual([ROAR_QUALIFYING_ID]);
    const shown = await run('session', ROAR_QUALIFYING_ID);
    expect(shown.out).toMatch(/^1 +1 +#31 +Pipo Derani +1:32\.656 +222\.6 +138\.318$/m);
    expect(shown.out).toMatch(/^10 +1 +#2 +Ben Keating +1:38\.501 +209\.4 +130\.110$/m);
    expect(shown.out).toMatch(/^11 +2 +#52 +Nick Boulle +1:38\.603 +\+0\.102/m);
  });

  it('says "unchanged" when the same folder is imported again', async () => {
    await run('import', ROAR_2024);
    expect((await run('import', ROAR_2024)).out).toMatch(/unchanged +imsa-2024-roar-before-the-24-202401211355-qualifying/);
  });

  it('exits 2 with the reason for a session that is not there', async () => {
    const shown = await run('session', 'no-such-session');
    expect(shown.code).toBe(2);
    expect(shown.err).toMatch(/No session no-such-session/);
  });
});
