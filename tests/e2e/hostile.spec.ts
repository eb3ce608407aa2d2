import type { APIRequestContext, Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hostileDocx } from '../unit/reports/hostile-docx';
import { minimalPdf } from '../unit/reports/minimal-pdf';
import { REPO, expect, test } from './fixtures';

const CORPUS_FOLDERS = ['tests/fixtures/xss/html', 'tests/fixtures/xss/md', 'tests/fixtures/xss-e2e'];
const SENTENCE = 'Lazare’s lap was .185 seconds faster than Rennsport One’s Stevan McAleer.';
/** Attack code, or markup that could carry it, in a stored or exported file. */
const HOSTILE = /alert\(|javascript:|vbscript:|data:text|onerror|onload|ontoggle|onbegin|<script|<svg|<iframe|<object|<embed|<style|<img|<math|file:\/\//i;

/** The text without http(s) URLs that cannot break out of an attribute (no quote, space or angle bracket). */
function withoutInertUrls(text: string): string {
  return text.replace(/https?:\/\/[^\s"'<>\\]*/g, 'https://…');
}

interface Upload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** Every file of the corpus, with `__SECRET_URL__` pointing at a file on this disk, plus a hostile DOCX and PDF. */
async function corpus(secretUrl: string): Promise<Upload[]> {
  const uploads: Upload[] = [];
  for (const folder of CORPUS_FOLDERS) {
    for (const name of (await readdir(join(REPO, folder))).filter((file) => /\.(html|md)$/.test(file) && file !== 'README.md')) {
      const text = (await readFile(join(REPO, folder, name), 'utf8')).replaceAll('__SECRET_URL__', secretUrl);
      uploads.push({ name: `${folder.split('/').pop()}-${name}`, mimeType: name.endsWith('.md') ? 'text/markdown' : 'text/html', buffer: Buffer.from(text) });
    }
  }
  uploads.push({
    name: 'linked-picture.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(hostileDocx(SENTENCE, secretUrl)),
  });
  uploads.push({
    name: 'open-action.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(minimalPdf({ pages: [[SENTENCE]], openActionScript: 'app.alert("pwned"); this.exportDataObject({ cName: "x" })' })),
  });
  return uploads;
}

/** Records, from before any page script runs, every CSP violation the page reports. */
async function watchForExecution(page: Page): Promise<{ dialogs: string[]; violations: string[]; errors: string[] }> {
  const seen = { dialogs: [] as string[], violations: [] as string[], errors: [] as string[] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('racedesk-csp-violation ')) seen.violations.push(text);
    else if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(text)) seen.violations.push(text);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.log(`racedesk-csp-violation ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.sample}`);
    });
  });
  return seen;
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? filesUnder(join(folder, entry.name)) : [join(folder, entry.name)])));
  return nested.flat();
}

async function callApi<T>(request: APIRequestContext, port: number, token: string, method: string, args: unknown[]): Promise<T> {
  const response = await request.post(`http://127.0.0.1:${port}/api/${method}`, { data: args, headers: { 'X-Racedesk-Token': token } });
  const envelope = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!envelope.ok) throw new Error(`${method}: ${envelope.error?.message}`);
  return envelope.value;
}

test('a hostile corpus imported, saved, reloaded and exported runs nothing, stores nothing hostile and leaks no local file', async ({ page, host, libraryFolder, request }) => {
  test.setTimeout(180_000);
  const secretMarker = `RACEDESK-SECRET-${randomBytes(8).toString('hex')}`;
  const secretFile = join(tmpdir(), `racedesk-secret-${randomBytes(4).toString('hex')}.txt`);
  await writeFile(secretFile, `${secretMarker}\n`);
  const seen = await watchForExecution(page);
  try {
    const uploads = await corpus(pathToFileURL(secretFile).href);
    await page.goto(host.url);
    await expect(page.getByRole('complementary', { name: 'Library' })).toBeVisible();
    // The empty desk itself breaks no rule of its policy (zod runs jitless), so any violation is the corpus's.
    await page.waitForTimeout(500);
    expect(seen.violations).toEqual([]);
    const baseline = new Set(seen.violations);
    // Control: the listener does see a dialog the page opens.
    await page.evaluate(() => alert('control'));
    expect(seen.dialogs).toEqual(['alert: control']);
    seen.dialogs.length = 0;

    for (const [index, upload] of uploads.entries()) {
      await page.getByTestId('import-input').setInputFiles(upload);
      await expect.poll(async () => (await callApi<unknown[]>(request, host.port, host.token, 'articles.list', [])).length, { timeout: 20_000 }).toBe(index + 1);
    }

    // Reload and open every article, so each stored document is rendered by the editor at least once more.
    await page.reload();
    const items = page.locator('.article-item');
    await expect(items).toHaveCount(uploads.length);
    for (let index = 0; index < uploads.length; index += 1) {
      await items.nth(index).click();
      await expect(page.locator('.article-body')).toContainText(/\S/);
    }
    await expect(page.locator('.article-body')).not.toContainText(secretMarker);

    const articles = await callApi<{ id: string }[]>(request, host.port, host.token, 'articles.list', []);
    const exported: { name: string; text: string }[] = [];
    for (const article of articles) {
      for (const format of ['html', 'md', 'txt'] as const) {
        const file = await callApi<{ fileName: string; dataBase64: string }>(request, host.port, host.token, 'export.exportArticle', [article.id, { format }]);
        exported.push({ name: file.fileName, text: Buffer.from(file.dataBase64, 'base64').toString('utf8') });
      }
    }
    const stored = await Promise.all(
      (await filesUnder(libraryFolder)).map(async (path) => ({ name: relative(libraryFolder, path), text: await readFile(path, 'utf8') })),
    );

    expect(seen.dialogs).toEqual([]);
    expect(seen.violations.filter((violation) => !baseline.has(violation))).toEqual([]);
    expect(seen.errors).toEqual([]);
    expect(stored.length).toBeGreaterThan(uploads.length);
    for (const file of [...stored, ...exported]) {
      expect(withoutInertUrls(file.text), `${file.name} holds attack code`).not.toMatch(HOSTILE);
      expect(file.text, `${file.name} holds the local file's bytes`).not.toContain(secretMarker);
    }
    // The report text around every attack survives the trip.
    expect(exported.filter((file) => file.name.endsWith('.txt') && file.text.includes('.185 seconds faster than Rennsport One'))).toHaveLength(articles.length);
  } finally {
    await rm(secretFile, { force: true });
  }
});
