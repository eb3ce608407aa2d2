import type { ApiEnvelope } from './envelope';
import type { RacedeskApi } from './index';

/** What the Electron menu asks the renderer to do. */
export type MenuCommand =
  | { type: 'import-done'; articleIds: string[] }
  | { type: 'timing-imported'; message: string }
  | { type: 'export' }
  | { type: 'share' }
  | { type: 'sync' }
  | { type: 'error'; message: string };

/** The Electron-only extras the preload exposes beside the API (the browser host has none of them). */
export interface DesktopBridge {
  /** Shows the native save dialog and writes the bytes there; resolves to the chosen path or null if cancelled. */
  saveFile(suggestedName: string, dataBase64: string): Promise<ApiEnvelope<string | null>>;
  /** Shows the native open dialog and imports the chosen reports. */
  importWithDialog(): Promise<ApiEnvelope<string[]>>;
  /** Listens for menu commands; returns a function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

/** `window.racedesk` in the Electron app: every API method by name, answering envelopes, plus the desktop extras. */
export type PreloadBridge = {
  [Area in keyof RacedeskApi]: { [Method in keyof RacedeskApi[Area]]: (...args: unknown[]) => Promise<ApiEnvelope> };
} & { desktop: DesktopBridge };
