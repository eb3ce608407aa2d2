import type { PreloadBridge } from '../api/preload-bridge';

declare global {
  interface Window {
    /** Present in the Electron app only; the browser host talks HTTP instead. */
    racedesk?: PreloadBridge;
  }
}
