import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lap, TimingSession } from '../../../src/domain/timing';
import { lapsFromColumns, lapsToColumns } from '../../../src/services/timing/lap-columns';
import { TimingService } from '../../../src/services/timing/timing-service';
import { DATA, fileRow } from './shared-data';

const LE_MANS = join(DATA, 'wec', 'le_mans_24h.csv');

let folder: string;
let imported: TimingSession;
let sessionPath: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'racedesk-session-format-'));
  const timing = new TimingService(join(folder, 'timing'));
  const report = await timing.importPaths([LE_MANS], {});
  imported = await timing.getStoredSession(report.sessions[0].id);
  sessionPath = join(folder, 'timing', 'sessions', `${imported.id}.json`);
});
afterAll(async () => rm(folder, { recursive: true, force: true }));

/** The session as a Racedesk opened afresh on the same library reads it from disk. */
const readAfresh = () => new TimingService(join(folder, 'timing')).getStoredSession(imported.id);

describe('a session file on disk', () => {
  it('stores the 15,593 Le Mans laps as whole thousandths and reads back every lap unchanged', async () => {
    const stored = JSON.parse(await readFile(sessionPath, 'utf8'));
    expect(stored.schemaVersion).toBe(2);
    expect(stored.lapColumns.thousandths).toEqual(['lapSeconds', 'sectors', 'kph', 'elapsedSeconds']);
    const firstLap = await fileRow(LE_MANS, '10', '2', '1');
    expect(firstLap.LAP_TIME).toBe('3:53.276');
    expect(stored.lapColumns.lapSeconds[0]).toBe(233276);
    const read = await readAfresh();
    expect(read.laps).toHaveLength(15593);
    expect(read).toEqual(imported);
    expect(read.laps[0]).toMatchObject({ car: '10', driver: 'Patrick Pilet', lapSeconds: 233.276, kph: 208.1, sectors: [45.985, 86.214, 101.077] });
  });

  it('still reads a version 1 file, whose lap columns hold plain seconds', async () => {
    const stored = JSON.parse(await readFile(sessionPath, 'utf8'));
    for (const name of stored.lapColumns.thousandths as string[]) {
      stored.lapColumns[name] = stored.lapColumns[name].map((value: number | null) => (value === null ? null : value / 1000));
    }
    delete stored.lapColumns.thousandths;
    await writeFile(sessionPath, JSON.stringify({ ...stored, schemaVersion: 1 }));
    expect(await readAfresh()).toEqual(imported);
  });

  it('still reads a version 1 file written before laps were stored as columns', async () => {
    await writeFile(sessionPath, JSON.stringify({ schemaVersion: 1, session: imported }));
    expect(await readAfresh()).toEqual(imported);
  });
});

describe('lap columns', () => {
  const lap = (lapSeconds: number, kph: number | null): Lap => ({ car: '7', driver: 'Kamui Kobayashi', lapNumber: 1, lapSeconds, sectors: [30.5, 40.25], kph, pit: false, deleted: false, elapsedSeconds: null });

  it('keep plain values in a column where one value has more than three decimals', () => {
    const laps = [lap(212.656, 231.4), lap(213.1, 231.4567)];
    const columns = lapsToColumns(laps);
    expect(columns.thousandths).toEqual(['lapSeconds', 'sectors', 'elapsedSeconds']);
    expect(columns.kph).toEqual([231.4, 231.4567]);
    expect(lapsFromColumns(JSON.parse(JSON.stringify(columns)))).toEqual(laps);
  });

  it('refuse columns of different lengths as a damaged file', () => {
    const columns = lapsToColumns([lap(212.656, null), lap(213.1, null)]);
    expect(() => lapsFromColumns({ ...columns, flags: [0] })).toThrow(/lap columns of different lengths/);
  });
});
