import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { BenchLine } from './bench-line';

const repo = path.resolve(import.meta.dirname, '..');
const runs = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Wall time of one `racedesk` command from a fresh process: what a writer waits for, and what each CLI test pays. */
function timed(args: string[]): number {
  const started = performance.now();
  execFileSync(process.execPath, [path.join(repo, 'bin/racedesk.js'), ...args], { cwd: repo, stdio: 'ignore' });
  return performance.now() - started;
}

export async function run(): Promise<BenchLine[]> {
  timed(['--help']); // tsx's cache of compiled files is warm from here on, as it is after a first run.
  const help = median(Array.from({ length: runs }, () => timed(['--help'])));
  const claims = median(Array.from({ length: runs }, () => timed(['claims', path.join(repo, '../shared/seeds/003_d40ddc186b745cfd.txt')])));
  return [
    { name: 'racedesk --help, fresh process (median)', value: help, unit: 'ms', note: `${runs} runs; readers and exporters load only when used` },
    { name: 'racedesk claims <seed 003>, fresh process (median)', value: claims, unit: 'ms', note: `${runs} runs` },
  ];
}
