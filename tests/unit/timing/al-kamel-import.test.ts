import { readFile, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TimingImportReport } from '../../../src/api/timing';
import type { RacedeskServices } from '../../../src/services/racedesk-services';
import { DATA, ROAR_QUALIFYING_ID, ROAR_QUALIFYING_LAPS, ROAR_QUALIFYING_RESULTS, fileRow, freshLibrary } from './shared-data';

let folder: string;
let services: RacedeskServices;
let report: TimingImportReport;
beforeAll(async () => {
  ({ folder, services } = await freshLibrary());
  report = await services.timing.importPaths([DATA], { race: '2024 Monaco' });
});
afterAll(async () => rm(folder, { recursive: true, force: true }));

const resultOf = async (sessionId: string, car: string) => {
  const session = await services.timing.getSession(sessionId);
  const row = session.classes.flatMap((group) => group.rows).find((candidate) => candidate.car === car);
  if (!row) throw new Error(`no car ${car} in ${sessionId}`);
  return row;
};

describe('importing all of ../shared/data in one go', () => {
  it('stores 13 IMSA, 2 WEC and 2 F1 sessions and reports every weather file as skipped', async () => {
    const series = report.sessions.map((session) => session.series);
    expect([series.filter((name) => name === 'IMSA').length, series.filter((name) => name === 'WEC').length, series.filter((name) => name === 'F1').length]).toEqual([13, 2, 2]);
    const weather = (await readdir(DATA, { recursive: true })).filter((path) => path.endsWith('-weather.csv')).map((path) => path.split('/').pop());
    expect(report.skipped.map((skipped) => skipped.file).sort()).toEqual(weather.sort());
    expect(weather).toHaveLength(13);
  });

  it('stores as many laps as the laps files have rows', async () => {
    const lapFiles = (await readdir(DATA, { recursive: true })).filter((path) => path.endsWith('-laps.csv') || path.startsWith('wec/'));
    let rows = 0;
    for (const path of lapFiles) rows += (await readFile(join(DATA, path), 'utf8')).split(/\r?\n/).filter((line) => line.trim() !== '').length - 1;
    expect(report.sessions.reduce((sum, session) => sum + session.lapCount, 0)).toBe(rows);
  });
});

