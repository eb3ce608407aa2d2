import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { plainTextFromDoc } from '../../../src/domain/articles/plain-text';
import { openRacedeskServices } from '../../../src/services/racedesk-services';

const SEED = resolve(import.meta.dirname, '../../../../shared/seeds/000_7e644020b4a2f233.txt');

let library: string;
beforeEach(async () => {
  library = await mkdtemp(join(tmpdir(), 'racedesk-articles-'));
});
afterEach(async () => rm(library, { recursive: true, force: true }));

describe('the articles of the library', () => {
  it('imports a plain-text report from disk and finds it again after reopening the library', async () => {
    const first = await openRacedeskServices(library);
    const [article] = await first.articles.importPaths([SEED]);
    expect(plainTextFromDoc(article.doc)).toContain('Lazare’s lap was .185 seconds faster than Rennsport One’s Stevan McAleer');

    const second = await openRacedeskServices(library);
    const list = await second.articles.list();
    expect(list.map((item) => item.id)).toEqual([article.id]);
    expect((await second.articles.get(article.id)).doc).toEqual(article.doc);
  });

  it('writes one file per article and rewrites only that file on save', async () => {
    const services = await openRacedeskServices(library);
    const one = await services.articles.create({ headline: 'One' });
    const two = await services.articles.create({ headline: 'Two' });
    const before = await readFile(join(library, 'articles', `${one.id}.json`), 'utf8');
    await services.articles.save(two.id, { baseRevision: two.revision, meta: { headline: 'Two, edited' } });
    expect(await readFile(join(library, 'articles', `${one.id}.json`), 'utf8')).toBe(before);
    const stored = JSON.parse(await readFile(join(library, 'articles', `${two.id}.json`), 'utf8'));
    expect(stored.meta.headline).toBe('Two, edited');
    expect(stored.schemaVersion).toBe(1);
  });

  it('refuses a save based on a stale revision and keeps what is on disk', async () => {
    const services = await openRacedeskServices(library);
    const article = await services.articles.create({ headline: 'Original' });
    await services.articles.save(article.id, { baseRevision: 1, meta: { headline: 'First edit' } });
    await expect(services.articles.save(article.id, { baseRevision: 1, meta: { headline: 'Lost edit' } })).rejects.toMatchObject({ code: 'conflict' });
    expect((await services.articles.get(article.id)).meta.headline).toBe('First edit');
  });

  it('refuses an id that could reach outside the library', async () => {
    const services = await openRacedeskServices(library);
    await expect(services.articles.get('../../etc/passwd')).rejects.toMatchObject({ code: 'bad-input' });
    // Only the library lock, which the open itself takes.
    expect(await readdir(library)).toEqual(['.lock']);
  });

  it('says which file is not text', async () => {
    const services = await openRacedeskServices(library);
    await expect(
      services.articles.importReport({ fileName: 'photo.txt', dataBase64: Buffer.from([0xff, 0xfe, 0x00, 0x81]).toString('base64') }),
    ).rejects.toThrow(/photo\.txt/);
  });
});
