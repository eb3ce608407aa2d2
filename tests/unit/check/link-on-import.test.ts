import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRacedeskServices, type RacedeskServices } from '../../../src/services/racedesk-services';
import { ROAR_2023, ROAR_2024, SEBRING_2024, SHARED } from './timing-data';

const SEED = join(SHARED, 'seeds/003_d40ddc186b745cfd.txt');
const SEBRING_QUALIFYING = ['202403151250-qualifying-results.csv', '202403151250-qualifying-laps.csv'].map((name) => join(SEBRING_2024, name));

let folder: string;
let services: RacedeskServices;
const upload = (fileName: string, text: string) => ({ fileName, dataBase64: Buffer.from(text).toString('base64') });

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'racedesk-link-on-import-'));
  services = await openRacedeskServices(folder);
}, 60_000);

afterEach(async () => {
  await services.close();
  await rm(folder, { recursive: true, force: true });
});

describe('a report imported when timing is already in the library', () => {
  it('is linked to the sessions of the event it names, and checked against them straight away', async () => {
    const roar = await services.timing.importPaths([ROAR_2024], {});
    await services.timing.importPaths(SEBRING_QUALIFYING, {});
    const [article] = await services.articles.importPaths([SEED]);
    expect(article.linkedSessionIds).toEqual([roar.sessions[0].id]);
    expect((await services.articles.get(article.id)).linkedSessionIds).toEqual([roar.sessions[0].id]);
    const checked = await services.check.checkArticle(article.id);
    expect(checked.claims.find((claim) => claim.text === "1'32''656'''")?.verdict).toBe('confirmed');
  });

  it('goes to the year its date points to when the same event is stored for two years', async () => {
    await services.timing.importPaths([ROAR_2023], {});
    const roar2024 = await services.timing.importPaths([ROAR_2024], {});
    const [article] = await services.articles.importPaths([SEED]);
    expect(article.linkedSessionIds).toEqual([roar2024.sessions[0].id]);
  });

  it('is left for the writer to link when two events fit it as well', async () => {
    await services.timing.importPaths([ROAR_2023], {});
    await services.timing.importPaths([ROAR_2024], {});
    const article = await services.articles.importReport(upload('notes.txt', 'Notes from the Roar\n\nDerani was quickest in qualifying with a 1:32.656.'));
    expect(article.linkedSessionIds).toEqual([]);
  });

  it('is linked by its date alone when it falls in the fortnight after one stored event and no other', async () => {
    const roar = await services.timing.importPaths([ROAR_2024], {});
    await services.timing.importPaths(SEBRING_QUALIFYING, {});
    const article = await services.articles.importReport(upload('notes.txt', 'Qualifying notes\n\ndate 2024-01-22\n\nDerani was quickest in qualifying with a 1:32.656.'));
    expect(article.linkedSessionIds).toEqual([roar.sessions[0].id]);
  });

  it('is left unlinked when it names neither the track nor the event, and has no date', async () => {
    await services.timing.importPaths([ROAR_2024], {});
    const article = await services.articles.importReport(upload('notes.txt', 'Qualifying notes\n\nDerani was quickest in qualifying with a 1:32.656.'));
    expect(article.linkedSessionIds).toEqual([]);
  });
});

it('links nothing when the library holds no timing yet', async () => {
  const [article] = await services.articles.importPaths([SEED]);
  expect(article.linkedSessionIds).toEqual([]);
});
