import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RacedeskServices } from '../../../src/services/racedesk-services';
import { DATA, freshLibrary } from './shared-data';

const SEBRING_RACE = join(DATA, 'imsa/2024/05-sebring-international-raceway/202403160940-race-results.csv');

let folder: string;
let files: string;
let services: RacedeskServices;
beforeAll(async () => {
  ({ folder, services } = await freshLibrary());
  files = await mkdtemp(join(tmpdir(), 'racedesk-not-started-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
  await rm(files, { recursive: true, force: true });
});

// The Sebring 2024 race results with the last line copied as car #174, its position emptied and its status set,
// as Al Kamel lists cars that never took the start.
async function withLine(status: string): Promise<string> {
  const text = (await readFile(SEBRING_RACE, 'utf8')).replace(/\s+$/, '');
  const lines = text.split(/\r?\n/);
  const cells = lines.at(-1)!.split(';');
  cells[0] = '';
  cells[1] = '174';
  cells[2] = status;
  const path = join(files, `${status || 'blank'}-race-results.csv`.replace(/\s/g, '-'));
  await writeFile(path, `${[...lines, cells.join(';')].join('\n')}\n`);
  return path;
}

describe('a results line with no position', () => {
  it('is a car entered but not classified when its status says so ("Not started")', async () => {
    const report = await services.timing.importPaths([await withLine('Not started')], {});
    const session = await services.timing.getStoredSession(report.sessions[0].id);
    expect(session.entries.map((entry) => entry.car)).toContain('174');
    expect(session.results.map((result) => result.car)).not.toContain('174');
    expect(session.results).toHaveLength(session.entries.length - 1);
  });

  it('is refused, with its line, when nothing says why it has no position', async () => {
    const path = await withLine('');
    const lines = (await readFile(path, 'utf8')).trimEnd().split('\n').length;
    await expect(services.timing.importPaths([path], {})).rejects.toMatchObject({ code: 'bad-file', message: expect.stringContaining(`line ${lines}: no position`) });
  });
});
