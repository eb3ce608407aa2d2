import { readFile, rm } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/services/api/dispatch';
import type { RacedeskServices } from '../../../src/services/racedesk-services';
import { ROAR_QUALIFYING_LAPS, ROAR_QUALIFYING_RESULTS, freshLibrary } from './shared-data';

let folder: string;
let services: RacedeskServices;
beforeEach(async () => ({ folder, services } = await freshLibrary()));
afterEach(async () => rm(folder, { recursive: true, force: true }));

const overHttp = { allowLocalPaths: false };
const upload = async (path: string) => ({ fileName: `01-roar-before-the-24/${path.split('/').pop()}`, dataBase64: (await readFile(path)).toString('base64') });

describe('the timing API through the dispatcher', () => {
  it('imports uploads from a web page, the folder name in the file name giving the event', async () => {
    const answer = await dispatch(services, 'timing.importFiles', [[await upload(ROAR_QUALIFYING_RESULTS), await upload(ROAR_QUALIFYING_LAPS)], { series: 'IMSA' }], overHttp);
    expect(answer).toMatchObject({ ok: true, value: { sessions: [{ eventName: 'Roar Before the 24', trackId: 'daytona', lapCount: 336 }] } });
  });

  it('refuses paths on this machine from a web page', async () => {
    const answer = await dispatch(services, 'timing.importPaths', [[ROAR_QUALIFYING_RESULTS], {}], overHttp);
    expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('answers a malformed file as a bad-file error with its line, not as a crash', async () => {
    const broken = { fileName: 'results.csv', dataBase64: Buffer.from('Pos,No,Time\n1,31,1:32.656\n2,01\n').toString('base64') };
    const answer = await dispatch(services, 'timing.importFiles', [[broken], {}], overHttp);
    expect(answer).toEqual({ ok: false, error: { code: 'bad-file', message: 'results.csv line 3: 2 columns, expected 3' } });
  });

  it('validates options: an unknown session kind is refused before any service runs', async () => {
    const answer = await dispatch(services, 'timing.importFiles', [[await upload(ROAR_QUALIFYING_RESULTS)], { kind: 'sprint' }], overHttp);
    expect(answer).toMatchObject({ ok: false, error: { code: 'bad-input' } });
  });

  it('adds a track the writer supplies in miles and uses it for speeds', async () => {
    const saved = await dispatch(services, 'timing.saveTrack', [{ name: 'Thunderhill Raceway Park', aliases: ['Thunderhill'], lengthMiles: 3, source: 'circuit website' }], overHttp);
    expect(saved).toMatchObject({ ok: true, value: { id: 'thunderhill-raceway-park', lengthKm: 4.828, lengthMiles: 3 } });
    const detail = await services.timing.addResults({ event: 'Thunderhill 25 Hours', results: [{ car: '1', time: '2:00.000' }] });
    expect(detail.track?.id).toBe('thunderhill-raceway-park');
    expect(detail.classes[0].rows[0]).toMatchObject({ speedMph: 90, speedKph: 144.8 });
    expect((await services.timing.listTracks()).some((track) => track.id === 'daytona')).toBe(true);
  });

  it('finds a track added later for sessions imported without one', async () => {
    const csv = 'Pos,No,Driver,Time\n1,8,Broc Feeney,2:01.000\n';
    const report = await services.timing.importFiles([{ fileName: 'bathurst-12-hour-qualifying.csv', dataBase64: Buffer.from(csv).toString('base64') }], { kind: 'qualifying' });
    expect(report.sessions[0].trackId).toBeNull();
    await services.timing.saveTrack({ name: 'Mount Panorama Circuit', aliases: ['Bathurst'], lengthKm: 6.213, source: 'circuit website' });
    const [summary] = await services.timing.listSessions();
    expect(summary).toMatchObject({ trackId: 'mount-panorama-circuit', trackName: 'Mount Panorama Circuit' });
    expect((await services.timing.getSession(summary.id)).classes[0].rows[0].speedKph).toBe(184.8);
  });

  it('lists events with their dates', async () => {
    await services.timing.importPaths([ROAR_QUALIFYING_RESULTS], {});
    expect(await services.timing.listEvents()).toEqual([
      { id: 'imsa-2024-roar-before-the-24', series: 'IMSA', name: 'Roar Before the 24', trackId: 'daytona', startDate: '2024-01-21', endDate: '2024-01-21' },
    ]);
    expect(Object.keys((await services.timing.listSessions())[0]).sort()).toEqual(
      ['carCount', 'eventId', 'eventName', 'id', 'kind', 'lapCount', 'name', 'series', 'sourceFiles', 'startTime', 'trackId', 'trackName'],
    );
  });
});
