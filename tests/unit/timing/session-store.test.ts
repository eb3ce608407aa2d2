import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRacedeskServices, type RacedeskServices } from '../../../src/services/racedesk-services';
import { ROAR_QUALIFYING_ID, ROAR_QUALIFYING_LAPS, ROAR_QUALIFYING_RESULTS, freshLibrary } from './shared-data';

let folder: string;
let services: RacedeskServices;
beforeEach(async () => ({ folder, services } = await freshLibrary()));
afterEach(async () => rm(folder, { recursive: true, force: true }));

const upload = async (path: string, fileName: string) => ({ fileName, dataBase64: (await readFile(path)).toString('base64') });

describe('the timing library on disk', () => {
  it('keeps a session after the services are closed and opened again', async () => {
    await services.timing.importPaths([ROAR_QUALIFYING_RESULTS, ROAR_QUALIFYING_LAPS], {});
    const reopened = await openRacedeskServices(folder);
    const session = await reopened.timing.getSession(ROAR_QUALIFYING_ID);
    expect(session.classes[0].rows[0]).toMatchObject({ car: '31', bestLapSeconds: 92.656, bestLapDriver: 'Pipo Derani' });
    expect(await reopened.timing.getLaps(ROAR_QUALIFYING_ID, '31')).toHaveLength(6);
    expect(await reopened.timing.getLaps(ROAR_QUALIFYING_ID, '2')).toEqual(await services.timing.getLaps(ROAR_QUALIFYING_ID, '2'));
    expect((await reopened.timing.getLaps(ROAR_QUALIFYING_ID, '2'))[8]).toMatchObject({ lapNumber: 9, pit: true, driver: 'Ben Keating', sectors: [23.614, 49.652, 121.643] });
  });

  it('writes a small index and one compact file per session, laps included', async () => {
    await services.timing.importPaths([ROAR_QUALIFYING_RESULTS, ROAR_QUALIFYING_LAPS], {});
    expect((await readdir(join(folder, 'timing'))).sort()).toEqual(['index.json', 'sessions']);
    const index = JSON.parse(await readFile(join(folder, 'timing', 'index.json'), 'utf8'));
    expect(index.schemaVersion).toBe(1);
    expect(index.sessions.map((session: { id: string }) => session.id)).toEqual([ROAR_QUALIFYING_ID]);
    const text = await readFile(join(folder, 'timing', 'sessions', `${ROAR_QUALIFYING_ID}.json`), 'utf8');
    expect(text).not.toContain('\n');
    const stored = JSON.parse(text);
    expect(stored).toMatchObject({ schemaVersion: 2, session: { id: ROAR_QUALIFYING_ID } });
    expect(stored.lapColumns.lapSeconds).toHaveLength(336);
    expect(stored.lapColumns.drivers).toContain('Pipo Derani');
  });

  it('does not duplicate anything when the same files are imported twice', async () => {
    await services.timing.importPaths([ROAR_QUALIFYING_RESULTS, ROAR_QUALIFYING_LAPS], {});
    const again = await services.timing.importPaths([ROAR_QUALIFYING_RESULTS, ROAR_QUALIFYING_LAPS], {});
    expect(again.unchangedSessionIds).toEqual([ROAR_QUALIFYING_ID]);
    expect(await services.timing.listSessions()).toHaveLength(1);
    const session = await services.timing.getStoredSession(ROAR_QUALIFYING_ID);
    expect(session.laps).toHaveLength(336);
    expect(session.results).toHaveLength(59);
  });

  it('joins a laps file imported after its results file into the same session', async () => {
    await services.timing.importPaths([ROAR_QUALIFYING_RESULTS], {});
    expect((await services.timing.getSession(ROAR_QUALIFYING_ID)).classes[1].rows[0].bestLapDriver).toBeNull();
    await services.timing.importPaths([ROAR_QUALIFYING_LAPS], {});
    expect(await services.timing.listSessions()).toHaveLength(1);
    const lmp2 = (await services.timing.getSession(ROAR_QUALIFYING_ID)).classes[1].rows[0];
    expect(lmp2).toMatchObject({ car: '2', bestLapDriver: 'Ben Keating', position: 10 });
  });

  it('treats a results file and a laps file chosen together as one session, whatever their names', async () => {
    const report = await services.timing.importFiles(
      [await upload(ROAR_QUALIFYING_RESULTS, 'quali results.csv'), await upload(ROAR_QUALIFYING_LAPS, 'quali laps.csv')],
      { event: 'Roar Before the 24', series: 'IMSA', session: 'Qualifying' },
    );
    expect(report.sessions).toHaveLength(1);
    expect(report.sessions[0]).toMatchObject({ trackId: 'daytona', kind: 'qualifying', lapCount: 336 });
    const pole = (await services.timing.getSession(report.sessions[0].id)).classes[0].rows[0];
    expect(pole).toMatchObject({ car: '31', bestLapDriver: 'Pipo Derani' });
  });

  it('adds drivers and teams to the roster, one person for spellings that differ only in accents', async () => {
    await services.timing.importPaths([ROAR_QUALIFYING_RESULTS], {});
    const roster = await services.timing.roster();
    expect(roster.drivers.find((driver) => driver.name === 'Pipo Derani')?.series).toEqual(['IMSA']);
    expect(roster.teams.map((team) => team.name)).toContain('Whelen Engineering Cadillac Racing');
  });

  it('deletes a session and its file', async () => {
    await services.timing.importPaths([ROAR_QUALIFYING_RESULTS], {});
    await services.timing.deleteSession(ROAR_QUALIFYING_ID);
    expect(await services.timing.listSessions()).toEqual([]);
    expect(await readdir(join(folder, 'timing', 'sessions'))).toEqual([]);
  });
});

