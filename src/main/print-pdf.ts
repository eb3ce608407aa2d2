import { BrowserWindow } from 'electron';

/**
 * Prints a self-contained HTML page to PDF with Electron's own Chromium: an offscreen, sandboxed window with
 * JavaScript off and no preload, so the exported article cannot run anything while it is laid out.
 */
export async function printHtmlToPdf(html: string): Promise<Uint8Array> {
  const window = new BrowserWindow({
    show: false,
    webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true },
  });
  try {
    await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    const pdf = await window.webContents.printToPDF({ printBackground: false, pageSize: 'A4', margins: { top: 0.7, bottom: 0.7, left: 0.8, right: 0.8 } });
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
  }
}
