import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deskWebPreferences } from './web-preferences';

const RENDERER_INDEX = join(import.meta.dirname, '../renderer/index.html');

/** The URL the renderer is loaded from: the dev server in `npm run dev`, the built file otherwise. */
export function rendererUrl(): string {
  return process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(RENDERER_INDEX).href;
}

/** True for pages of the app itself; IPC from anything else is refused. */
export function isAppUrl(url: string): boolean {
  const app = new URL(rendererUrl());
  try {
    const candidate = new URL(url);
    return app.protocol === 'file:' ? candidate.href.split(/[?#]/)[0] === app.href : candidate.origin === app.origin;
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
