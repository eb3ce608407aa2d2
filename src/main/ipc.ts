import { BrowserWindow, dialog, ipcMain, type IpcMainInvokeEvent } from 'electron';
import { writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { apiMethodNames } from '../api';
import type { ApiEnvelope } from '../api/envelope';
import { dispatch } from '../services/api/dispatch';
import type { RacedeskServices } from '../services/racedesk-services';
import { isAppUrl } from './window';
import { importWithDialog } from './menu-actions';

const saveFileSchema = z.tuple([z.string().min(1).max(255), z.string().max(200_000_000)]);

function fromApp(event: IpcMainInvokeEvent): boolean {
  return event.senderFrame !== null && isAppUrl(event.senderFrame.url);
}

const FORBIDDEN: ApiEnvelope = { ok: false, error: { code: 'forbidden', message: 'IPC from a page that is not Racedesk' } };

/**
 * One `racedesk:<area.method>` channel per API method, each checking its sender and validating its payload
 * through the shared dispatcher. Paths never come from the renderer: it sends bytes; dialogs run here.
 */
export function registerIpc(services: RacedeskServices): void {
  for (const method of apiMethodNames()) {
    ipcMain.handle(`racedesk:${method}`, (event, ...args: unknown[]) =>
      fromApp(event)
        ? dispatch(services, method, args, { allowLocalPaths: false, logBug: (error) => console.error(method, error) })
        : FORBIDDEN,
    );
  }
  ipcMain.handle('racedesk:desktop.saveFile', async (event, ...args: unknown[]): Promise<ApiEnvelope<string | null>> => {
    if (!fromApp(event)) return FORBIDDEN as ApiEnvelope<null>;
    const parsed = saveFileSchema.safeParse(args);
    if (!parsed.success) return { ok: false, error: { code: 'bad-input', message: 'saveFile: expected a file name and base64 data' } };
    const [suggestedName, dataBase64] = parsed.data;
    const owner = BrowserWindow.fromWebContents(event.sender);
    const choice = owner
      ? await dialog.showSaveDialog(owner, { defaultPath: suggestedName })
      : await dialog.showSaveDialog({ defaultPath: suggestedName });
    if (choice.canceled || !choice.filePath) return { ok: true, value: null };
    await writeFile(choice.filePath, Buffer.from(dataBase64, 'base64'));
    return { ok: true, value: choice.filePath };
  });
  ipcMain.handle('racedesk:desktop.importWithDialog', async (event): Promise<ApiEnvelope<string[]>> => {
    if (!fromApp(event)) return FORBIDDEN as ApiEnvelope<string[]>;
    const owner = BrowserWindow.fromWebContents(event.sender);
    return importWithDialog(services, owner);
  });
}
