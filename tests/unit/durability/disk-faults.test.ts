import type * as FilePromises from 'node:fs/promises';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openRacedeskServices, type RacedeskServices } from '../../../src/services/racedesk-services';

/** The fault the next temp-file write of the library meets, as the kernel would report it. */
const faults = vi.hoisted(() => ({ onOpen: null as string | null, onWrite: null as string | null }));

function kernelError(code: string): NodeJS.ErrnoException {
  const messages: Record<string, string> = { ENOSPC: 'no space left on device', EACCES: 'permission denied' };
  return Object.assign(new Error(`${code}: ${messages[code] ?? code}, write`), { code });
}

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof FilePromises>();
  const open: typeof actual.open = async (path, flags, mode) => {
    const isTemp = String(path).endsWith('.tmp');
    if (isTemp && faults.onOpen) throw kernelError(faults.onOpen);
    const handle = await actual.open(path, flags, mode);
    if (isTemp && faults.onWrite) {
      const code = faults.onWrite;
      // A full disk takes part of the data, then fails.
      handle.writeFile = async (data) => {
        await actual.writeFile(path, String(data).slice(0, 10));
        throw kernelError(code);
      };
    }
    return handle;
  };
  return { ...actual, open, default: { ...actual, open } };
});

let library: string;
let services: RacedeskServices;
beforeEach(async () => {
  library = await mkdtemp(join(tmpdir(), 'racedesk-faults-'));
  services = await openRacedeskServices(library);
});
afterEach(async () => {
  faults.onOpen = null;
  faults.onWrite = null;
  await services.close();
  await rm(library, { recursive: true, force: true });
});

describe.each([
  ['the disk is full', 'onWrite', 'ENOSPC', /no space left on device/],
  ['permission is denied', 'onOpen', 'EACCES', /permission denied/],
] as const)('a save when %s', (_when, where, code, message) => {
  it('is refused with a storage error that says so, and the last saved article stays whole on disk and in the app', async () => {
    const article = await services.articles.create({ headline: 'Derani on pole' });
    const path = join(library, 'articles', `${article.id}.json`);
    const before = await readFile(path, 'utf8');
    faults[where] = code;

    const failed = services.articles.save(article.id, { baseRevision: 1, meta: { headline: 'Lost to a full disk' } });
    await expect(failed).rejects.toMatchObject({ code: 'storage' });
    await expect(failed).rejects.toThrow(message);
    await expect(failed).rejects.toThrow(/The last saved version is intact/);
    expect(await readFile(path, 'utf8')).toBe(before);
    expect((await readdir(join(library, 'articles'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    expect(await services.articles.get(article.id)).toMatchObject({ revision: 1, meta: { headline: 'Derani on pole' } });

    faults[where] = null;
    await services.articles.save(article.id, { baseRevision: 1, meta: { headline: 'Saved once there was room' } });
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ revision: 2, meta: { headline: 'Saved once there was room' } });
  });

  it('of a timing session is refused with a storage error, leaving the stored session as it was', async () => {
    const input = { series: 'IMSA', event: 'Sebring 2024', session: 'Race', kind: 'race' as const };
    const session = await services.timing.addResults({ ...input, results: [{ position: 1, car: '31', driver: 'Pipo Derani' }] });
    const path = join(library, 'timing', 'sessions', `${session.id}.json`);
    const before = await readFile(path, 'utf8');
    faults[where] = code;
    await expect(services.timing.addResults({ ...input, sessionId: session.id, results: [{ position: 2, car: '5' }] })).rejects.toMatchObject({
      code: 'storage',
    });
    expect(await readFile(path, 'utf8')).toBe(before);
  });
});
