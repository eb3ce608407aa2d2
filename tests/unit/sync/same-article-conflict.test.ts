import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli';
import { plainTextFromDoc } from '../../../src/domain/articles/plain-text';
import type { RacedeskServices } from '../../../src/services/racedesk-services';
import { libraryJson, newsroom, seed, write, type Newsroom } from './shared-libraries';

let desk: Newsroom;
let ana: RacedeskServices;
let ben: RacedeskServices;
let articleId: string;
let outFolder: string;

const ANA_TEXT = 'Lazare took pole by .185 seconds. Ana’s rewrite of the top.';
const BEN_TEXT = 'Lazare took pole by .185 seconds. Ben’s rewrite of the top.';

beforeEach(async () => {
  desk = await newsroom();
  outFolder = await mkdtemp(join(tmpdir(), 'racedesk-conflict-out-'));
  ana = await desk.open('ana');
  [{ id: articleId }] = await ana.articles.importPaths([seed('000_7e644020b4a2f233.txt')]);
  await ana.sync.share({ remote: desk.remote, writer: 'Ana Lopes' });
  ben = await desk.open('ben');
  await ben.sync.share({ remote: desk.remote, writer: 'Ben Keating' });
  // Both rewrite the same article at once; Ana's reaches the shared repository first.
  await write(ana, articleId, ANA_TEXT);
  await write(ben, articleId, BEN_TEXT);
  await ana.sync.now();
  await ben.sync.now();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await desk.dispose();
  await rm(outFolder, { recursive: true, force: true });
});

async function texts(services: RacedeskServices): Promise<string[]> {
  const articles = await Promise.all((await services.articles.list()).map((summary) => services.articles.get(summary.id)));
  return articles.map((article) => plainTextFromDoc(article.doc)).sort();
}

async function cliExport(library: string, id: string): Promise<{ code: number; err: string }> {
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  const code = await main(['node', 'racedesk', '--library', library, 'export', id, '--format', 'txt', '-o', join(outFolder, 'out.txt')]);
  vi.restoreAllMocks();
  return { code, err };
}

describe('two writers changing the same article at once', () => {
  it('keeps both texts, Ben’s in place and Ana’s as a named copy, and tells him', async () => {
    expect(await texts(ben)).toEqual([ANA_TEXT, BEN_TEXT].sort());
    const status = await ben.sync.status();
    expect(status.conflicts).toHaveLength(2);
    const copy = status.conflicts.find((conflict) => conflict.role === 'copy');
    expect(copy).toMatchObject({ otherId: articleId, headline: expect.stringMatching(/\(Ana Lopes’s version\)$/) });
    expect((await ben.articles.get(articleId)).syncConflict).toMatchObject({ role: 'kept', writer: 'Ben Keating', otherWriter: 'Ana Lopes' });

    // Ana's laptop gets the same pair on its next sync: nothing was overwritten on either side.
    await ana.sync.now();
    expect(await texts(ana)).toEqual([ANA_TEXT, BEN_TEXT].sort());
    expect((await ana.sync.status()).conflicts.map((conflict) => conflict.id).sort()).toEqual(status.conflicts.map((conflict) => conflict.id).sort());
    for (const file of [...(await libraryJson(ana.libraryFolder)), ...(await libraryJson(ben.libraryFolder))]) {
      expect(file.text, file.path).not.toMatch(/^(<<<<<<<|=======|>>>>>>>)/m);
      expect(() => JSON.parse(file.text), file.path).not.toThrow();
    }
  });

  it('refuses to export either article of the pair, from the services and the CLI (exit 1), until it is resolved', async () => {
    const copyId = (await ben.sync.status()).conflicts.find((conflict) => conflict.role === 'copy')?.id ?? '';
    for (const id of [articleId, copyId]) {
      await expect(ben.export.exportArticle(id, { format: 'md', houseStyle: null })).rejects.toMatchObject({ code: 'conflict', message: expect.stringMatching(/Resolve the conflict before exporting/) });
      await expect(ben.export.richText(id, { houseStyle: null })).rejects.toMatchObject({ code: 'conflict' });
    }
    const refused = await cliExport(ben.libraryFolder, articleId);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/not exported: .*changed on two laptops at once.*racedesk sync resolve/);

    await ben.sync.resolveConflict(copyId, 'this');
    const exported = await cliExport(ben.libraryFolder, articleId);
    expect(exported).toMatchObject({ code: 0 });
    expect(await readFile(join(outFolder, 'out.txt'), 'utf8')).toContain('Ana’s rewrite of the top.');
  });

  it('keeping one text deletes the copy, keeps the other text as a version, and reaches the other laptop', async () => {
    await ben.sync.resolveConflict(articleId, 'this');
    expect(await texts(ben)).toEqual([BEN_TEXT]);
    expect((await ben.sync.status()).conflicts).toEqual([]);
    const versions = await ben.versions.list(articleId);
    const letGo = versions.find((version) => version.label.startsWith('Ana Lopes’s text'));
    expect(letGo).toBeDefined();
    await ben.sync.now();
    await ana.sync.now();
    expect(await texts(ana)).toEqual([BEN_TEXT]);
    expect((await ana.sync.status()).conflicts).toEqual([]);
    const restored = await ana.versions.restore(articleId, letGo?.id ?? '');
    expect(plainTextFromDoc(restored.doc)).toBe(ANA_TEXT);
  });

  it('keeping both leaves two articles, neither marked', async () => {
    await ben.sync.resolveConflict(articleId, 'both');
    expect(await texts(ben)).toEqual([ANA_TEXT, BEN_TEXT].sort());
    expect((await ben.sync.status()).conflicts).toEqual([]);
    await expect(ben.export.exportArticle(articleId, { format: 'txt', houseStyle: null })).resolves.toMatchObject({ fileName: expect.stringMatching(/\.txt$/) });
  });

  it('refuses to resolve an article that has no conflict', async () => {
    await ben.sync.resolveConflict(articleId, 'other');
    await expect(ben.sync.resolveConflict(articleId, 'this')).rejects.toMatchObject({ code: 'bad-input', message: expect.stringMatching(/has no sync conflict/) });
    expect(await texts(ben)).toEqual([ANA_TEXT]);
  });
});
