import { net, protocol } from 'electron';
import { isAbsolute, join, normalize, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The scheme and host the built renderer is served under, instead of `file://` (Electron checklist 18). */
export const APP_SCHEME = 'racedesk';
export const APP_HOST = 'desk';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;
const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true };

/**
 * Declares the scheme before the app is ready, as Electron requires: standard (relative URLs and `'self'` work
 * as on the web), secure (the page is a secure context), and fetch + CORS enabled, because Vite's
 * `<script type="module" crossorigin>` and the module worker that runs the checks are fetched in CORS mode
 * (VS Code registers its `vscode-file` scheme the same way). No service workers, no CSP bypass.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);
}


/**
 * The file a `racedesk://desk/…` URL names inside the renderer folder, or null: another host, a path that is
 * not plain (encoded slashes or NUL), or one that climbs out of the folder. `/` is the index page.
 */
export function rendererFileFor(url: string, rendererFolder: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (/[\\\0]/.test(path) || /%2f|%5c/i.test(parsed.pathname)) return null;
  const root = resolve(rendererFolder);
  const file = resolve(join(root, normalize(path === '/' ? '/index.html' : path)));
  const inside = relative(root, file);
  return inside && !inside.startsWith('..') && !isAbsolute(inside) ? file : null;
}

/** Serves the built renderer folder under `racedesk://desk/`, read-only; anything else answers 404. */
export function serveRenderer(rendererFolder: string): void {
  protocol.handle(APP_SCHEME, (request) => {
    const file = request.method === 'GET' ? rendererFileFor(request.url, rendererFolder) : null;
    return file ? net.fetch(pathToFileURL(file).href) : new Response('Not found', { status: 404 });
  });
}
