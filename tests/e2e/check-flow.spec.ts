import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SHARED, expect, selectFromLineStart, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';

const SEED = join(SHARED, 'seeds/003_d40ddc186b745cfd.txt');
const ROAR = join(SHARED, 'data/imsa/2024/01-roar-before-the-24');
const ROAR_FILES = readdirSync(ROAR).map((name) => join(ROAR, name));

test('a report checked against the Roar qualifying: contradicted figures with evidence, a fix, a reload', async ({ desk }) => {
  await desk.getByTestId('import-input').setInputFiles(SEED);
  await expect(desk.locator('.article-body')).toContainText('Iron Lynx');
  await desk.getByTestId('timing-input').setInputFiles(ROAR_FILES);
  await expect(desk.getByTestId('status-message')).toContainText('Timing imported');

  await desk.getByRole('tab', { name: 'Details' }).click();
  const roar = desk.locator('.session-option', { hasText: 'Qualifying' }).first();
  await expect(roar).toContainText('suggested');
  await roar.getByRole('checkbox').check();

  await desk.getByRole('tab', { name: /Checks/ }).click();
  const contradicted = desk.getByRole('region', { name: 'Contradicted' });
  await expect(contradicted).toContainText('fifth → fourth');
  await expect(contradicted).toContainText('#19 Iron Lynx');
  await expect(desk.getByRole('region', { name: 'Names to check' })).toContainText('Dirani → Derani');
  await expect(desk.locator('.article-body .check-contradicted', { hasText: 'fifth' })).toBeVisible();
  await expect(desk.locator('.article-body .check-confirmed', { hasText: "1'32''656'''" })).toBeVisible();

  // The hover card shows the evidence row and offers the fix.
  await desk.locator('.article-body .check-confirmed', { hasText: "1'32''656'''" }).hover();
  await expect(desk.getByRole('tooltip')).toContainText('Pipo Derani, lap 5, 1:32.656');

  await contradicted.getByRole('button', { name: 'Fix fifth to fourth' }).click();
  const fixed = desk.locator('.article-body p', { hasText: 'Iron Lynx' });
  await expect(fixed).toContainText('fourth');
  // It was the one contradiction (the '#1 of Cadillac Racing' place is confirmed by the car meant), so the group goes.
  await expect(desk.getByText('fifth → fourth')).toHaveCount(0);
  await expect(contradicted).toHaveCount(0);

  // One undo puts the original back; redo re-applies the fix.
  await desk.keyboard.press('Control+z');
  await expect(desk.locator('.article-body .check-contradicted', { hasText: 'fifth' })).toBeVisible();
  await desk.keyboard.press('Control+Shift+z');
  await expect(desk.locator('.article-body .check-contradicted', { hasText: 'fifth' })).toHaveCount(0);

  await expect(desk.getByTestId('save-state')).toHaveText(/^Saved/, { timeout: 5000 });
  await desk.reload();
  await desk.getByRole('button', { name: /Roar/ }).first().click();
  await expect(desk.locator('.article-body p', { hasText: 'Iron Lynx' })).toContainText('fourth');
  await desk.getByRole('tab', { name: /Checks/ }).click();
  await expect(desk.getByRole('region', { name: 'Confirmed' })).toContainText("1'32''656'''");
});

test('a report imported after its timing is checked at once against the event it names, and the writer can unlink it', async ({ desk }) => {
  await desk.getByTestId('timing-input').setInputFiles(ROAR_FILES);
  await expect(desk.getByTestId('status-message')).toContainText('Timing imported');
  await desk.getByTestId('import-input').setInputFiles(SEED);
  await expect(desk.getByTestId('status-message')).toContainText('Checked against the timing of its event');
  const body = desk.locator('.article-body');
  await expect(body.locator('.check-contradicted', { hasText: 'fifth' })).toBeVisible();

  await desk.getByRole('tab', { name: 'Details' }).click();
  const roar = desk.locator('.session-option', { hasText: 'Qualifying' }).first();
  await expect(roar.getByRole('checkbox')).toBeChecked();
  await roar.getByRole('checkbox').uncheck();
  await expect(body.locator('.check-contradicted')).toHaveCount(0);
  await expect(desk.getByTestId('save-state')).toHaveText(/^Saved/, { timeout: 5000 });
  await desk.reload();
  await desk.getByRole('button', { name: /Roar/ }).first().click();
  await desk.getByRole('tab', { name: 'Details' }).click();
  await expect(desk.locator('.session-option', { hasText: 'Qualifying' }).first().getByRole('checkbox')).not.toBeChecked();
});

test('"He" at the start of a paragraph is checked as the driver the paragraph before names, and follows an edit there', async ({ desk }) => {
  const body = await deraniLapOnRoarQualifying(desk);

  // Put another driver in the first paragraph: the lap in the second is now his. His best was 1:38.603, six
  // seconds away, too far for a slip of his lap, so it is not called wrong but unverifiable, his lap as evidence;
  // his pole is what the writer is told is wrong.
  await body.locator('p').first().click();
  await selectFromLineStart(desk, 'Pipo Derani');
  await desk.keyboard.type('Nick Boulle');
  await expect(body.locator('.check-contradicted', { hasText: 'pole' })).toBeVisible();
  const lap = body.locator('.check-unverifiable', { hasText: '1:32.656' });
  await expect(lap).toBeVisible();
  // The card over the lap gives his own best as the evidence.
  await expect(desk.getByTestId('save-state')).toHaveText(/^Saved/, { timeout: 5000 });
  await lap.hover();
  await expect(desk.getByRole('tooltip')).toContainText(/Nick Boulle.*1:38\.603/);
});

