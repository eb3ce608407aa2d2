import { _electron as electron } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, SHARED, expect, test } from './fixtures';
import { findElectronBinary } from './electron-binary';

const binary = findElectronBinary(REPO);
if ('missing' in binary) console.warn(`Electron end-to-end test skipped: ${binary.missing}.`);

test.describe('the Electron app', () => {
  test.skip('missing' in binary, `Skipped: ${'missing' in binary ? binary.missing : ''}`);

  test('opens a hardened window and imports a seed through the preload', async () => {
    if ('missing' in binary) return;
    execFileSync('npx', ['electron-vite', 'build'], { cwd: REPO, stdio: 'inherit' });
    const library = await mkdtemp(join(tmpdir(), 'racedesk-electron-'));
    const app = await electron.launch({ executablePath: binary.path, args: [REPO, '--library', library], cwd: REPO });
    try {
      const window = await app.firstWindow();
      // The page sees only the preload's named methods: no Node, no ipcRenderer.
      const page = await window.evaluate(() => ({
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
        bridge: Object.keys((window as unknown as { racedesk: object }).racedesk).sort(),
      }));
      expect(page.require).toBe('undefined');
      expect(page.process).toBe('undefined');
      expect(page.bridge).toContain('articles');
      expect(page.bridge).not.toContain('ipcRenderer');
      await window.getByTestId('import-input').setInputFiles(join(SHARED, 'seeds/000_7e644020b4a2f233.txt'));
      await expect(window.locator('.article-body')).toContainText('Jesse Lazare won the pole');
    } finally {
      await app.close();
      await rm(library, { recursive: true, force: true });
    }
  });
});
