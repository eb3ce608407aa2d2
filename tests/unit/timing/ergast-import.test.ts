import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RacedeskServices } from '../../../src/services/racedesk-services';
import { DATA, fileRow, freshLibrary } from './shared-data';

const F1 = join(DATA, 'f1');
let folder: string;
let services: RacedeskServices;
beforeAll(async () => ({ folder, services } = await freshLibrary()));
afterAll(async () => rm(folder, { recursive: true, force: true }));

const rowsOf = async (id: string) => (await services.timing.getSession(id)).classes.flatMap((group) => group.rows);

describe('importing Ergast-schema F1 tables', () => {
  it('imports the 2024 Monaco Grand Prix as qualifying and race sessions at Monaco', async () => {
    const report = await services.timing.importPaths([F1], { race: '2024 Monaco' });
    expect(report.sessions.map((session) => [session.id, session.trackId])).toEqual([
      ['f1-2024-monaco-grand-prix-qualifying', 'monaco'],
      ['f1-2024-monaco-grand-prix-race', 'monaco'],
    ]);
  });

  it('takes the best of Q1, Q2 and Q3: Leclerc on pole with his Q3 1:10.270', async () => {
    const row = await fileRow(join(F1, 'qualifying.csv'), '10212');
    const [pole] = await rowsOf('f1-2024-monaco-grand-prix-qualifying');
    expect(pole).toMatchObject({ position: 1, car: '16', driver: 'Charles Leclerc', team: 'Ferrari', bestLapSeconds: 70.27, qualifyingPartSeconds: [71.584, 70.825, 70.27] });
    expect(row.q3).toBe('1:10.270');
  });

  it('reads race results: Leclerc from pole wins, Piastri 7.152 s behind', async () => {
    const [winner, second] = await rowsOf('f1-2024-monaco-grand-prix-race');
    expect(winner).toMatchObject({ position: 1, car: '16', driver: 'Charles Leclerc', grid: 1, laps: 78, status: 'Finished' });
    expect(second).toMatchObject({ car: '81', driver: 'Oscar Piastri', gapToClassLeaderSeconds: 7.152 });
  });

  it('picks a race by round, with its fastest lap: 2024 round 13 (Hungary), Russell 1:20.305 on lap 55', async () => {
    const report = await services.timing.importPaths([F1], { race: '2024 13' });
    const race = report.sessions.find((session) => session.kind === 'race');
    expect(race?.eventName).toBe('Hungarian Grand Prix');
    const rows = await rowsOf(race!.id);
    expect(rows.find((row) => row.car === '63')).toMatchObject({ bestLapSeconds: 80.305, bestLapNumber: 55, bestLapDriver: 'George Russell', kph: 196.396 });
    expect(rows.find((row) => row.car === '10')).toMatchObject({ position: 20, status: 'Hydraulics', laps: 33, grid: 0 });
    expect(rows.find((row) => row.car === '24')).toMatchObject({ status: '+1 Lap', gapToClassLeaderSeconds: null, lapsBehindClassLeader: 1 });
  });

  it('finds a race by the country of its circuit: "2024 Hungary" is round 13, already imported', async () => {
    const report = await services.timing.importPaths([F1], { race: '2024 Hungary' });
    // Round 13 above is the same race, so nothing is stored twice.
    expect(report.sessions).toEqual([]);
    expect(report.unchangedSessionIds).toEqual(['f1-2024-hungarian-grand-prix-qualifying', 'f1-2024-hungarian-grand-prix-race']);
  });

  it('reads 2025 races, whose rows in races.csv stop after the url column', async () => {
    const report = await services.timing.importPaths([F1], { race: '2025 Monaco' });
    expect(report.sessions.map((session) => session.startTime)).toEqual([null, '2025-05-25T13:00Z']);
    const [pole] = await rowsOf('f1-2025-monaco-grand-prix-qualifying');
    expect(pole).toMatchObject({ car: '4', driver: 'Lando Norris', bestLapSeconds: 69.954 });
  });

  it('asks which race when none is given', async () => {
    await expect(services.timing.importPaths([F1], {})).rejects.toMatchObject({ code: 'bad-input', message: expect.stringMatching(/--race "<year> <name or round>"/) });
  });

  it('names the candidates when a race name is ambiguous, and says so when there is none', async () => {
    await expect(services.timing.importPaths([F1], { race: '2024 Grand Prix' })).rejects.toMatchObject({ message: expect.stringMatching(/matches 24 races of 2024/) });
    await expect(services.timing.importPaths([F1], { race: '2024 Nürburgring' })).rejects.toMatchObject({ code: 'not-found' });
  });
});
