import { app, BrowserWindow } from 'electron';
import { join } from 'node:path';
import { resolveLibraryFolder } from '../services/library/library-location';
import { openRacedeskServices } from '../services/racedesk-services';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { registerIpc } from './ipc';
import { installMenu } from './menu';
import { printHtmlToPdf } from './print-pdf';
import { applySecurityPolicy } from './security';
import { createDeskWindow, isAppUrl, RENDERER_FOLDER } from './window';

app.setName('Racedesk');

function libraryFlag(argv: string[]): string | undefined {
  const index = argv.indexOf('--library');
  return index >= 0 ? argv[index + 1] : argv.find((arg) => arg.startsWith('--library='))?.slice('--library='.length);
}

// One Racedesk per library: a second launch focuses the first window instead of writing beside it.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  applySecurityPolicy(isAppUrl);
  registerAppScheme();
  app.on('second-instance', () => {
    const window = BrowserWindow.getAllWindows()[0];
    if (window) {
      if (window.isMinimized()) window.restore();
      window.focus();
    }
  });
  app.whenReady().then(async () => {
    const flag = libraryFlag(process.argv);
    const folder = flag || process.env.RACEDESK_LIBRARY ? resolveLibraryFolder(flag) : join(app.getPath('userData'), 'library');
    const services = await openRacedeskServices(folder);
    services.export.printPdf = printHtmlToPdf;
    // A shared library syncs on a timer while the app is open; an unshared one is left alone.
    services.sync.startAutoSync();
    app.on('will-quit', () => void services.close());
    serveRenderer(RENDERER_FOLDER);
    registerIpc(services);
    installMenu(services);
    createDeskWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createDeskWindow();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
