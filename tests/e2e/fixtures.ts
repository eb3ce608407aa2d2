import { test as base, expect, type Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openRacedeskServices } from '../../src/services/racedesk-services';
import { startBrowserHost, type BrowserHost } from '../../src/web/browser-host';

export const REPO = resolve(import.meta.dirname, '../..');
export const SHARED = resolve(REPO, '../shared');
export const RENDERER = join(REPO, 'out/renderer');

/** Starts a browser host on `libraryFolder`, as `racedesk web` does, over the already built renderer. */
export async function startHost(libraryFolder: string): Promise<BrowserHost> {
  const services = await openRacedeskServices(libraryFolder);
  return startBrowserHost({ services, rendererFolder: RENDERER });
}

interface DeskFixtures {
  libraryFolder: string;
  host: BrowserHost;
  desk: Page;
}

/** Each test gets its own empty library and host, and a page open on the desk. */
export const test = base.extend<DeskFixtures>({
  // eslint-disable-next-line no-empty-pattern
  libraryFolder: async ({}, use) => {
    const folder = await mkdtemp(join(tmpdir(), 'racedesk-e2e-'));
    await use(folder);
    await rm(folder, { recursive: true, force: true });
  },
  host: async ({ libraryFolder }, use) => {
    const host = await startHost(libraryFolder);
    await use(host);
    await host.close();
  },
  desk: async ({ page, host }, use) => {
    await page.goto(host.url);
    await expect(page.getByRole('complementary', { name: 'Library' })).toBeVisible();
    await use(page);
  },
});

/**
 * Selects `text` from the start of the caret's line with Shift+Arrow, as a writer would, and waits until the
 * editor has taken the selection in: the page's selection follows the keys at once, the editor's own only once
 * it has handled the selectionchange event, which can trail the last key press under load.
 */
export async function selectFromLineStart(desk: Page, text: string): Promise<void> {
  await desk.keyboard.press('Home');
  for (let step = 0; step < text.length; step += 1) await desk.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => desk.evaluate(() => window.getSelection()?.toString())).toBe(text);
  await editorCaughtUp(desk);
}

/** Two frames: time for the editor to handle the selectionchange a native caret move (End, arrows) fired. */
export async function editorCaughtUp(desk: Page): Promise<void> {
  await desk.evaluate(() => new Promise((settled) => requestAnimationFrame(() => requestAnimationFrame(settled))));
}

export { expect };
