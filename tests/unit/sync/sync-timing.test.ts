import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { plainTextFromDoc } from '../../../src/domain/articles/plain-text';
import { openRacedeskServices } from '../../../src/services/racedesk-services';
import { git, newsroom, seed, write, type Newsroom } from './shared-libraries';

let desk: Newsroom;
beforeEach(async () => (desk = await newsroom()));
afterEach(async () => desk.dispose());

describe('syncing while the writer works', () => {
  it('saves at once while a sync waits on a slow network, and the sync then sends every one of them', async () => {
    const ana = await desk.open('ana');
    const [article] = await ana.articles.importPaths([seed('000_7e644020b4a2f233.txt')]);
    await ana.sync.share({ remote: desk.remote, writer: 'Ana Lopes' });
    // Every fetch now takes two seconds to get an answer, as over a poor paddock connection.
    git(ana.libraryFolder, 'config', 'remote.origin.uploadpack', 'sleep 2; git-upload-pack');
    const syncing = ana.sync.now();
    const slowest = { milliseconds: 0 };
    for (let save = 1; save <= 5; save += 1) {
      const started = performance.now();
      await write(ana, article.id, `Save ${save} during a slow sync.`);
      slowest.milliseconds = Math.max(slowest.milliseconds, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await ana.sync.status()).state).toBe('syncing');
    expect(slowest.milliseconds).toBeLessThan(1000);
    await syncing;
    git(ana.libraryFolder, 'config', '--unset', 'remote.origin.uploadpack');
    // Saves that came after that sync's merge go with the next one.
    await ana.sync.now();
    expect(git(ana.libraryFolder, 'show', `origin/main:articles/${article.id}.json`)).toContain('Save 5 during a slow sync.');
  });

  it('syncs by itself on a timer once the app starts it: a save on one laptop reaches the other unasked', async () => {
    const options = { networkTimeoutMilliseconds: 20_000, autoSync: { intervalMilliseconds: 300, afterChangeMilliseconds: 100, retryMilliseconds: [300] } };
    const ana = await openRacedeskServices(join(desk.root, 'ana'), undefined, options);
    const [article] = await ana.articles.importPaths([seed('000_7e644020b4a2f233.txt')]);
    await ana.sync.share({ remote: desk.remote, writer: 'Ana Lopes' });
    const ben = await openRacedeskServices(join(desk.root, 'ben'), undefined, options);
    await ben.sync.share({ remote: desk.remote, writer: 'Ben Keating' });
    try {
      ana.sync.startAutoSync();
      ben.sync.startAutoSync();
      await write(ana, article.id, 'Sent by the timer.');
      await expect.poll(async () => plainTextFromDoc((await ben.articles.get(article.id)).doc), { timeout: 15_000 }).toBe('Sent by the timer.');
    } finally {
      await ana.close();
      await ben.close();
    }
  });
});
