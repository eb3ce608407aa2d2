import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import type { RacedeskServices } from '../services/racedesk-services';
import { importTimingWithDialog, importWithDialog, sendMenuCommand } from './menu-actions';

/**
 * The native menus: File (Import…, Import timing folder…, Export…, Quit), Edit, Library (Share…, Sync now),
 * View, with their accelerators. Library's items hand over to the renderer, whose Share dialog and Sync
 * button the browser host has too.
 */
export function installMenu(services: RacedeskServices): void {
  const focused = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0] ?? null;
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => void importWithDialog(services, focused()) },
        { label: 'Import timing folder…', accelerator: 'CmdOrCtrl+Shift+O', click: () => void importTimingWithDialog(services, focused()) },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => sendMenuCommand(focused(), { type: 'export' }) },
        { type: 'separator' },
        { role: 'quit', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&Library',
      submenu: [
        { label: 'Share…', click: () => sendMenuCommand(focused(), { type: 'share' }) },
        { label: 'Sync now', accelerator: 'CmdOrCtrl+Shift+Y', click: () => sendMenuCommand(focused(), { type: 'sync' }) },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'reload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
