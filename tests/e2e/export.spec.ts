import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import mammoth from 'mammoth';
import MarkdownIt from 'markdown-it';
import type { ArticleDoc } from '../../src/domain/articles/article';
import { pdfText } from '../unit/export/pdf-text';
import { missingSentences } from '../unit/export/sentences';
import { SHARED, expect, test } from './fixtures';

const SEED = join(SHARED, 'seeds/000_7e644020b4a2f233.txt');

test('File › Export… downloads clean HTML with house style, and remembers the choice', async ({ desk }) => {
  await desk.getByTestId('import-input').setInputFiles(SEED);
  await expect(desk.locator('.article-body')).toContainText('Lazare’s lap was .185 seconds faster');
  // Tag a figure so the export has machinery to strip.
  await desk.locator('.article-body p', { hasText: 'Lazare’s lap was .185' }).click({ position: { x: 2, y: 2 } });
  await desk.keyboard.press('Home');
  await desk.keyboard.press('Alt+n');
  await desk.keyboard.press('Alt+a');
  await expect(desk.locator('.article-body [data-rd-entity], .article-body [data-rd-result]').first()).toBeVisible();

  await desk.keyboard.press('Control+e');
  const dialog = desk.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: 'HTML' }).check();
  await dialog.getByLabel('Apply house style').check();
  await dialog.getByRole('combobox').filter({ hasText: '0.185s' }).selectOption('.185 seconds');
  const downloading = desk.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.html$/);
  const html = await readFile(await download.path(), 'utf8');
  const page = new JSDOM(html).window.document;
  expect(page.querySelector('h1')?.textContent).toBe('Jesse Lazare Wins Alan Jay Automotive Network 120 Pole');
  expect(page.body.textContent).toContain('Lazare’s lap was .185 seconds faster than Rennsport One’s Stevan McAleer');
  expect(page.querySelectorAll('span, [class], [style], script').length).toBe(0);
  expect([...page.querySelectorAll('*')].some((element) => [...element.attributes].some((attribute) => attribute.name.startsWith('data-')))).toBe(false);
  await expect(desk.getByTestId('status-message')).toContainText('Exported');

  await desk.keyboard.press('Control+e');
  await expect(desk.getByRole('dialog', { name: 'Export' }).getByRole('radio', { name: 'HTML' })).toBeChecked();
});

const SEEDS = ['000_7e644020b4a2f233.txt', '001_2aa36fd05cbfe5d2.txt', '002_0a3212d7f48ef562.txt', '003_d40ddc186b745cfd.txt', '004_1efd8eb26c86836d.txt'];
const FORMATS = [
  { label: 'Markdown', extension: 'md' },
  { label: 'HTML', extension: 'html' },
  { label: 'Plain text', extension: 'txt' },
  { label: 'Word (DOCX)', extension: 'docx' },
  { label: 'PDF', extension: 'pdf' },
] as const;

async function textOfExport(extension: string, bytes: Buffer): Promise<string> {
  if (extension === 'docx') return (await mammoth.extractRawText({ buffer: bytes })).value;
  if (extension === 'pdf') return (await pdfText(new Uint8Array(bytes))).text;
  if (extension === 'html') return new JSDOM(bytes.toString('utf8')).window.document.body.textContent ?? '';
  // Markdown escapes characters such as [ ]: compare what it renders to, as CommonMark reads it.
  if (extension === 'md') return new JSDOM(new MarkdownIt().render(bytes.toString('utf8'))).window.document.body.textContent ?? '';
  return bytes.toString('utf8');
}

for (const seed of SEEDS) {
  test(`seed ${seed} exports from the desk in every format with every sentence and no markup`, async ({ desk, libraryFolder }) => {
    test.setTimeout(120_000);
    await desk.getByTestId('import-input').setInputFiles(join(SHARED, 'seeds', seed));
    await expect(desk.locator('.article-body p').first()).toBeVisible();
    const [articleFile] = (await readdir(join(libraryFolder, 'articles'))).filter((name) => name.endsWith('.json'));
    const article = JSON.parse(await readFile(join(libraryFolder, 'articles', articleFile), 'utf8')) as { doc: ArticleDoc };
    for (const format of FORMATS) {
      await desk.keyboard.press('Control+e');
      const dialog = desk.getByRole('dialog', { name: 'Export' });
      await dialog.getByRole('radio', { name: format.label }).check();
      await dialog.getByLabel('Apply house style').uncheck();
      const downloading = desk.waitForEvent('download');
      await dialog.getByRole('button', { name: 'Export', exact: true }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${format.extension}$`));
      const text = await textOfExport(format.extension, await readFile(await download.path()));
      expect(missingSentences(article.doc, text), `${format.extension} of ${seed}`).toEqual([]);
      expect(text).not.toMatch(/data-rd|rdEntity|rdResult|<span/);
    }
  });
}

test('the house style is also an editor command, undone in one step', async ({ desk }) => {
  await desk.getByRole('button', { name: 'New' }).click();
  const body = desk.locator('.article-body');
  await body.click();
  await desk.keyboard.type("Derani lapped in 1'32\"656 to beat Bourdais by .071 seconds.");
  await expect(body).toContainText("1'32\"656");
  await desk.getByRole('button', { name: 'House style' }).click();
  await expect(body).toContainText('Derani lapped in 1:32.656 to beat Bourdais by 0.071s.');
  await desk.keyboard.press('Control+z');
  await expect(body).toContainText("Derani lapped in 1'32\"656 to beat Bourdais by .071 seconds.");
});
