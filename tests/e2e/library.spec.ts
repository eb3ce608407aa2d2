import { join } from 'node:path';
import { SHARED, expect, test } from './fixtures';

const SEEDS = ['000_7e644020b4a2f233.txt', '003_d40ddc186b745cfd.txt', '001_2aa36fd05cbfe5d2.txt'].map((name) => join(SHARED, 'seeds', name));

test('the library sorts by last edit, by the article’s own date or by headline, and remembers the choice', async ({ desk }) => {
  for (const seed of SEEDS) {
    await desk.getByTestId('import-input').setInputFiles(seed);
    await expect(desk.locator('.article-item')).toHaveCount(SEEDS.indexOf(seed) + 1);
  }
  const headlines = () => desk.locator('.article-headline').allInnerTexts();
  const imported = await headlines();

  await desk.getByLabel('Sort articles').selectOption('headline');
  const alphabetical = [...imported].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base', numeric: true }));
  await expect.poll(headlines).toEqual(alphabetical);

  await desk.getByLabel('Sort articles').selectOption('date');
  await expect(desk.locator('.article-meta').first()).not.toContainText(/\d{1,2}:\d{2}/);
  await desk.screenshot({ path: 'test-results/library-by-date.png' });

  await desk.reload();
  await expect(desk.getByLabel('Sort articles')).toHaveValue('date');
  await desk.getByLabel('Sort articles').selectOption('edited');
  await expect.poll(headlines).toEqual(imported);
});

test('a new article takes the caret: the writer presses New and types', async ({ desk }) => {
  await desk.getByRole('button', { name: 'New' }).click();
  const body = desk.locator('.article-body');
  await expect(body).toBeFocused();
  await desk.keyboard.type('Derani took pole.');
  await expect(body).toHaveText('Derani took pole.');
});
