import { chromium, type Page } from 'playwright-core';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { docFromPlainText } from '../src/domain/articles/plain-text';
import { openRacedeskServices } from '../src/services/racedesk-services';
import { startBrowserHost } from '../src/web/browser-host';
import { buildRenderer } from '../src/web/build-renderer';
import type { BenchLine } from './bench-line';

const SHARED = resolve(import.meta.dirname, '../../shared');
const ROAR = join(SHARED, 'data/imsa/2024/01-roar-before-the-24');
const KEYSTROKES = 120;
const WARM_UP = 15;

async function tenThousandWords(): Promise<string> {
  const seeds = (await readdir(join(SHARED, 'seeds'))).filter((name) => name.endsWith('.txt')).sort();
  const texts = await Promise.all(seeds.map((name) => readFile(join(SHARED, 'seeds', name), 'utf8')));
  const parts: string[] = [];
  let words = 0;
  for (let index = 0; words < 10_000; index += 1) {
    parts.push(texts[index % texts.length]);
    words += texts[index % texts.length].split(/\s+/).filter(Boolean).length;
  }
  return parts.join('\n\n');
}

/** Keystroke to the next painted frame, measured in the page: keydown's timestamp to after the next rAF. */
async function measureTyping(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    const samples: number[] = [];
    (window as unknown as { __samples: number[] }).__samples = samples;
    document.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => samples.push(performance.now() - start);
          channel.port2.postMessage(null);
        });
      },
      { capture: true },
    );
  });
  const paragraph = page.locator('.article-body p').nth(40);
  await paragraph.click();
  await page.keyboard.press('End');
  const text = ' Derani was 0.2s faster';
  for (let index = 0; index < KEYSTROKES + WARM_UP; index += 1) {
    await page.keyboard.type(text[index % text.length]);
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(300);
  const samples = await page.evaluate(() => (window as unknown as { __samples: number[] }).__samples);
  return samples.slice(WARM_UP);
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}

/** Typing latency in Chromium on a 10,000-word article with tags, suggestions and checks on, and with them off. */
export async function run(): Promise<BenchLine[]> {
  const rendererFolder = await buildRenderer();
  const library = await mkdtemp(join(tmpdir(), 'racedesk-bench-desk-'));
  const services = await openRacedeskServices(library);
  const roarFiles = (await readdir(ROAR)).filter((name) => !name.includes('weather')).map((name) => join(ROAR, name));
  const { sessions } = await services.timing.importPaths(roarFiles, {});
  const article = await services.articles.create({ headline: 'Ten thousand words' });
  await services.articles.save(article.id, { baseRevision: article.revision, doc: docFromPlainText(await tenThousandWords()), linkedSessionIds: sessions.map((session) => session.id) });
  const host = await startBrowserHost({ services, rendererFolder });
  const browser = await chromium.launch({
    executablePath: process.env.RACEDESK_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const results: Record<string, number[]> = {};
  try {
    for (const [name, query] of [['checks on', ''], ['extensions off', '&extensions=off']] as const) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${host.url}${query}`);
      await page.getByRole('button', { name: /Ten thousand words/ }).click();
      await page.locator('.article-body p').nth(40).waitFor();
      if (!query) await page.locator('.check').first().waitFor({ timeout: 60_000 });
      results[name] = await measureTyping(page);
      await page.close();
    }
  } finally {
    await browser.close();
    await host.close();
    await rm(library, { recursive: true, force: true });
  }
  const on = results['checks on'];
  const off = results['extensions off'];
  return [
    { name: 'desk: keystroke to paint, checks on, p50', value: percentile(on, 0.5), unit: 'ms', note: `${on.length} keystrokes, 10,000 words` },
    { name: 'desk: keystroke to paint, checks on, p95', value: percentile(on, 0.95), unit: 'ms', note: 'aim ≤ 16.7 (one frame)' },
    { name: 'desk: keystroke to paint, extensions off, p50', value: percentile(off, 0.5), unit: 'ms' },
    { name: 'desk: keystroke to paint, extensions off, p95', value: percentile(off, 0.95), unit: 'ms' },
    { name: 'desk: p95 ratio checks on / extensions off', value: percentile(on, 0.95) / percentile(off, 0.95), unit: '×', note: 'aim ≤ 1.3' },
  ];
}
