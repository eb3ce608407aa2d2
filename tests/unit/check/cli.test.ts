import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROAR_2024, SEBRING_2024, SHARED } from './timing-data';

const run = promisify(execFile);
const repo = path.resolve(import.meta.dirname, '../../..');
const seed003 = path.join(SHARED, 'seeds/003_d40ddc186b745cfd.txt');

async function racedesk(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run('node', ['bin/racedesk.js', ...args], { cwd: repo, maxBuffer: 20_000_000 });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

const CLAIM_KEYS = [
  'kind', 'text', 'start', 'end', 'value', 'unit', 'qualifier', 'subject', 'reference', 'direction', 'scope', 'sentence',
  'verdict', 'expected', 'evidence', 'suggestion',
];

describe('racedesk check', () => {
  it('prints the report as one JSON object and exits 1 when a figure is contradicted', async () => {
    const { stdout, code } = await racedesk('check', seed003, '--data', ROAR_2024, '--json');
    expect(code).toBe(1);
    const output = JSON.parse(stdout) as {
      file: string;
      sessions: { id: string; name: string; track: string; date: string }[];
      claims: Record<string, unknown>[];
      names: { text: string; start: number; end: number; suggestion: string }[];
    };
    const text = readFileSync(seed003, 'utf8');
    expect(output.file).toBe(seed003);
    expect(output.sessions).toEqual([
      { id: expect.any(String), name: 'Roar Before the 24 Qualifying', track: 'Daytona International Speedway', date: '2024-01-21' },
    ]);
    for (const claim of output.claims) {
      for (const key of CLAIM_KEYS) expect(claim).toHaveProperty(key);
      expect(text.slice(claim.start as number, claim.end as number)).toBe(claim.text);
    }
    const pole = output.claims.find((claim) => claim.text === "1'32''656'''");
    expect(pole).toMatchObject({ verdict: 'confirmed', expected: 92.656, evidence: '#31 Whelen Engineering Cadillac Racing, Pipo Derani, lap 5, 1:32.656' });
    expect(output.claims.find((claim) => claim.text === 'fifth')).toMatchObject({ verdict: 'contradicted', expected: 4, suggestion: 'fourth' });
    const dirani = output.names.find((name) => name.text === 'Dirani');
    expect(dirani && { ...dirani, reason: undefined }).toEqual({ text: 'Dirani', start: text.indexOf('Dirani'), end: text.indexOf('Dirani') + 6, suggestion: 'Derani', reason: undefined });
  }, 60_000);

  it('exits 0 when nothing is contradicted, and lists contradicted lines first in the readable report', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'racedesk-check-cli-'));
    try {
      const good = path.join(folder, 'good.txt');
      writeFileSync(good, 'Pipo Derani took pole for Whelen Engineering Cadillac Racing with a 1:32.656.\n');
      expect((await racedesk('check', good, '--data', ROAR_2024)).code).toBe(0);
      const mixed = path.join(folder, 'mixed.txt');
      writeFileSync(mixed, 'Pipo Derani took pole with a 1:32.656.\n\nFelipe Nasr was fifth in the #7 Porsche.\n');
      const { stdout, code } = await racedesk('check', mixed, '--data', ROAR_2024);
      expect(code).toBe(1);
      const lines = stdout.trim().split('\n');
      expect(lines[0]).toMatch(/^CONTRADICTED\s+line 3\s+fifth → third/);
      expect(lines.at(-1)).toMatch(/contradicted/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);

  it('points offsets of an .html report at the figures and names in the file as written', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'racedesk-check-cli-'));
    try {
      const page = path.join(folder, 'report.html');
      const html = '<p>Pole went to <b>Dirani</b> in the #31 with a <i>1:32.656</i> &amp; Nasr was fifth in the #7.</p>';
      writeFileSync(page, html);
      const { stdout, code } = await racedesk('check', page, '--data', ROAR_2024, '--json');
      expect(code).toBe(1);
      const output = JSON.parse(stdout) as { claims: { text: string; start: number; end: number; verdict: string }[]; names: { text: string; start: number; end: number }[] };
      for (const item of [...output.claims, ...output.names]) expect(html.slice(item.start, item.end)).toBe(item.text);
      expect(output.claims.find((claim) => claim.text === '1:32.656')?.verdict).toBe('confirmed');
      expect(output.claims.find((claim) => claim.text === 'fifth')?.verdict).toBe('contradicted');
      expect(output.names.map((name) => name.text)).toEqual(['Dirani']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);

  it('checks against the library with --library, picking the stored event the report is about', async () => {
    const library = mkdtempSync(path.join(tmpdir(), 'racedesk-check-library-'));
    try {
      expect((await racedesk('--library', library, 'import', ROAR_2024, SEBRING_2024)).code).toBe(0);
      const { stdout, code } = await racedesk('--library', library, 'check', seed003, '--json');
      expect(code).toBe(1);
      const output = JSON.parse(stdout) as { sessions: { name: string }[] };
      expect(output.sessions.map((session) => session.name)).toEqual(['Roar Before the 24 Qualifying']);
    } finally {
      rmSync(library, { recursive: true, force: true });
    }
  }, 90_000);

  it('exits 2 with a one-line error on bad input or usage', async () => {
    const missing = await racedesk('check', path.join(SHARED, 'seeds/no-such-report.txt'), '--data', ROAR_2024);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read the report/);
    const noData = await racedesk('check', seed003);
    expect(noData.code).toBe(2);
    expect(noData.stderr).toMatch(/--data/);
  }, 60_000);
});
