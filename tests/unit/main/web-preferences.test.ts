import { describe, expect, it } from 'vitest';
import { deskWebPreferences } from '../../../src/main/web-preferences';

describe("the desk window's webPreferences", () => {
  it('isolate, sandbox and keep Node out of the renderer', () => {
    expect(deskWebPreferences('/app/preload.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
});