test('the hover card over a figure follows a re-check while the pointer stays on it', async ({ desk }) => {
  const body = await deraniLapOnRoarQualifying(desk);

  // Put the caret in the first paragraph, then rest the pointer on the lap in the second.
  await body.locator('p').first().click();
  await selectFromLineStart(desk, 'Pipo Derani');
  await body.locator('.check-confirmed', { hasText: '1:32.656' }).hover();
  await expect(desk.getByRole('tooltip')).toContainText('Confirmed');
  await expect(desk.getByRole('tooltip')).toContainText('Pipo Derani');

  // Another driver typed in: the lap is re-checked as his, and the card under the pointer says so.
  await desk.keyboard.type('Nick Boulle');
  await expect(desk.getByRole('tooltip')).toContainText('Not checkable');
  await expect(desk.getByRole('tooltip')).toContainText(/Nick Boulle.*1:38\.603/);
});

test('a short paragraph of a German article is read in German, as the whole article is', async ({ desk }) => {
  const body = await newArticleOfTwoParagraphs(
    desk,
    'Pipo Derani fährt im Qualifying mit dem Cadillac auf die Pole, die er auch im Vorjahr hatte. Die Konkurrenz war nicht weit weg, aber sie hatte keine Chance gegen ihn.',
    'Derani war um 83 Tausendstel schneller als Nasr.',
  );
  await expect(body.locator('p').nth(1)).toHaveText('Derani war um 83 Tausendstel schneller als Nasr.');

  await desk.getByRole('tab', { name: 'Details' }).click();
  await desk.locator('.session-option', { hasText: 'Qualifying' }).first().getByRole('checkbox').check();
  await desk.getByRole('tab', { name: /Checks/ }).click();
  await expect(body.locator('[class*="check-"]', { hasText: '83 Tausendstel' })).toBeVisible();
  // Derani's 1:32.656 against Nasr's 1:32.876: the fix is written in the article's own words.
  await expect(desk.getByTestId('checks-panel')).toContainText('83 Tausendstel');
  await expect(desk.getByTestId('checks-panel')).toContainText('→ 220 Tausendstel');
  await desk.locator('.app').screenshot({ path: 'test-results/german-article-checks.png' });
});

// "Pipo Derani took pole…" then "He lapped in 1:32.656…", checked against the Roar qualifying: the lap confirmed.
async function deraniLapOnRoarQualifying(desk: Page): Promise<Locator> {
  const body = await newArticleOfTwoParagraphs(desk, 'Pipo Derani took pole in qualifying at the Roar.', 'He lapped in 1:32.656, the fastest of the session.');
  await desk.getByRole('tab', { name: 'Details' }).click();
  await desk.locator('.session-option', { hasText: 'Qualifying' }).first().getByRole('checkbox').check();
  await expect(body.locator('.check-confirmed', { hasText: '1:32.656' })).toBeVisible();
  return body;
}

// Imports the Roar timing and types a new article of two paragraphs. The second is typed once its paragraph is
// there, as a writer sees it: typed at once, under load the first key after Enter can land behind the ones after it
// (seen in CI; see the session note).
async function newArticleOfTwoParagraphs(desk: Page, first: string, second: string): Promise<Locator> {
  await desk.getByTestId('timing-input').setInputFiles(ROAR_FILES);
  await expect(desk.getByTestId('status-message')).toContainText('Timing imported');
  await desk.getByRole('button', { name: 'New' }).click();
  const body = desk.locator('.article-body');
  await body.click();
  await desk.keyboard.type(first);
  await desk.keyboard.press('Enter');
  await expect(body.locator('p')).toHaveCount(2);
  await desk.keyboard.type(second);
  return body;
}

test('checked against two sessions of the event, each figure says which session its evidence is from', async ({ desk }) => {
  const sebring = join(SHARED, 'data/imsa/2024/05-sebring-international-raceway');
  await desk.getByTestId('timing-input').setInputFiles(readdirSync(sebring).map((name) => join(sebring, name)));
  await expect(desk.getByTestId('status-message')).toContainText('Timing imported');
  await desk.getByRole('button', { name: 'New' }).click();
  const body = desk.locator('.article-body');
  await body.click();
  await desk.keyboard.type('Pipo Derani took pole for the Twelve Hours of Sebring with a lap of 1:48.152.');
  await desk.getByRole('tab', { name: 'Details' }).click();
  const options = desk.locator('.session-option');
  await expect(options).toHaveCount(2);
  for (const option of await options.all()) await option.getByRole('checkbox').check();
  await desk.getByRole('tab', { name: /Checks/ }).click();
  const confirmed = desk.getByRole('region', { name: 'Confirmed' });
  await expect(confirmed).toContainText('Qualifying: #31');
  await body.locator('.check-confirmed', { hasText: '1:48.152' }).hover();
  await expect(desk.getByRole('tooltip')).toContainText('Qualifying: #31');
  // The library list counts the words typed once they are saved, not at the next reload.
  await expect(desk.getByRole('complementary', { name: 'Library' })).toContainText('15 words');
  await desk.locator('.app').screenshot({ path: 'test-results/checks-name-their-session.png' });
});
