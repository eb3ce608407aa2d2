import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractClaims } from '../src/domain/claims';
import type { BenchLine } from './bench-line';

const seedsFolder = path.resolve(import.meta.dirname, '..', '../shared/seeds');
const targetWords = 10_000;
const warmUpRuns = 20;
const measuredRuns = 101;

/** Claims extraction on a 10,000-word report made of the real seeds repeated, against one `/\d/g` pass. */
export async function run(): Promise<BenchLine[]> {
  const report = tenThousandWordReport();
  const wordCount = report.split(/\s+/).filter(Boolean).length;
  const claimCount = extractClaims(report).length;
  const extractionMs = medianMs(() => extractClaims(report));
  const digitPassMs = medianMs(() => report.match(/\d/g)?.length ?? 0);
  return [
    { name: `claims: extract from a ${wordCount}-word report`, value: extractionMs, unit: 'ms', note: `${claimCount} claims, median of ${measuredRuns}` },
    { name: 'claims: one /\\d/g pass over the same report', value: digitPassMs, unit: 'ms', note: `median of ${measuredRuns}` },
    { name: 'claims: extraction time / digit-pass time', value: extractionMs / digitPassMs, unit: '×', note: 'aim ≤ 10' },
  ];
}

function tenThousandWordReport(): string {
  const seeds = readdirSync(seedsFolder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(path.join(seedsFolder, name), 'utf8'));
  const parts: string[] = [];
  let words = 0;
  for (let index = 0; words < targetWords; index += 1) {
    const seed = seeds[index % seeds.length];
    parts.push(seed);
    words += seed.split(/\s+/).filter(Boolean).length;
  }
  return parts.join('\n\n');
}

function medianMs(work: () => unknown): number {
  for (let run = 0; run < warmUpRuns; run += 1) work();
  const times: number[] = [];
  for (let run = 0; run < measuredRuns; run += 1) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  times.sort((left, right) => left - right);
  return times[Math.floor(times.length / 2)];
}
