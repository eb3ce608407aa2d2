import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { APP_INDEX_URL } from './app-protocol';
import { deskWebPreferences } from './web-preferences';

/** The built renderer's folder, served under `racedesk://desk/`. */
export const RENDERER_FOLDER = join(import.meta.dirname, '../renderer');

/** The URL the renderer is loaded from: the dev server in `npm run dev`, the app's own scheme otherwise. */
export function rendererUrl(): string {
  return process.env.ELECTRON_RENDERER_URL ?? APP_INDEX_URL;
}

/** True for pages of the app itself (same scheme, host and port); IPC from anything else is refused. */
export function isAppUrl(url: string): boolean {
  const app = new URL(rendererUrl());
  try {
    const candidate = new URL(url);
    return candidate.protocol === app.protocol && candidate.host === app.host && candidate.protocol !== 'file:';
  } catch {
    return false;
  }
}

/** The desk window, with the sandboxed, isolated, Node-free renderer Electron's checklist asks for. */
export function createDeskWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 800,
    minHeight: 500,
    title: 'Racedesk',
    show: false,
    webPreferences: deskWebPreferences(join(import.meta.dirname, '../preload/index.cjs')),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(rendererUrl());
  return window;
}
