import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { plainTextFromDoc } from '../../../src/domain/articles/plain-text';
import { ROAR_2024, git, libraryJson, newsroom, remoteFiles, seed, write, type Newsroom } from './shared-libraries';

const ROAR_QUALIFYING = 'imsa-2024-roar-before-the-24-202401211355-qualifying';

let desk: Newsroom;
beforeEach(async () => (desk = await newsroom()));
afterEach(async () => desk.dispose());

describe('two libraries sharing one bare repository', () => {
  it('brings each laptop the other’s imports, edits and timing, with each save a commit by its writer', async () => {
    const ana = await desk.open('ana');
    const [lazare] = await ana.articles.importPaths([seed('000_7e644020b4a2f233.txt')]);
    await ana.timing.importPaths([ROAR_2024], {});
    const shared = await ana.sync.share({ remote: desk.remote, writer: 'Ana Lopes' });
    expect(shared).toMatchObject({ shared: true, state: 'synced', writer: { name: 'Ana Lopes', source: 'library' }, changesWaiting: 0 });

    const ben = await desk.open('ben');
    const [mcalister] = await ben.articles.importPaths([seed('001_2aa36fd05cbfe5d2.txt')]);
    await ben.sync.share({ remote: desk.remote, writer: 'Ben Keating' });
    expect((await ben.articles.list()).map((article) => article.id).sort()).toEqual([lazare.id, mcalister.id].sort());
    expect((await ben.timing.getSession(ROAR_QUALIFYING)).classes[0].rows[0]).toMatchObject({ car: '31', shownDriver: 'Pipo Derani' });

    await ana.sync.now();
    expect((await ana.articles.get(mcalister.id)).meta.headline).toBe(mcalister.meta.headline);

    // Both edit at once, each a different article.
    await write(ben, lazare.id, 'Lazare took pole by .185 seconds, Ben’s edit.');
    await write(ana, mcalister.id, 'McAlister won the pole Thursday afternoon, Ana’s edit.');
    await ana.sync.now();
    await ben.sync.now();
    await ana.sync.now();

    for (const library of [ana, ben]) {
      expect(plainTextFromDoc((await library.articles.get(lazare.id)).doc)).toBe('Lazare took pole by .185 seconds, Ben’s edit.');
      expect(plainTextFromDoc((await library.articles.get(mcalister.id)).doc)).toBe('McAlister won the pole Thursday afternoon, Ana’s edit.');
      expect((await library.sync.status()).conflicts).toEqual([]);
    }
    const log = git(ana.libraryFolder, 'log', '--format=%an|%s', 'main');
    expect(log).toContain('Ben Keating|Save “');
    expect(log).toContain('Ana Lopes|Save “');
    // Different articles changed on each side merge without a word.
    expect((await ana.sync.status()).notices).toEqual([]);
  });

  it('shows the shared saves, with their writers, beside the library’s own versions', async () => {
    const ana = await desk.open('ana');
    const [article] = await ana.articles.importPaths([seed('003_d40ddc186b745cfd.txt')]);
    await ana.sync.share({ remote: desk.remote, writer: 'Ana Lopes' });
    const ben = await desk.open('ben');
    await ben.sync.share({ remote: desk.remote, writer: 'Ben Keating' });
    await write(ben, article.id, 'Derani took pole in 1:32.656.');
    await ben.sync.now();
    await ana.sync.now();

    const versions = await ana.versions.list(article.id);
    expect(versions.find((version) => version.kind === 'kept')).toMatchObject({ label: 'As imported' });
    const benSave = versions.find((version) => version.kind === 'shared' && version.writer === 'Ben Keating');
    expect(benSave).toMatchObject({ wordCount: 5 });
    await write(ana, article.id, 'Ana rewrote it.');
    const restored = await ana.versions.restore(article.id, benSave?.id ?? '');
    expect(plainTextFromDoc(restored.doc)).toBe('Derani took pole in 1:32.656.');
  });

  it('commits nothing from outside the library folder, and never its lock, last good copies or settings', async () => {
    await writeFile(join(desk.root, 'beside-the-library.txt'), 'not library material');
    const ana = await desk.open('ana');
    const [article] = await ana.articles.importPaths([seed('000_7e644020b4a2f233.txt')]);
    await ana.export.saveSettings(await ana.export.getSettings());
    await write(ana, article.id, 'A second save, so a .bak exists.');
    await ana.sync.share({ remote: desk.remote, writer: 'Ana Lopes' });
    const files = remoteFiles(desk.remote);
    expect(files).toContain(`articles/${article.id}.json`);
    expect(files.every((path) => /^(articles|timing|versions)\//.test(path))).toBe(true);
    expect(files.some((path) => path.endsWith('.bak') || path.includes('.lock') || path.startsWith('settings/'))).toBe(false);
  });
});

describe('three libraries sharing one bare repository', () => {
  it('each import and edit reaches the two others, and two imports of the same timing merge by themselves', async () => {
    const [ana, ben, cleo] = [await desk.open('ana'), await desk.open('ben'), await desk.open('cleo')];
    const [pole] = await ana.articles.importPaths([seed('003_d40ddc186b745cfd.txt')]);
    await ana.timing.importPaths([ROAR_2024], {});
    const [roar] = await ben.articles.importPaths([seed('004_1efd8eb26c86836d.txt')]);
    // Ben imports the same official timing: it was written once, the same on both laptops.
    await ben.timing.importPaths([ROAR_2024], {});
    const [mx5] = await cleo.articles.importPaths([seed('002_0a3212d7f48ef562.txt')]);

    await ana.sync.share({ remote: desk.remote, writer: 'Ana Lopes' });
    await ben.sync.share({ remote: desk.remote, writer: 'Ben Keating' });
    await cleo.sync.share({ remote: desk.remote, writer: 'Cleo Hart' });
    await write(cleo, pole.id, 'Cleo’s subbing of the pole story.');
    await ana.sync.now();
    await write(ana, mx5.id, 'Ana’s subbing of the MX-5 story.');
    for (const library of [cleo, ana, ben, cleo]) await library.sync.now();

    for (const library of [ana, ben, cleo]) {
      expect((await library.articles.list()).map((article) => article.id).sort()).toEqual([pole.id, roar.id, mx5.id].sort());
      expect(plainTextFromDoc((await library.articles.get(pole.id)).doc)).toBe('Cleo’s subbing of the pole story.');
      expect(plainTextFromDoc((await library.articles.get(mx5.id)).doc)).toBe('Ana’s subbing of the MX-5 story.');
      expect((await library.timing.listSessions()).map((session) => session.id)).toEqual([ROAR_QUALIFYING]);
      expect((await library.timing.roster()).drivers.some((driver) => driver.name === 'Pipo Derani')).toBe(true);
      const status = await library.sync.status();
      expect(status).toMatchObject({ state: 'synced', changesWaiting: 0, conflicts: [], notices: [] });
      for (const file of await libraryJson(library.libraryFolder)) expect(() => JSON.parse(file.text), file.path).not.toThrow();
    }
  });
});
