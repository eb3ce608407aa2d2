import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { ExportFormat } from '../../src/domain/export/export-options';
import { countNoBreakSpaces, readBack } from '../unit/export/read-back';
import { SHARED, editorCaughtUp, expect, test } from './fixtures';

const CANADA = join(SHARED, 'seeds/004_1efd8eb26c86836d.txt');
const FORMATS: { label: string; format: ExportFormat }[] = [
  { label: 'Markdown', format: 'md' },
  { label: 'HTML', format: 'html' },
  { label: 'Plain text', format: 'txt' },
  { label: 'Word (DOCX)', format: 'docx' },
  { label: 'PDF', format: 'pdf' },
];
const RULE = 'Imported non-breaking spaces as plain spaces';

async function importCanada(desk: Page): Promise<Locator> {
  await desk.getByTestId('import-input').setInputFiles(CANADA);
  const body = desk.locator('.article-body');
  await expect(body).toContainText('Parker Thompson\u00a0 Q');
  return body;
}

/** Exports the open article from File › Export… with the house style on and the rule as asked; the text read back. */
async function exportFromDesk(desk: Page, format: (typeof FORMATS)[number], ruleOn: boolean, screenshot?: string): Promise<string> {
  await desk.keyboard.press('Control+e');
  const dialog = desk.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: format.label }).check();
  await dialog.getByLabel('Apply house style').check();
  await dialog.getByLabel(RULE).setChecked(ruleOn);
  if (screenshot) await dialog.screenshot({ path: screenshot });
  const downloading = desk.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`\\.${format.format}$`));
  return readBack(format.format, new Uint8Array(await readFile(await download.path())));
}

test('the Canadian report exports from the desk in every format with no non-breaking space, and all three with the rule off', async ({ desk, libraryFolder }) => {
  test.setTimeout(120_000);
  await importCanada(desk);
  const [articleFile] = (await readdir(join(libraryFolder, 'articles'))).filter((name) => name.endsWith('.json'));
  const storedText = async () => JSON.stringify((JSON.parse(await readFile(join(libraryFolder, 'articles', articleFile), 'utf8')) as { doc: unknown }).doc);
  expect(countNoBreakSpaces(await storedText())).toBe(3);
  for (const format of FORMATS) {
    const text = await exportFromDesk(desk, format, true, format.format === 'md' ? 'test-results/export-dialog-no-break-spaces.png' : undefined);
    expect(countNoBreakSpaces(text), format.format).toBe(0);
    expect(text.replace(/\s+/g, ''), format.format).toContain('ParkerThompsonQ-No.12VasserSullivanLexus');
  }
  // The export restyles a copy: the article keeps what was imported.
  expect(countNoBreakSpaces(await storedText())).toBe(3);
  for (const format of FORMATS) {
    expect(countNoBreakSpaces(await exportFromDesk(desk, format, false)), format.format).toBe(3);
  }
});

test('a non-breaking space typed with Ctrl+Shift+Space or the keyboard’s own is kept by the house style, across reload and undo', async ({ desk }) => {
  const body = await importCanada(desk);
  await body.locator('p').last().click();
  await desk.keyboard.press('Control+End');
  await expect.poll(() => desk.evaluate(() => window.getSelection()?.isCollapsed)).toBe(true);
  await editorCaughtUp(desk);
  await desk.keyboard.press('Enter');
  await desk.keyboard.type('Thompson put the No.');
  await desk.keyboard.press('Control+Shift+Space');
  await desk.keyboard.type('12 Lexus on pole,  ahead of');
  // What Option+Space types on a Mac: the character itself, which the desk takes as typed too.
  await desk.keyboard.insertText('\u00a0');
  await desk.keyboard.type('Marcelli.');
  const typed = body.locator('span[data-typed-nbsp]');
  await expect(typed).toHaveCount(2);
  const line = body.locator('p', { hasText: 'Thompson put the No.' });
  await expect(line).toHaveText('Thompson put the No.\u00a012 Lexus on pole,  ahead of\u00a0Marcelli.');
  await line.screenshot({ path: 'test-results/typed-no-break-space.png' });

  await expect(desk.getByTestId('save-state')).toHaveText(/^Saved/, { timeout: 5000 });
  await desk.reload();
  await desk.getByRole('button', { name: /Roar Before the 24/ }).first().click();
  await expect(typed).toHaveCount(2);
  const noBreakSpacesShown = async () => countNoBreakSpaces((await body.textContent()) ?? '');
  expect(await noBreakSpacesShown()).toBe(5);

  await desk.getByRole('button', { name: 'House style' }).click();
  await expect(body).toContainText('Parker Thompson Q - No. 12 Vasser Sullivan Lexus');
  expect(await noBreakSpacesShown()).toBe(2);
  await expect(typed).toHaveCount(2);
  await desk.keyboard.press('Control+z');
  await expect(body).toContainText('Parker Thompson\u00a0 Q');
  expect(await noBreakSpacesShown()).toBe(5);

  const markdown = await exportFromDesk(desk, FORMATS[0], true);
  expect(countNoBreakSpaces(markdown)).toBe(2);
  expect(markdown).toContain('Thompson put the No.\u00a012 Lexus on pole,  ahead of\u00a0Marcelli.');
});
