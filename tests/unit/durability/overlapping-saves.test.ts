import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RacedeskError } from '../../../src/domain/errors';
import { openRacedeskServices, type RacedeskServices } from '../../../src/services/racedesk-services';

let library: string;
let services: RacedeskServices;
beforeEach(async () => {
  library = await mkdtemp(join(tmpdir(), 'racedesk-overlap-'));
  services = await openRacedeskServices(library);
});
afterEach(async () => {
  await services.close();
  await rm(library, { recursive: true, force: true });
});

async function onDisk(id: string): Promise<{ revision: number; meta: { headline: string } }> {
  return JSON.parse(await readFile(join(library, 'articles', `${id}.json`), 'utf8')) as { revision: number; meta: { headline: string } };
}

describe('1,000 overlapping saves of one article', () => {
  it('all resolve, in order, and the file ends as the last one', async () => {
    const article = await services.articles.create({ headline: 'Draft' });
    const saves = Array.from({ length: 1000 }, (_, index) =>
      services.articles.save(article.id, { baseRevision: article.revision + index, meta: { headline: `Headline ${index}` } }),
    );
    const saved = await Promise.all(saves);
    expect(saved.map((each) => each.revision)).toEqual(saved.map((_, index) => article.revision + index + 1));
    expect(await onDisk(article.id)).toMatchObject({ revision: article.revision + 1000, meta: { headline: 'Headline 999' } });
    expect((await readdir(join(library, 'articles'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  }, 120_000);

  it('each resolves or is refused with a typed error, and what the last resolved save returned is what is on disk', async () => {
    const article = await services.articles.create({ headline: 'Draft' });
    // Editors working from stale copies: every third save is based on the revision before the current one.
    let current = article.revision;
    const saves = Array.from({ length: 1000 }, (_, index) => {
      const stale = index % 3 === 2;
      const baseRevision = stale ? current - 1 : current;
      if (!stale) current += 1;
      return services.articles.save(article.id, { baseRevision, meta: { headline: `Edit ${index}` } });
    });
    const settled = await Promise.allSettled(saves);
    const untyped = settled.filter((each) => each.status === 'rejected' && !(each.reason instanceof RacedeskError));
    expect(untyped).toEqual([]);
    const resolved = settled.flatMap((each) => (each.status === 'fulfilled' ? [each.value] : []));
    const refused = settled.flatMap((each) => (each.status === 'rejected' ? [(each.reason as RacedeskError).code] : []));
    expect(resolved).toHaveLength(667);
    expect(new Set(refused)).toEqual(new Set(['conflict']));
    const last = resolved.reduce((latest, each) => (each.revision > latest.revision ? each : latest));
    expect(await onDisk(article.id)).toMatchObject({ revision: last.revision, meta: { headline: last.meta.headline } });
    expect((await services.articles.get(article.id)).revision).toBe(last.revision);
  }, 120_000);
});
