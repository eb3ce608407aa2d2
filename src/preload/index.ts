import { contextBridge, ipcRenderer } from 'electron';
import { apiSchemas } from '../api';
import type { ApiEnvelope } from '../api/envelope';
import type { DesktopBridge, MenuCommand, PreloadBridge } from '../api/preload-bridge';

// Named methods only: the page gets `racedesk.articles.save(...)`, never ipcRenderer or a generic invoke.
const bridge: Record<string, unknown> = {};
for (const [area, methods] of Object.entries(apiSchemas)) {
  const named: Record<string, (...args: unknown[]) => Promise<ApiEnvelope>> = {};
  for (const method of Object.keys(methods)) {
    const channel = `racedesk:${area}.${method}`;
    named[method] = (...args: unknown[]) => ipcRenderer.invoke(channel, ...args);
  }
  bridge[area] = named;
}

const desktop: DesktopBridge = {
  saveFile: (suggestedName, dataBase64) => ipcRenderer.invoke('racedesk:desktop.saveFile', suggestedName, dataBase64),
  importWithDialog: () => ipcRenderer.invoke('racedesk:desktop.importWithDialog'),
  onMenuCommand: (listener) => {
    const handler = (_event: unknown, command: MenuCommand) => listener(command);
    ipcRenderer.on('racedesk:menu', handler);
    return () => ipcRenderer.removeListener('racedesk:menu', handler);
  },
};
bridge.desktop = desktop;

contextBridge.exposeInMainWorld('racedesk', bridge as PreloadBridge);
