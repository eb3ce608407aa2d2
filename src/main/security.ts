import { app, session, shell, type WebContents } from 'electron';

/** Opens http(s) links in the system browser; everything else (file:, javascript:, custom schemes) is dropped. */
function openExternally(url: string): void {
  try {
    const { protocol } = new URL(url);
    if (protocol === 'https:' || protocol === 'http:') void shell.openExternal(url);
  } catch {
    // Not a URL: nothing to open.
  }
}

/**
 * Electron's security checklist, applied app-wide: no navigation away from the app, no new windows (links go
 * to the system browser), no webviews, every permission request denied.
 */
export function applySecurityPolicy(isAppUrl: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url)) {
        event.preventDefault();
        openExternally(url);
      }
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openExternally(url);
      return { action: 'deny' };
    });
  });
  app.whenReady().then(() => {
    // Every permission is refused but writing the clipboard, which "Copy as rich text" needs.
    session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(permission === 'clipboard-sanitized-write'));
    session.defaultSession.setPermissionCheckHandler((_contents, permission) => permission === 'clipboard-sanitized-write');
  });
}
