import { access, constants } from 'node:fs/promises';
import { RacedeskError } from '../../domain/errors';

const CHROMIUM_ARGUMENTS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The Chromium Racedesk prints with: `RACEDESK_CHROMIUM`, else the system one. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.RACEDESK_CHROMIUM ?? '/usr/bin/chromium';
}

/**
 * Prints an HTML page (see `htmlDocumentForPrint`) to PDF bytes with headless Chromium. JavaScript is off and
 * every network request is refused, so the page prints exactly what it holds and nothing it links to.
 */
export async function renderPdf(html: string): Promise<Uint8Array> {
  const executablePath = chromiumPath();
  try {
    await access(executablePath, constants.X_OK);
  } catch {
    throw new RacedeskError('unsupported', `PDF export needs Chromium, and there is none at ${executablePath}: install it or set RACEDESK_CHROMIUM to its path`);
  }
  // Loaded when a PDF is asked for: playwright-core costs every CLI command and app start a second otherwise.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGUMENTS });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return new Uint8Array(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false }));
  } finally {
    await browser.close();
  }
}
