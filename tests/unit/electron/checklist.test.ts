import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const REPO = resolve(import.meta.dirname, '../../..');

/** A stand-in for Electron's main-process modules that records what the app registers. */
const electron = vi.hoisted(() => {
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const ipcHandlers = new Map<string, (...args: unknown[]) => unknown>();
  const session = { permissionRequest: null as null | ((...args: unknown[]) => void), permissionCheck: null as null | ((...args: unknown[]) => boolean) };
  return {
    appListeners,
    ipcHandlers,
    session,
    opened: [] as string[],
    module: {
      app: { on: (name: string, listener: (...args: unknown[]) => void) => appListeners.set(name, listener), whenReady: () => Promise.resolve() },
      session: {
        defaultSession: {
          setPermissionRequestHandler: (handler: (...args: unknown[]) => void) => (session.permissionRequest = handler),
          setPermissionCheckHandler: (handler: (...args: unknown[]) => boolean) => (session.permissionCheck = handler),
        },
      },
      shell: { openExternal: (url: string) => Promise.resolve(void electron.opened.push(url)) },
      ipcMain: { handle: (channel: string, handler: (...args: unknown[]) => unknown) => ipcHandlers.set(channel, handler) },
      BrowserWindow: { fromWebContents: () => null },
      dialog: {},
    },
  };
});
vi.mock('electron', () => electron.module);

const { applySecurityPolicy } = await import('../../../src/main/security');
const { registerIpc } = await import('../../../src/main/ipc');
const { isAppUrl } = await import('../../../src/main/window');
const { RENDERER_CSP } = await import('../../../src/api/content-security-policy');

interface FakeContents {
  listeners: Map<string, (event: { preventDefault: () => void; defaultPrevented?: boolean }, url?: string) => void>;
  openHandler: ((details: { url: string }) => { action: string }) | null;
}

function createdContents(): FakeContents {
  const contents: FakeContents = { listeners: new Map(), openHandler: null };
  const fake = {
    on: (name: string, listener: FakeContents['listeners'] extends Map<string, infer L> ? L : never) => contents.listeners.set(name, listener),
    setWindowOpenHandler: (handler: FakeContents['openHandler']) => (contents.openHandler = handler),
  };
  electron.appListeners.get('web-contents-created')?.({}, fake);
  return contents;
}

function fire(contents: FakeContents, name: string, url?: string): boolean {
  let prevented = false;
  contents.listeners.get(name)?.({ preventDefault: () => (prevented = true) }, url);
  return prevented;
}

const APP_URL = 'racedesk://desk/index.html';

beforeEach(() => {
  electron.opened.length = 0;
  vi.stubEnv('ELECTRON_RENDERER_URL', APP_URL);
});

describe("Electron's security checklist in the main process", () => {
  applySecurityPolicy(isAppUrl);

  it('limits navigation to the app itself (checklist 13)', () => {
    const contents = createdContents();
    expect(fire(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire(contents, 'will-redirect', 'https://evil.example/')).toBe(true);
    expect(fire(contents, 'will-navigate', 'file:///opt/Racedesk/resources/app/out/renderer/index.html')).toBe(true);
    expect(fire(contents, 'will-navigate', 'racedesk://elsewhere/index.html')).toBe(true);
    expect(fire(contents, 'will-navigate', `${APP_URL}#article`)).toBe(false);
  });

  it('denies every new window, sending only http(s) links to the system browser (checklist 14, 15)', async () => {
    const contents = createdContents();
    for (const url of ['https://imsa.com/results', 'javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share', 'not a url']) {
      expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
    }
    fire(contents, 'will-navigate', 'ms-msdt:/id PCWDiagnostic');
    await Promise.resolve();
    expect(electron.opened).toEqual(['https://imsa.com/results']);
  });

  it('refuses to attach any webview (checklist 11, 12)', () => {
    expect(fire(createdContents(), 'will-attach-webview')).toBe(true);
  });

  it('denies every permission request and check (checklist 5)', async () => {
    await Promise.resolve();
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      electron.session.permissionRequest?.({}, permission, (granted: boolean) => answers.push(granted));
    }
    expect(answers).toEqual([false, false, false, false, false]);
    expect(electron.session.permissionCheck?.({}, 'media')).toBe(false);
  });
});

describe('IPC (checklist 17: validate the sender of every message)', () => {
  registerIpc({} as never);

  it('answers forbidden to a frame that is not the app, and to no frame at all', async () => {
    const handler = electron.ipcHandlers.get('racedesk:articles.list');
    expect(handler).toBeDefined();
    for (const senderFrame of [{ url: 'https://evil.example/' }, { url: 'file:///tmp/evil.html' }, null]) {
      expect(await handler?.({ senderFrame }, [])).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(await electron.ipcHandlers.get('racedesk:desktop.saveFile')?.({ senderFrame: { url: 'https://evil.example/' } }, 'x.txt', '')).toMatchObject({
      error: { code: 'forbidden' },
    });
  });

  it('registers channels for named API methods only, never a generic one', () => {
    expect([...electron.ipcHandlers.keys()].every((channel) => /^racedesk:[a-z]+\.[A-Za-z]+$/.test(channel))).toBe(true);
  });
});

describe('the content security policy (checklist 7)', () => {
  it('allows script from the app only: no inline script, no eval, no objects, frames or remote loads', () => {
    const directives = new Map(RENDERER_CSP.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(RENDERER_CSP).not.toMatch(/unsafe-eval|https?:|\*/);
  });

  it('goes into the built page as a meta tag (less frame-ancestors, which only a header can carry)', async () => {
    const { rendererConfig } = await import('../../../electron.vite.config');
    const plugin = (rendererConfig.plugins ?? []).flat().find((candidate) => candidate && typeof candidate === 'object' && 'name' in candidate && candidate.name === 'racedesk-csp') as
      | { transformIndexHtml: (html: string) => string; apply: string }
      | undefined;
    expect(plugin?.apply).toBe('build');
    const html = plugin!.transformIndexHtml('<html><head></head></html>');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(meta).toContain("script-src 'self'");
    expect(meta).toContain("object-src 'none'");
    expect(meta).not.toMatch(/unsafe-eval|frame-ancestors/);
    expect(RENDERER_CSP).toContain("frame-ancestors 'none'");
  });
});

/** Every TypeScript file of the Electron processes and the renderer, as text. */
function sourcesOf(folder: string): { path: string; text: string }[] {
  return readdirSync(join(REPO, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => ({ path: join(entry.parentPath, entry.name), text: readFileSync(join(entry.parentPath, entry.name), 'utf8') }));
}

describe('options the checklist says never to turn on (checklist 9, 10, 11)', () => {
  const sources = ['src/main', 'src/preload', 'src/renderer'].flatMap(sourcesOf);

  it.each([
    ['experimental features', /experimentalFeatures\s*:\s*true/],
    ['Blink features', /enableBlinkFeatures/],
    ['popups in webviews', /allowpopups/i],
    ['remote module', /enableRemoteModule|@electron\/remote/],
    ['Node in workers or subframes', /nodeIntegrationIn(?:Worker|SubFrames)\s*:\s*true/],
    ['disabled web security for a session', /disable-web-security|ignore-certificate-errors/],
  ])('turn on no %s anywhere in src', (_what, pattern) => {
    expect(sources.filter((source) => pattern.test(source.text)).map((source) => source.path)).toEqual([]);
  });
});

describe('a current Electron (checklist 16)', () => {
  it('is pinned to an exact release of major 45 or later', () => {
    const version = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.electron;
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(45);
  });
});
