import { readFile, rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RacedeskServices } from '../../../src/services/racedesk-services';
import { ROAR_QUALIFYING_RESULTS, freshLibrary } from './shared-data';

let folder: string;
let services: RacedeskServices;
beforeEach(async () => ({ folder, services } = await freshLibrary()));
afterEach(async () => rm(folder, { recursive: true, force: true }));

/** The first rows of the real 2024 Roar qualifying results, as [pos, car, driver1, team, class, time, gap]. */
async function roarRows(count: number): Promise<string[][]> {
  const [, ...lines] = (await readFile(ROAR_QUALIFYING_RESULTS, 'utf8')).split(/\r?\n/);
  return lines.slice(0, count).map((line) => {
    const cells = line.split(';');
    return [cells[0], cells[1], `${cells[24]} ${cells[25]}`, cells[8], cells[9], cells[3], cells[4]];
  });
}

const asUpload = (fileName: string, text: string) => ({ fileName, dataBase64: Buffer.from(text).toString('base64') });

describe('importing any results CSV by what its headers mean', () => {
  it('recognises Pos, No, Driver, Team, Class, Best Lap and Gap', async () => {
    const rows = await roarRows(12);
    const csv = ['Pos,No,Driver,Team,Class,Best Lap,Gap', ...rows.map((row) => row.join(','))].join('\n');
    const report = await services.timing.importFiles([asUpload('roar-qualifying.csv', csv)], { event: 'Roar Before the 24', series: 'IMSA' });
    expect(report.sessions[0]).toMatchObject({ kind: 'qualifying', trackId: 'daytona', carCount: 12 });
    const session = await services.timing.getSession(report.sessions[0].id);
    expect(session.classes.map((group) => group.className)).toEqual(['GTP', 'LMP2']);
    expect(session.classes[0].rows[1]).toMatchObject({ car: '01', driver: 'Renger van der Zande', bestLapSeconds: 92.727, gapFirstSeconds: 0.071, speedMph: 138.212 });
    expect(session.classes[1].rows[0]).toMatchObject({ car: '2', classPosition: 1, position: 10, shownDriver: 'Ben Hanley' });
  });

  it('takes an explicit mapping where the guess fails: --map time=Meilleur,car=Voiture,driver=Conducteur', async () => {
    const rows = await roarRows(3);
    const csv = ['Ord;Voiture;Conducteur;Meilleur', ...rows.map((row) => [row[0], row[1], row[2], row[5]].join(';'))].join('\n');
    await expect(services.timing.importFiles([asUpload('qualif.csv', csv)], {})).rejects.toMatchObject({
      code: 'bad-file',
      message: expect.stringMatching(/^qualif\.csv line 1: could not tell which columns hold the car number or driver \(columns: Ord, Voiture, Conducteur, Meilleur\); give a mapping/),
    });
    const report = await services.timing.importFiles([asUpload('qualif.csv', csv)], { map: 'time=Meilleur,driver=Conducteur,car=Voiture', kind: 'qualifying' });
    const [group] = (await services.timing.getSession(report.sessions[0].id)).classes;
    expect(group.rows.map((row) => [row.position, row.car, row.driver, row.bestLapSeconds])).toEqual([
      [1, '31', 'Pipo Derani', 92.656],
      [2, '01', 'Renger van der Zande', 92.727],
      [3, '7', 'Dane Cameron', 92.876],
    ]);
  });

  it('refuses a mapping that names a column the file does not have', async () => {
    await expect(services.timing.importFiles([asUpload('r.csv', 'Pos,Driver,Time\n1,Pipo Derani,1:32.656\n')], { map: 'time=Best' })).rejects.toMatchObject({
      code: 'bad-input',
      message: '--map time=Best: r.csv has no column "Best" (columns: Pos, Driver, Time)',
    });
  });

  it('refuses a time that is not a time, with its line', async () => {
    await expect(services.timing.importFiles([asUpload('r.csv', 'Pos,Driver,Time\n1,Pipo Derani,1:32.656\n2,Renger van der Zande,Cadillac\n')], {})).rejects.toMatchObject({
      message: 'r.csv line 3: time "Cadillac" is not a time',
    });
  });
});

describe('importing results pasted as text', () => {
  it('reads a tab-separated table copied from a spreadsheet, title line and all', async () => {
    const rows = await roarRows(5);
    const text = ['Roar qualifying, unofficial', ['Pos', 'No', 'Driver', 'Team', 'Class', 'Time', 'Gap'].join('\t'), ...rows.map((row) => row.join('\t'))].join('\n');
    const report = await services.timing.importText(text, { event: 'Roar Before the 24', series: 'IMSA', session: 'Qualifying' });
    const [group] = (await services.timing.getSession(report.sessions[0].id)).classes;
    expect(group.rows.map((row) => row.car)).toEqual(['31', '01', '7', '25', '40']);
    expect(group.rows[0]).toMatchObject({ bestLapSeconds: 92.656, speedKph: 222.6 });
  });

  it('reads a space-aligned table copied from a PDF', async () => {
    const rows = await roarRows(3);
    const line = (cells: string[]) => cells.map((cell, index) => cell.padEnd([5, 5, 24, 38, 8, 10, 8][index])).join('  ');
    const text = [line(['Pos', 'No', 'Driver', 'Team', 'Class', 'Time', 'Gap']), ...rows.map(line)].join('\n');
    const report = await services.timing.importText(text, { event: 'Roar Before the 24', series: 'IMSA', session: 'Qualifying' });
    const [group] = (await services.timing.getSession(report.sessions[0].id)).classes;
    expect(group.rows.map((row) => [row.car, row.team, row.bestLapSeconds])).toEqual([
      ['31', 'Whelen Engineering Cadillac Racing', 92.656],
      ['01', 'Cadillac Racing', 92.727],
      ['7', 'Porsche Penske Motorsports', 92.876],
    ]);
  });

  it('refuses pasted text without a header line', async () => {
    await expect(services.timing.importText('1\t31\tPipo Derani\t1:32.656\n', {})).rejects.toMatchObject({ message: expect.stringMatching(/line 1: no header line found/) });
  });
});

describe('results typed by hand', () => {
  it('creates a session from typed results and corrects one, keeping class positions right', async () => {
    const created = await services.timing.addResults({
      series: 'IMSA',
      event: 'Roar Before the 24',
      session: 'Qualifying',
      results: [
        { position: 1, car: '31', driver: 'Pipo Derani', className: 'GTP', time: '1:32.656' },
        { position: 2, car: '01', driver: 'Sebastien Bourdais', className: 'GTP', time: '1:32.727' },
        { position: 3, car: '2', driver: 'Ben Keating', className: 'LMP2', time: '1:38.501' },
      ],
    });
    expect(created.track?.id).toBe('daytona');
    expect(created.classes[0].rows[1]).toMatchObject({ gapToClassLeaderSeconds: 0.071, speedMph: 138.212 });
    const corrected = await services.timing.correctResult(created.id, '01', { position: 4, time: '1:32.728' });
    expect(corrected.classes[0].rows.map((row) => [row.car, row.classPosition, row.gapToClassLeaderSeconds])).toEqual([
      ['31', 1, 0],
      ['01', 2, 0.072],
    ]);
    expect((await services.timing.listSessions()).map((session) => session.id)).toEqual([created.id]);
  });

  it('refuses a typed time that is not a time', async () => {
    await expect(services.timing.addResults({ results: [{ car: '31', time: 'fast' }] })).rejects.toMatchObject({ code: 'bad-input', message: expect.stringMatching(/car 31: time "fast" is not a time/) });
  });
});
