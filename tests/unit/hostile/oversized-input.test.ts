import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(import.meta.dirname, '../../..');
const MEGABYTE = 1024 * 1024;

interface Outcome {
  code: string;
  message: string;
  rssBeforeMegabytes: number;
  peakRssMegabytes: number;
  milliseconds: number;
}

/** Writes `megabytes` of `header` then `row` repeated, streaming, so the test itself never holds the file. */
async function writeLargeFile(path: string, megabytes: number, header: string, row: string, footer = ''): Promise<void> {
  const out = createWriteStream(path);
  const chunk = row.repeat(Math.ceil(MEGABYTE / row.length));
  out.write(header);
  for (let written = 0; written < megabytes * MEGABYTE; written += chunk.length) {
    if (!out.write(chunk)) await new Promise<void>((resolveDrain) => out.once('drain', () => resolveDrain()));
  }
  out.end(footer);
  await new Promise<void>((resolveClose, reject) => out.once('close', () => resolveClose()).once('error', reject));
}

function importInChild(kind: 'timing' | 'report', path: string, library: string): Promise<Outcome> {
  return new Promise((resolveOutcome, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'tests/unit/hostile/oversized-child.ts'), kind, path, library], { cwd: REPO });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('close', (code) => {
      if (code !== 0) reject(new Error(`oversized-child exited ${code}: ${stderr}`));
      else resolveOutcome(JSON.parse(stdout.trim().split('\n').pop() ?? '') as Outcome);
    });
  });
}

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'racedesk-oversized-'));
});
afterAll(async () => rm(folder, { recursive: true, force: true }));

describe('oversized input', () => {
  it('refuses a 200 MB timing CSV by its size, without reading it into memory', async () => {
    const path = join(folder, 'huge-laps.csv');
    const header = (await readFile(resolve(REPO, '../shared/data/wec/fuji_6h.csv'), 'utf8')).split('\n').slice(0, 2).join('\n');
    await writeLargeFile(path, 200, `${header}\n`, '12;1;2;1:53.610;0;;26.770;0;29.296;0;57.544;0;144.6;3:28.975;11:03:56.466;0:26.770;0:29.296;0:57.544;315.8;Will STEVENS;;HYPERCAR;H;Hertz Team JOTA;Porsche;GF;26.770;29.296;57.544;\n');
    expect((await stat(path)).size).toBeGreaterThanOrEqual(200 * MEGABYTE);
    const outcome = await importInChild('timing', path, join(folder, 'library-timing'));
    console.log(`200 MB CSV: ${JSON.stringify(outcome)}`);
    expect(outcome).toMatchObject({ code: 'bad-file', message: expect.stringMatching(/^huge-laps\.csv: 200 MB is too large for a timing file/) });
    // Refused from its size: memory grows by far less than the file.
    expect(outcome.peakRssMegabytes - outcome.rssBeforeMegabytes).toBeLessThan(50);
    expect(outcome.milliseconds).toBeLessThan(5000);
    await rm(path);
  }, 180_000);

  it('refuses a 49 MB HTML page, just under the 50 MB file limit, with a message saying how much markup it has, with bounded memory', async () => {
    const path = join(folder, 'huge-page.html');
    await writeLargeFile(path, 48.5, '<!doctype html><html><head><title>Sebring</title></head><body>', '<p>Derani took pole by 0.204s over Nasr in the No. 31 Cadillac.</p>\n', '</body></html>');
    const outcome = await importInChild('report', path, join(folder, 'library-report'));
    console.log(`49 MB HTML: ${JSON.stringify(outcome)}`);
    expect(outcome).toMatchObject({ code: 'bad-file', message: expect.stringMatching(/^huge-page\.html: 4\d\.\d MB of .*Racedesk imports at most 4 MB/) });
    // The file's bytes and its decoded text (two bytes a character) are about all it may hold.
    expect(outcome.peakRssMegabytes - outcome.rssBeforeMegabytes).toBeLessThan(400);
    expect(outcome.milliseconds).toBeLessThan(15_000);
    await rm(path);
  }, 180_000);
});
