import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Checker, splitParagraphs, type CheckContext } from '../src/domain/check';
import { openRacedeskServices } from '../src/services/racedesk-services';
import type { BenchLine } from './bench-line';

const shared = path.resolve(import.meta.dirname, '..', '../shared');
const seedNames = ['003_d40ddc186b745cfd.txt', '004_1efd8eb26c86836d.txt'];
const sebringRace = ['202403160940-race-results.csv', '202403160940-race-laps.csv'].map((name) =>
  path.join(shared, 'data/imsa/2024/05-sebring-international-raceway', name),
);
const targetWords = 10_000;
const fullRuns = 15;
const editRuns = 61;

/**
 * Checking a 10,000-word article (seeds 003 and 004 repeated, each copy's paragraphs made unique so the cache
 * cannot help a full run) against the 2024 Sebring race with its laps; then re-checking after a one-character
 * edit, which only the edited paragraph should cost.
 */
export async function run(): Promise<BenchLine[]> {
  const context = await sebringContext();
  const article = tenThousandWordArticle();
  const words = article.split(/\s+/).filter(Boolean).length;
  const paragraphs = splitParagraphs(article);

  const firstStart = performance.now();
  const firstReport = new Checker(context).checkText(article);
  const firstMs = performance.now() - firstStart;
  const fullMs = median(Array.from({ length: fullRuns }, () => timed(() => new Checker(context).checkText(article))));

  const checker = new Checker(context);
  checker.checkText(article);
  let text = article;
  const editMs: number[] = [];
  for (let run = 0; run < editRuns; run += 1) {
    const paragraph = paragraphs[(run * 7) % paragraphs.length];
    const at = paragraph.start + Math.floor(paragraph.text.length / 2);
    text = `${text.slice(0, at)}${run % 2 === 0 ? 'x' : ''}${text.slice(at + (run % 2 === 0 ? 0 : 1))}`;
    editMs.push(timed(() => checker.checkText(text)));
  }
  const lapCount = context.sessions.reduce((sum, session) => sum + session.laps.length, 0);
  return [
    { name: `check: first check of a ${words}-word article (builds the session index)`, value: firstMs, unit: 'ms', note: `${firstReport.claims.length} claims, ${paragraphs.length} paragraphs, ${lapCount} laps` },
    { name: `check: full check of the ${words}-word article, fresh cache`, value: fullMs, unit: 'ms', note: `median of ${fullRuns}` },
    { name: 'check: re-check after a one-character edit', value: median(editMs), unit: 'ms', note: `median of ${editRuns}; 90th percentile ${percentile(editMs, 0.9).toFixed(2)} ms, worst ${Math.max(...editMs).toFixed(2)} ms; aim < 16` },
  ];
}

async function sebringContext(): Promise<CheckContext> {
  const folder = await mkdtemp(path.join(tmpdir(), 'racedesk-check-bench-'));
  try {
    const services = await openRacedeskServices(folder);
    const report = await services.timing.importPaths(sebringRace, {});
    const sessions = await Promise.all(report.sessions.map((summary) => services.timing.getStoredSession(summary.id)));
    return { sessions, mainSessionId: sessions[0].id, tracks: await services.timing.listTracks(), roster: [] };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

// Each copy opens its paragraphs with "Copy N." so that no two paragraphs are the same text.
function tenThousandWordArticle(): string {
  const seeds = seedNames.map((name) => readFileSync(path.join(shared, 'seeds', name), 'utf8'));
  const copies: string[] = [];
  let words = 0;
  for (let copy = 0; words < targetWords; copy += 1) {
    const seed = seeds[copy % seeds.length].split(/\n[ \t]*\n/).map((paragraph) => `Copy ${copy + 1}. ${paragraph}`).join('\n\n');
    copies.push(seed);
    words += seed.split(/\s+/).filter(Boolean).length;
  }
  return copies.join('\n\n');
}

function timed(work: () => unknown): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

function median(values: number[]): number {
  return percentile(values, 0.5);
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))];
}
