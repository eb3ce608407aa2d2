import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../../..');
const seed = path.resolve(repo, '../shared/seeds/003_d40ddc186b745cfd.txt');

async function racedesk(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run('node', ['bin/racedesk.js', ...args], { cwd: repo });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

describe('racedesk claims', () => {
  it('prints one JSON object whose claims point at their figures in the file', async () => {
    const { stdout, code } = await racedesk('claims', seed, '--json');
    expect(code).toBe(0);
    const output = JSON.parse(stdout) as { file: string; claims: Record<string, unknown>[] };
    const text = readFileSync(seed, 'utf8');
    expect(output.file).toBe(seed);
    expect(output.claims.length).toBeGreaterThan(0);
    for (const claim of output.claims) {
      expect(Object.keys(claim)).toEqual([
        'kind', 'text', 'start', 'end', 'value', 'unit', 'qualifier', 'subject', 'reference', 'direction', 'scope',
        'sentence',
      ]);
      expect(text.slice(claim.start as number, claim.end as number)).toBe(claim.text);
    }
    expect(output.claims).toContainEqual(
      expect.objectContaining({ kind: 'lap_time', text: "1'32''656'''", value: 92.656, subject: 'Pipo Derani' }),
    );
  }, 60_000);

  it('keeps offsets into an HTML file as decoded, past tags and entities', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'racedesk-claims-'));
    const file = path.join(folder, 'report.html');
    const html = '<p>Lazare&rsquo;s lap was <b>.185 seconds</b> faster than Stevan McAleer&#39;s.</p>';
    writeFileSync(file, html);
    const { stdout, code } = await racedesk('claims', file, '--json');
    expect(code).toBe(0);
    const [gap] = (JSON.parse(stdout) as { claims: { text: string; start: number; end: number }[] }).claims;
    expect(gap.text).toBe('.185 seconds');
    expect(html.slice(gap.start, gap.end)).toBe('.185 seconds');
  }, 60_000);

  it('prints a readable table without --json', async () => {
    const { stdout, code } = await racedesk('claims', seed);
    expect(code).toBe(0);
    expect(stdout).toMatch(/lap_time\s+1'32''656'''\s+92\.656 s\s+exact\s+Pipo Derani/);
  }, 60_000);

  it('exits 2 with a one-line error when the file cannot be read', async () => {
    const { stderr, code } = await racedesk('claims', path.join(tmpdir(), 'no-such-report.txt'), '--json');
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('no-such-report.txt');
  }, 60_000);
});
