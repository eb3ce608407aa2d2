import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trackBySpeed, type Track } from '../../../src/domain/timing';
import { builtInTracks } from '../../../src/services/timing/track-catalog';
import { DATA, freshLibrary } from './shared-data';

const tracks = builtInTracks();

function track(id: string, lengthKm: number): Track {
  return { id, name: id, aliases: [], lengthKm, lengthMiles: lengthKm / 1.609344, source: 'test' };
}

// Laps of a 5.000 km circuit, speeds rounded to a tenth as Al Kamel publishes them.
const laps = [100, 101.5, 103].map((seconds) => ({ seconds, kph: Math.round((5 * 3600 * 10) / seconds) / 10 }));

describe('the circuit a timing file measures with its own speeds', () => {
  it('is the one catalogue track of that length', () => {
    expect(trackBySpeed(laps, [track('five', 5), track('six', 6)])?.id).toBe('five');
  });
  it('is none when two tracks are as long', () => {
    expect(trackBySpeed(laps, [track('five', 5), track('also-five', 5.002)])).toBeNull();
    // Bahrain and Miami are both 5.412 km in the catalogue Racedesk ships.
    const atBahrain = [90, 91, 92].map((seconds) => ({ seconds, kph: Math.round((5.412 * 3600 * 10) / seconds) / 10 }));
    expect(tracks.filter((each) => each.lengthKm === 5.412).map((each) => each.id).sort()).toEqual(['bahrain', 'miami']);
    expect(trackBySpeed(atBahrain, tracks)).toBeNull();
  });
  it('is none when no track is within a few metres in a thousand', () => {
    expect(trackBySpeed(laps, [track('longer', 5.02)])).toBeNull();
  });
  it('is none from fewer than three laps, or from laps without a speed', () => {
    expect(trackBySpeed(laps.slice(0, 2), [track('five', 5)])).toBeNull();
    expect(trackBySpeed(laps.map((lap) => ({ ...lap, kph: null })), [track('five', 5)])).toBeNull();
  });
});

async function uploadsOf(folder: string) {
  const names = (await readdir(folder)).filter((name) => /-(results|laps)\.csv$/.test(name));
  // As a browser gives files chosen one by one: the file's name, not the folder it was in.
  return Promise.all(names.map(async (name) => ({ fileName: name, dataBase64: (await readFile(join(folder, name))).toString('base64') })));
}

describe('IMSA timing chosen file by file, without its folder', () => {
  it.each([
    ['imsa/2024/01-roar-before-the-24', 'daytona', 'Daytona International Speedway, 2024-01-21'],
    ['imsa/2024/05-sebring-international-raceway', 'sebring', 'Sebring International Raceway, 2024-03-15'],
    ['imsa/2024/09-detroit-street-course', 'detroit', null],
    ['imsa/2024/14-road-america', 'road-america', null],
    ['imsa/2024/19-road-atlanta', 'road-atlanta', null],
  ])('%s is placed at its circuit by its speeds and named after it', async (folder, trackId, eventName) => {
    const { services } = await freshLibrary();
    const report = await services.timing.importFiles(await uploadsOf(join(DATA, folder)), {});
    expect(report.sessions.length).toBeGreaterThan(0);
    for (const session of report.sessions) {
      expect(session.trackId).toBe(trackId);
      expect(session.eventName).not.toMatch(/^Event of/);
      if (eventName) expect(session.eventName).toBe(eventName);
    }
  });

  it('keeps the name the writer gives the event', async () => {
    const { services } = await freshLibrary();
    const report = await services.timing.importFiles(await uploadsOf(join(DATA, 'imsa/2024/01-roar-before-the-24')), { event: 'Roar 2024' });
    expect(report.sessions.map((session) => [session.eventName, session.trackId])).toEqual([['Roar 2024', 'daytona']]);
  });
});

describe('sessions of two meetings at one circuit, chosen together', () => {
  it('are two events, each named after its first day', async () => {
    const { services } = await freshLibrary();
    const sebring = await uploadsOf(join(DATA, 'imsa/2024/05-sebring-international-raceway'));
    // The same qualifying files as if of a meeting a month later: only the time stamp of their names differs.
    const later = sebring.filter((file) => file.fileName.startsWith('202403151250')).map((file) => ({ ...file, fileName: file.fileName.replace('202403151250', '202404151250') }));
    const report = await services.timing.importFiles([...sebring, ...later], {});
    expect(new Set(report.sessions.map((session) => session.eventName))).toEqual(
      new Set(['Sebring International Raceway, 2024-03-15', 'Sebring International Raceway, 2024-04-15']),
    );
  });
});