describe('importing the IMSA Al Kamel results and laps', () => {
  it('gives the 2024 Roar qualifying pole to #31 in 1:32.656, a lap the laps file says Pipo Derani drove', async () => {
    const pole = await resultOf(ROAR_QUALIFYING_ID, '31');
    expect(pole).toMatchObject({ position: 1, classPosition: 1, className: 'GTP', bestLapSeconds: 92.656, bestLapNumber: 5, bestLapDriver: 'Pipo Derani' });
    const lap = await fileRow(ROAR_QUALIFYING_LAPS, '31', '1', '5');
    expect(lap.DRIVER_NAME).toBe('Pipo Derani');
  });

  it('credits the LMP2 best lap of car #2 to the driver of that lap (Ben Keating), not to DRIVER1 of the results file', async () => {
    const results = await fileRow(ROAR_QUALIFYING_RESULTS, '10', '2');
    expect(`${results.DRIVER1_FIRSTNAME} ${results.DRIVER1_SECONDNAME}`).toBe('Ben Hanley');
    const lap = await fileRow(ROAR_QUALIFYING_LAPS, '2', '3', results.LAP);
    expect(lap.LAP_TIME).toBe(results.TIME);
    const row = await resultOf(ROAR_QUALIFYING_ID, '2');
    expect(row).toMatchObject({ className: 'LMP2', classPosition: 1, bestLapSeconds: 98.501, bestLapDriver: lap.DRIVER_NAME });
    expect(row.bestLapDriver).toBe('Ben Keating');
    expect(row.drivers[0]).toBe('Ben Hanley');
  });

  it('keeps car 01 and car 1 apart (Sebring 2024 race: Cadillac #01 in GTP, Paul Miller BMW #1 in GTDPRO)', async () => {
    const sessionId = 'imsa-2024-sebring-international-raceway-202403160940-race';
    expect(await resultOf(sessionId, '01')).toMatchObject({ position: 2, className: 'GTP', team: 'Cadillac Racing' });
    expect(await resultOf(sessionId, '1')).toMatchObject({ position: 23, className: 'GTDPRO', team: 'Paul Miller Racing' });
  });

  it('counts class positions within CLASS: the first LMP2 car, 10th overall, is 1st in class', async () => {
    const session = await services.timing.getSession(ROAR_QUALIFYING_ID);
    expect(session.classes.map((group) => group.className)).toEqual(['GTP', 'LMP2', 'GTDPRO', 'GTD']);
    for (const group of session.classes) expect(group.rows.map((row) => row.classPosition)).toEqual(group.rows.map((_, index) => index + 1));
  });

  it('keeps the file order for a tie at the thousandth: #19 then #62, both 1:44.831 in GTDPRO', async () => {
    const first = await resultOf(ROAR_QUALIFYING_ID, '19');
    const second = await resultOf(ROAR_QUALIFYING_ID, '62');
    expect(first.bestLapSeconds).toBe(104.831);
    expect(second.bestLapSeconds).toBe(104.831);
    expect([first.position, second.position]).toEqual([33, 34]);
    expect(second.classPosition).toBe(first.classPosition + 1);
    expect(second.gapToClassLeaderSeconds).toBe(first.gapToClassLeaderSeconds);
  });

  it('works out the gap to the class leader: #52 is 0.102 s behind #2 in LMP2', async () => {
    expect((await resultOf(ROAR_QUALIFYING_ID, '52')).gapToClassLeaderSeconds).toBe(0.102);
  });

  it('gives km/h and IMSA-truncated mph from the Daytona length', async () => {
    expect(await resultOf(ROAR_QUALIFYING_ID, '31')).toMatchObject({ speedKph: 222.6, speedMph: 138.318, kph: 222.6 });
  });

  it('flags laps that ended in the pits: car #2 lap 9 crossed the line in the pit lane (B)', async () => {
    const laps = await services.timing.getLaps(ROAR_QUALIFYING_ID, '2');
    expect((await fileRow(ROAR_QUALIFYING_LAPS, '2', '3', '9')).CROSSING_FINISH_LINE_IN_PIT).toBe('B');
    expect(laps.find((lap) => lap.lapNumber === 9)?.pit).toBe(true);
    expect(laps.filter((lap) => lap.pit).map((lap) => lap.lapNumber)).toEqual([9]);
  });

  it('flags laps that did not count: Detroit #31 ran 1:06.133 but is classified on 1:06.861', async () => {
    const sessionId = 'imsa-2024-detroit-street-course-202405311640-qualifying';
    const laps = await services.timing.getLaps(sessionId, '31');
    const fastest = laps.reduce((best, lap) => (lap.lapSeconds < best.lapSeconds ? lap : best));
    expect(fastest).toMatchObject({ lapSeconds: 66.133, deleted: true, pit: false });
    expect(await resultOf(sessionId, '31')).toMatchObject({ bestLapSeconds: 66.861, bestLapNumber: 5 });
    expect(laps.find((lap) => lap.lapNumber === 5)?.deleted).toBe(false);
  });

  it('reads race results: Sebring 2024 won by #40 over 333 laps in 12:00:54.520, #01 0.891 s behind', async () => {
    const sessionId = 'imsa-2024-sebring-international-raceway-202403160940-race';
    expect(await resultOf(sessionId, '40')).toMatchObject({ position: 1, laps: 333, totalSeconds: 43254.52, status: 'Classified' });
    expect(await resultOf(sessionId, '01')).toMatchObject({ gapToClassLeaderSeconds: 0.891 });
    const session = await services.timing.getStoredSession(sessionId);
    expect(session.laps).toHaveLength(16836);
  });

  it('reads the comma-separated 2023 Roar qualifying: pole #60 in 1:34.031, and #6 with no time', async () => {
    const sessionId = 'imsa-2023-roar-before-the-24-202301221345-qualifying';
    expect(await resultOf(sessionId, '60')).toMatchObject({ position: 1, bestLapSeconds: 94.031 });
    expect(await resultOf(sessionId, '6')).toMatchObject({ bestLapSeconds: null, position: 61 });
  });

  it('stores every lap of every laps file, one session per results + laps pair, and skips weather', async () => {
    const sessions = await services.timing.listSessions();
    expect(sessions.filter((session) => session.series === 'IMSA')).toHaveLength(13);
    const roar = sessions.find((session) => session.id === ROAR_QUALIFYING_ID);
    expect(roar).toMatchObject({ kind: 'qualifying', trackId: 'daytona', trackName: 'Daytona International Speedway', carCount: 59, lapCount: 336, startTime: '2024-01-21T13:55' });
    expect(roar?.sourceFiles.sort()).toEqual(['202401211355-qualifying-laps.csv', '202401211355-qualifying-results.csv']);
  });
});

describe('importing the WEC race lap analyses', () => {
  it('classifies Le Mans 2024 from its laps: #50 wins on 311 laps, #7 14.221 s behind', async () => {
    const sessionId = 'wec-le-mans-24h-le-mans-24h';
    expect(await resultOf(sessionId, '50')).toMatchObject({ position: 1, laps: 311, className: 'HYPERCAR', team: 'Ferrari AF Corse' });
    expect(await resultOf(sessionId, '7')).toMatchObject({ position: 2, gapToClassLeaderSeconds: 14.221 });
    const session = await services.timing.getStoredSession(sessionId);
    expect(session.laps).toHaveLength(15593);
    expect(session.trackId).toBe('le-mans');
  });

  it('names the driver of each car\'s fastest counting lap at Fuji: #6 won, its best lap by Kévin Estre', async () => {
    expect(await resultOf('wec-fuji-6h-fuji-6h', '6')).toMatchObject({ position: 1, laps: 213, bestLapDriver: 'Kévin Estre' });
  });
});
