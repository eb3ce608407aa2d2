import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  schemes: [] as unknown[],
  handlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  fetched: [] as string[],
}));

vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => electron.schemes.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Response) => electron.handlers.set(scheme, handler),
  },
  net: { fetch: async (url: string) => (electron.fetched.push(url), new Response('file body')) },
}));

const { APP_INDEX_URL, registerAppScheme, rendererFileFor, serveRenderer } = await import('../../../src/main/app-protocol');

const folder = mkdtempSync(join(tmpdir(), 'racedesk-renderer-'));
mkdirSync(join(folder, 'assets'));
writeFileSync(join(folder, 'index.html'), '<!doctype html>');
writeFileSync(join(folder, 'assets', 'index.js'), '');

describe('the racedesk:// scheme that serves the renderer instead of file:// (checklist 18)', () => {
  it('maps the app’s URLs to files inside the renderer folder, / to the index page', () => {
    expect(rendererFileFor(APP_INDEX_URL, folder)).toBe(join(folder, 'index.html'));
    expect(rendererFileFor('racedesk://desk/', folder)).toBe(join(folder, 'index.html'));
    expect(rendererFileFor('racedesk://desk/assets/index.js?v=1#x', folder)).toBe(join(folder, 'assets', 'index.js'));
  });

  it('never names a file outside the folder, and refuses other hosts, schemes, encoded slashes, NUL and bad encoding', () => {
    for (const url of [
      'racedesk://other/index.html',
      'file:///etc/passwd',
      'racedesk://desk/../../etc/passwd',
      'racedesk://desk/%2e%2e/%2e%2e/etc/passwd',
      'racedesk://desk/assets%2f..%2f..%2fsecret',
      'racedesk://desk/assets%5c..%5csecret',
      'racedesk://desk/index.html%00.js',
      'racedesk://desk/%E0%A4%A',
      'not a url',
    ]) {
      const file = rendererFileFor(url, folder);
      expect(file === null || file.startsWith(`${folder}/`), `${url} -> ${file}`).toBe(true);
      // The URL parser already folds `..` away (racedesk://desk/../etc is /etc inside the folder); the rest are refused.
      if (/%2f|%5c|%00|%E0|other|file:|not a/i.test(url)) expect(file, url).toBeNull();
    }
  });

  it('registers the scheme as standard and secure (module scripts need fetch and CORS), never bypassing CSP, and answers 404 for anything outside the folder or not a GET', async () => {
    registerAppScheme();
    expect(electron.schemes).toEqual([{ scheme: 'racedesk', privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } }]);
    serveRenderer(folder);
    const handler = electron.handlers.get('racedesk');
    expect((await handler?.(new Request('racedesk://desk/assets/index.js')))?.status).toBe(200);
    expect(electron.fetched).toEqual([`file://${join(folder, 'assets', 'index.js')}`]);
    expect((await handler?.(new Request('racedesk://other/index.html')))?.status).toBe(404);
    expect((await handler?.(new Request('racedesk://desk/index.html', { method: 'POST', body: 'x' })))?.status).toBe(404);
    expect(electron.fetched).toHaveLength(1);
  });
});