describe('changes at the same time', () => {
  it('loses no session when a track is saved while another import runs', async () => {
    const csv = 'Pos,No,Driver,Time\n1,8,Broc Feeney,2:01.000\n';
    await services.timing.importFiles([{ fileName: 'bathurst-12-hour-qualifying.csv', dataBase64: Buffer.from(csv).toString('base64') }], { kind: 'qualifying' });
    await Promise.all([
      services.timing.saveTrack({ name: 'Mount Panorama Circuit', aliases: ['Bathurst'], lengthKm: 6.213, source: 'circuit website' }),
      services.timing.importPaths([ROAR_QUALIFYING_RESULTS], {}),
    ]);
    const reopened = await openRacedeskServices(folder);
    expect((await reopened.timing.listSessions()).map((session) => session.trackId).sort()).toEqual(['daytona', 'mount-panorama-circuit']);
  });
});

describe('a damaged timing file', () => {
  it('is set aside, never overwritten, and the user is told; the session asks to be imported again', async () => {
    await services.timing.importPaths([ROAR_QUALIFYING_RESULTS], {});
    const path = join(folder, 'timing', 'sessions', `${ROAR_QUALIFYING_ID}.json`);
    await writeFile(path, '{"schemaVersion":1,"session":{"id":');
    const reopened = await openRacedeskServices(folder);
    await expect(reopened.timing.getSession(ROAR_QUALIFYING_ID)).rejects.toMatchObject({ code: 'not-found', message: expect.stringMatching(/import it again/) });
    expect(reopened.recoveryNotices).toEqual([expect.objectContaining({ file: path, restoredFrom: 'nothing' })]);
    const names = await readdir(join(folder, 'timing', 'sessions'));
    expect(names.some((name) => name.startsWith(`${ROAR_QUALIFYING_ID}.json.corrupt-`))).toBe(true);
    const again = await reopened.timing.importPaths([ROAR_QUALIFYING_RESULTS], {});
    expect(again.unchangedSessionIds).toEqual([]);
    expect((await reopened.timing.getSession(ROAR_QUALIFYING_ID)).classes[0].rows[0]).toMatchObject({ car: '31', bestLapSeconds: 92.656 });
  });

  it('falls back to the last good index when index.json is damaged', async () => {
    await services.timing.importPaths([ROAR_QUALIFYING_RESULTS], {});
    await services.timing.saveTrack({ name: 'Mount Panorama Circuit', aliases: ['Bathurst'], lengthKm: 6.213, source: 'circuit website' });
    await writeFile(join(folder, 'timing', 'index.json'), 'not json');
    const reopened = await openRacedeskServices(folder);
    expect((await reopened.timing.listSessions()).map((session) => session.id)).toEqual([ROAR_QUALIFYING_ID]);
    expect(reopened.recoveryNotices).toEqual([expect.objectContaining({ restoredFrom: 'backup' })]);
  });
});
