import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docFromPlainText } from '../../../src/domain/articles/plain-text';
import { trackOfSession } from '../../../src/domain/timing';
import type { RacedeskServices } from '../../../src/services/racedesk-services';
import { builtInTracks } from '../../../src/services/timing/track-catalog';
import { DATA, freshLibrary } from '../timing/shared-data';

const F1 = join(DATA, 'f1');
let folder: string;
let services: RacedeskServices;
beforeAll(async () => {
  ({ folder, services } = await freshLibrary('racedesk-layout-'));
  await services.timing.importPaths([F1], { race: '2015 Abu Dhabi' });
  await services.timing.importPaths([F1], { race: '2023 Abu Dhabi' });
}, 120_000);
afterAll(async () => rm(folder, { recursive: true, force: true }));

async function speedVerdict(sessionId: string, text: string) {
  const created = await services.articles.create({ headline: 'Abu Dhabi' });
  await services.articles.save(created.id, { baseRevision: created.revision, doc: docFromPlainText(text), linkedSessionIds: [sessionId] });
  const checked = await services.check.checkArticle(created.id);
  return checked.claims.find((claim) => claim.kind === 'speed');
}

describe('a track length holds only for the years of its layout', () => {
  it('works out a 2023 Yas Marina pole speed over the 5.281 km layout', async () => {
    // 5.281 km in Verstappen's 1:23.445 is 227.8 km/h.
    const speed = await speedVerdict('f1-2023-abu-dhabi-grand-prix-qualifying', 'Max Verstappen took pole with a lap of 1:23.445, an average of 227.8 km/h.');
    expect(speed?.verdict).toBe('confirmed');
  });

  it('does not contradict a 2015 speed driven on the old 5.554 km layout, which the catalogue does not hold', async () => {
    // 5.554 km in Rosberg's 1:40.237 is 199.5 km/h; over the 2021 layout's 5.281 km it would be 189.7 km/h.
    const speed = await speedVerdict('f1-2015-abu-dhabi-grand-prix-qualifying', 'Nico Rosberg took pole with a lap of 1:40.237, an average of 199.5 km/h.');
    expect(speed?.verdict).toBe('unverifiable');
    expect(speed?.reason).toBe("the stored length of Yas Marina Circuit (5.281 km) is of its layout from 2021, and the 2015 layout's is not stored, so the speed cannot be worked out");
  });

  it('reads the year from the event when the session has no date, and keeps the track when the year is unknown', () => {
    const tracks = builtInTracks();
    expect(trackOfSession({ trackId: 'yas-marina', startTime: null, eventId: 'f1-2015-abu-dhabi-grand-prix' }, tracks)).toBeNull();
    expect(trackOfSession({ trackId: 'yas-marina', startTime: '2021-12-12T13:00Z', eventId: 'x' }, tracks)?.lengthKm).toBe(5.281);
    expect(trackOfSession({ trackId: 'belle-isle', startTime: '2023-06-03T10:00Z', eventId: 'x' }, tracks)).toBeNull();
    expect(trackOfSession({ trackId: 'yas-marina', startTime: null, eventId: 'wec-abu-dhabi' }, tracks)?.id).toBe('yas-marina');
  });
});
