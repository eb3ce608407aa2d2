import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRacedeskServices } from '../../src/services/racedesk-services';
import { startBrowserHost } from '../../src/web/browser-host';
import { RENDERER, SHARED, expect, test } from './fixtures';

const SEED = join(SHARED, 'seeds/000_7e644020b4a2f233.txt');
const doc = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

test('a writer shares the library from the desk, sees it synced, then sees a conflict and settles it', async ({ page }) => {
  test.setTimeout(120_000);
  const root = await mkdtemp(join(tmpdir(), 'racedesk-e2e-sync-'));
  const remote = join(root, 'desk.git');
  execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', remote]);
  // Ana shares first, from her laptop (here: the services, in this process).
  const ana = await openRacedeskServices(join(root, 'ana'));
  const [story] = await ana.articles.importPaths([SEED]);
  await ana.sync.share({ remote, writer: 'Ana Lopes' });
  await mkdir(join(root, 'ben'));
  const ben = await openRacedeskServices(join(root, 'ben'));
  const host = await startBrowserHost({ services: ben, rendererFolder: RENDERER });
  try {
    await page.goto(host.url);
    const state = page.getByTestId('sync-state');
    await expect(state).toHaveText('Not shared');

    await page.getByRole('button', { name: 'Share…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Share the library' });
    await dialog.getByLabel('Shared repository').fill(remote);
    await dialog.getByLabel('Your name on every save').fill('Ben Keating');
    await dialog.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(state).toHaveText(/^Synced \d/);
    // Ana's article arrived with the share.
    const item = page.locator('.article-item', { hasText: 'Jesse Lazare Wins' });
    await expect(item).toBeVisible();

    // Both rewrite the top of the story at once; Ana's reaches the shared repository first.
    await item.click();
    const body = page.locator('.article-body');
    await body.locator('p').first().click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Ben’s new top. ');
    await expect(page.getByTestId('save-state')).toHaveText(/^Saved/);
    await expect(state).toHaveText(/^(1 change waiting|Synced)/);
    const current = await ana.articles.get(story.id);
    await ana.articles.save(story.id, { baseRevision: current.revision, doc: doc('Ana’s rewrite of the whole story.') });
    await ana.sync.now();

    await page.getByRole('button', { name: 'Sync', exact: true }).click();
    // A sync already under way when the button is pressed runs to its end first; on a loaded machine that takes more
    // than the default five seconds (CI saw it once).
    await expect(page.getByTestId('sync-conflicts')).toHaveText('⚠ 1 article in conflict', { timeout: 20_000 });
    const banner = page.getByTestId('conflict-banner');
    await expect(banner).toContainText('Ben Keating and Ana Lopes changed this article at the same time. This is Ben Keating’s text');
    await expect(body).toContainText('Ben’s new top.');
    await expect(page.locator('.article-item .conflict-mark')).toHaveCount(2);
    await page.locator('.app').screenshot({ path: 'test-results/sync-conflict.png' });

    // The export waits for the writer's choice, and says why.
    await page.keyboard.press('Control+e');
    const exportDialog = page.getByRole('dialog', { name: 'Export' });
    await expect(exportDialog.getByTestId('export-conflict')).toContainText('changed on two laptops at once');
    await expect(exportDialog.getByRole('button', { name: 'Export', exact: true })).toBeDisabled();
    await exportDialog.getByRole('button', { name: 'Close' }).click();

    // Ana's text is one click away, then kept in place of Ben's.
    await banner.getByRole('button', { name: 'Open Ana Lopes’s text' }).click();
    await expect(body).toContainText('Ana’s rewrite of the whole story.');
    await expect(banner).toContainText('This is Ana Lopes’s text');
    await banner.getByRole('button', { name: 'Keep this text' }).click();
    await expect(banner).toBeHidden();
    await expect(body).toContainText('Ana’s rewrite of the whole story.');
    await expect(page.getByTestId('sync-conflicts')).toBeHidden();
    await expect(page.locator('.article-item')).toHaveCount(1);
    await page.keyboard.press('Control+e');
    await expect(page.getByRole('dialog', { name: 'Export' }).getByRole('button', { name: 'Export', exact: true })).toBeEnabled();
  } finally {
    await host.close();
    await ben.close();
    await ana.close();
    await rm(root, { recursive: true, force: true });
  }
});
