import { join } from 'node:path';
import { SHARED, editorCaughtUp, expect, selectFromLineStart, test } from './fixtures';

const SEED = join(SHARED, 'seeds/003_d40ddc186b745cfd.txt');

test('suggested tags are underlined, accepted from the keyboard, undone, redone and kept across a reload', async ({ desk }) => {
  await desk.getByTestId('import-input').setInputFiles(SEED);
  const body = desk.locator('.article-body');
  await expect(body).toContainText("Dirani turned in 1'32''656'''");
  await expect(body.locator('[data-suggestion="lap_time"]', { hasText: "1'32''656'''" })).toBeVisible();
  await expect(body.locator('[data-suggestion="driver"]', { hasText: 'Pipo Derani' })).toBeVisible();

  // Put the caret before the lap time and walk to it with Alt+N, then accept with Alt+A. The click can land a
  // paragraph early while the page is still laying out, so the walk allows for the suggestions of a paragraph
  // or two before it.
  await body.locator('p', { hasText: 'Pipo Derani takes the V-LMDh' }).click({ position: { x: 2, y: 2 } });
  await desk.keyboard.press('Home');
  for (let step = 0; step < 60; step += 1) {
    await desk.keyboard.press('Alt+n');
    const selected = await desk.evaluate(() => window.getSelection()?.toString());
    if (selected === "1'32''656'''") break;
  }
  expect(await desk.evaluate(() => window.getSelection()?.toString())).toBe("1'32''656'''");
  await desk.keyboard.press('Alt+a');
  const chip = body.locator('span[data-rd-result="lap_time"]');
  await expect(chip).toHaveText("1'32''656'''");
  await expect(chip).toHaveAttribute('data-value', '92.656');

  await desk.keyboard.press('Control+z');
  await expect(chip).toHaveCount(0);
  await desk.keyboard.press('Control+Shift+z');
  await expect(chip).toHaveCount(1);

  await expect(desk.getByTestId('save-state')).toHaveText(/^Saved/, { timeout: 5000 });
  await desk.reload();
  await desk.getByRole('button', { name: /Roar/ }).first().click();
  await expect(desk.locator('.article-body span[data-rd-result="lap_time"]')).toHaveText("1'32''656'''");
});

test('a selection tagged as a driver with the shortcut becomes a chip, and stays one when copied and pasted', async ({ desk }) => {
  await desk.getByRole('button', { name: 'New' }).click();
  const body = desk.locator('.article-body');
  await body.click();
  await desk.keyboard.type('Felipe Nasr was third.');
  await expect(body).toHaveText('Felipe Nasr was third.');
  await selectFromLineStart(desk, 'Felipe Nasr');
  await desk.keyboard.press('Control+Shift+d');
  await expect(body.locator('span[data-rd-entity="driver"]')).toHaveText('Felipe Nasr');

  // Copied and pasted inside the article, the chip stays a tag with the same data.
  await desk.keyboard.press('Control+a');
  await desk.keyboard.press('Control+c');
  await desk.keyboard.press('Control+End');
  // Control+End moves the caret natively; Enter is the editor's, so it must see the caret at the end first.
  await expect.poll(() => desk.evaluate(() => window.getSelection()?.isCollapsed)).toBe(true);
  await editorCaughtUp(desk);
  await desk.keyboard.press('Enter');
  await desk.keyboard.press('Control+v');
  await expect(body.locator('p')).toHaveText(['Felipe Nasr was third.', 'Felipe Nasr was third.']);
  const chips = body.locator('span[data-rd-entity="driver"]');
  await expect(chips).toHaveCount(2);
  await expect(chips.nth(1)).toHaveText('Felipe Nasr');
  expect(await chips.nth(1).evaluate((chip) => ({ ...chip.dataset }))).toEqual(await chips.nth(0).evaluate((chip) => ({ ...chip.dataset })));
});
