import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SHARED, expect, startHost, test } from './fixtures';

const SEED = join(SHARED, 'seeds/000_7e644020b4a2f233.txt');

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

test('a plain-text report imported from the file picker keeps every paragraph, in the article or the removed list, across a reload', async ({ desk }) => {
  const text = await readFile(SEED, 'utf8');
  const paragraphs = text.split(/\n\s*\n/).map(normalise).filter(Boolean);

  await desk.getByTestId('import-input').setInputFiles(SEED);
  const body = desk.locator('.article-body');
  await expect(body).toContainText('Jesse Lazare won the pole Thursday afternoon');

  await desk.reload();
  await desk.getByRole('button', { name: /Jesse Lazare Wins/ }).click();
  await expect(desk.locator('.article-body')).toContainText('.185 seconds faster than Rennsport One');
  const kept = (await desk.locator('.article-body p').allInnerTexts()).map(normalise);
  await desk.getByRole('tab', { name: /Removed/ }).click();
  const removed = (await desk.locator('.removed-text').allInnerTexts()).map(normalise);
  const headline = normalise(await desk.getByLabel('Headline').inputValue());
  for (const paragraph of paragraphs) {
    const found = kept.includes(paragraph) || removed.some((piece) => piece.includes(paragraph)) || headline === paragraph;
    expect(found, `paragraph lost on import: ${paragraph.slice(0, 60)}`).toBe(true);
  }
  expect(kept.length).toBeGreaterThan(5);
});

test('an edit is autosaved, shows Saved only once on disk, and is there after the host restarts', async ({ desk, host, libraryFolder, browser }) => {
  await desk.getByTestId('import-input').setInputFiles(SEED);
  const body = desk.locator('.article-body');
  await expect(body).toContainText('Jesse Lazare');
  await body.locator('p').last().click();
  await desk.keyboard.press('End');
  await desk.keyboard.type(' Edited at the track.');
  await expect(desk.getByTestId('save-state')).toHaveText(/Unsaved|Saving/);
  await expect(desk.getByTestId('save-state')).toHaveText(/^Saved/, { timeout: 5000 });

  await host.close();
  const restarted = await startHost(libraryFolder);
  const page = await browser.newPage();
  await page.goto(restarted.url);
  await page.getByRole('button', { name: /Jesse Lazare Wins/ }).click();
  await expect(page.locator('.article-body')).toContainText('Edited at the track.');
  await restarted.close();
});

test('dropping a text file onto the desk imports it', async ({ desk }) => {
  const text = await readFile(join(SHARED, 'seeds/002_0a3212d7f48ef562.txt'), 'utf8');
  const dataTransfer = await desk.evaluateHandle((content) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], 'dropped-report.txt', { type: 'text/plain' }));
    return transfer;
  }, text);
  await desk.locator('.app').dispatchEvent('drop', { dataTransfer });
  await expect(desk.locator('.article-body')).toContainText('switched to a backup car Saturday morning');
  await expect(desk.getByLabel('Headline')).toHaveValue('Jeansonne Claims Mazda MX-5 Cup Pole in Backup Car');
});

test('pasting text into a new article keeps it, paragraphs and all', async ({ desk }) => {
  await desk.getByRole('button', { name: 'New' }).click();
  const body = desk.locator('.article-body');
  await body.click();
  await desk.evaluate(() => {
    const target = document.querySelector('.article-body')!;
    const data = new DataTransfer();
    data.setData('text/plain', 'First paragraph from the wire.\n\nSecond paragraph: Derani took pole.');
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(body.locator('p', { hasText: 'Second paragraph: Derani took pole.' })).toBeVisible();
  await expect(desk.getByTestId('save-state')).toHaveText(/^Saved/, { timeout: 5000 });
  await desk.reload();
  await desk.getByRole('button', { name: /Untitled/ }).click();
  await expect(desk.locator('.article-body')).toContainText('Second paragraph: Derani took pole.');
});
