import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import type { RacedeskServices } from '../services/racedesk-services';
import { importTimingWithDialog, importWithDialog, sendMenuCommand } from './menu-actions';

/** The native menus: File (Import…, Import timing folder…, Export…, Quit), Edit, View, with their accelerators. */
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
