import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_SETTINGS } from '../../../src/domain/export/export-settings';
import { dispatch } from '../../../src/services/api/dispatch';
import { openRacedeskServices, type RacedeskServices } from '../../../src/services/racedesk-services';
import { forbiddenMarkup } from './html-check';
import { SEEDS_FOLDER } from './seeds';

let folder: string;
let services: RacedeskServices;
let articleId: string;

const overHttp = { allowLocalPaths: false };

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'racedesk-export-api-'));
  services = await openRacedeskServices(folder);
  const [article] = await services.articles.importPaths([join(SEEDS_FOLDER, '000_7e644020b4a2f233.txt')]);
  articleId = article.id;
});

afterAll(async () => {
  await services.close();
  await rm(folder, { recursive: true, force: true });
});

describe('the export API', () => {
  it('exports a library article as Markdown, base64 over the wire, with the house style asked for', async () => {
    const answer = await dispatch(services, 'export.exportArticle', [articleId, { format: 'md', houseStyle: DEFAULT_EXPORT_SETTINGS.houseStyle }], overHttp);
    expect(answer.ok).toBe(true);
    const file = (answer as { value: { fileName: string; mimeType: string; dataBase64: string } }).value;
    expect(file.fileName).toMatch(/\.md$/);
    expect(file.mimeType).toBe('text/markdown; charset=utf-8');
    const markdown = Buffer.from(file.dataBase64, 'base64').toString('utf8');
    expect(markdown).toContain('Lazare’s lap was 0.185s faster than Rennsport One’s Stevan McAleer');
  });

  it('gives the body as rich text for the clipboard: clean HTML and the same words as text', async () => {
    const answer = await dispatch(services, 'export.richText', [articleId, {}], overHttp);
    const { html, text } = (answer as { value: { html: string; text: string } }).value;
    expect(forbiddenMarkup(html)).toEqual([]);
    expect(html).toContain('<p>Lazare’s lap was .185 seconds faster than Rennsport One’s Stevan McAleer');
    expect(text).toContain('Lazare’s lap was .185 seconds faster than Rennsport One’s Stevan McAleer');
  });

  it('refuses a format it does not know before reaching the service', async () => {
    const answer = await dispatch(services, 'export.exportArticle', [articleId, { format: 'rtf' }], overHttp);
    expect(answer).toMatchObject({ ok: false, error: { code: 'bad-input' } });
  });

  it('answers not-found for an article that is not in the library', async () => {
    const answer = await dispatch(services, 'export.exportArticle', ['no-such-article', { format: 'txt' }], overHttp);
    expect(answer).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('remembers the last choices and the house style on disk, across a restart', async () => {
    expect(await services.export.getSettings()).toEqual(DEFAULT_EXPORT_SETTINGS);
    const chosen = { ...DEFAULT_EXPORT_SETTINGS, format: 'txt' as const, wrapColumns: 72, houseStyle: { ...DEFAULT_EXPORT_SETTINGS.houseStyle, carNumbers: { enabled: true, notation: '#31' as const } } };
    const answer = await dispatch(services, 'export.saveSettings', [chosen], overHttp);
    expect(answer).toEqual({ ok: true, value: chosen });
    const onDisk = JSON.parse(await readFile(join(folder, 'settings', 'export.json'), 'utf8')) as unknown;
    expect(onDisk).toEqual(chosen);
    await services.close();
    services = await openRacedeskServices(folder);
    expect(await services.export.getSettings()).toEqual(chosen);
  });

  it('refuses settings whose non-breaking-space rule is neither on nor off, and keeps the ones saved before', async () => {
    const before = await services.export.getSettings();
    const wrong = { ...before, houseStyle: { ...before.houseStyle, noBreakSpaces: { enabled: 'sometimes' } } };
    const answer = await dispatch(services, 'export.saveSettings', [wrong], overHttp);
    expect(answer).toMatchObject({ ok: false, error: { code: 'bad-input', message: expect.stringContaining('noBreakSpaces') } });
    expect(await services.export.getSettings()).toEqual(before);
    expect(JSON.parse(await readFile(join(folder, 'settings', 'export.json'), 'utf8'))).toEqual(before);
  });
});
