import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docFromPlainText } from '../../../src/domain/articles/plain-text';
import { openRacedeskServices } from '../../../src/services/racedesk-services';
import { SEEDS_FOLDER } from './seeds';
import { pdfText } from './pdf-text';

const run = promisify(execFile);
const repo = resolve(import.meta.dirname, '../../..');
const ROAR_2024 = resolve(repo, '../shared/data/imsa/2024/01-roar-before-the-24');
const ROAR_REPORT = join(SEEDS_FOLDER, '003_d40ddc186b745cfd.txt');

async function racedesk(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run('node', [join(repo, 'bin/racedesk.js'), ...args], { cwd: folder, maxBuffer: 20_000_000 });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

let folder: string;
let library: string;
let wrongPoleId: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'racedesk-export-cli-'));
  library = join(folder, 'library');
  const services = await openRacedeskServices(library);
  const roar = await services.timing.importPaths([ROAR_2024], {});
  const created = await services.articles.create({ headline: 'Derani on pole at the Roar' });
  const saved = await services.articles.save(created.id, {
    baseRevision: created.revision,
    doc: docFromPlainText("Pipo Derani turned in 1'32''956''' to take pole for Cadillac."),
    linkedSessionIds: [roar.sessions[0].id],
  });
  wrongPoleId = saved.id;
  await services.close();
}, 60_000);

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('racedesk export', { timeout: 90_000 }, () => {
  it('exports a raw report straight to DOCX that reads back to its sentences', async () => {
    const output = join(folder, 'roar.docx');
    const { code, stdout } = await racedesk('export', ROAR_REPORT, '--format', 'docx', '-o', output);
    expect(code).toBe(0);
    expect(stdout.trim()).toBe(output);
    const { value } = await mammoth.extractRawText({ buffer: await readFile(output) });
    expect(value).toContain("Dirani turned in 1'32''656''', lowering Blomqvist's fastest lap");
  });

  it('applies the default house style when asked and writes a PDF', async () => {
    const output = join(folder, 'roar.pdf');
    const { code } = await racedesk('export', ROAR_REPORT, '--format', 'pdf', '--house-style', 'default', '-o', output);
    expect(code).toBe(0);
    const { text } = await pdfText(new Uint8Array(await readFile(output)));
    expect(text.replace(/\s+/g, ' ')).toContain('Dirani turned in 1:32.656, lowering');
  });

  it('refuses a library article with a contradicted lap time, exit 1, and writes nothing', async () => {
    const output = join(folder, 'wrong.md');
    const report = join(folder, 'wrong-report.json');
    const { code, stderr } = await racedesk('--library', library, 'export', wrongPoleId, '--format', 'md', '-o', output, '--report', report);
    expect(code).toBe(1);
    expect(stderr).toContain("1'32''956'''");
    expect(await exists(output)).toBe(false);
    const written = JSON.parse(await readFile(report, 'utf8')) as { open: number; claims: { text: string; verdict: string; suggestion: string | null }[] };
    const pole = written.claims.find((claim) => claim.text === "1'32''956'''");
    expect(pole?.verdict).toBe('contradicted');
    expect(pole?.suggestion).toBe("1'32''656'''");
    expect(written.open).toBe(1);
  });

  it('exports it anyway with --force', async () => {
    const output = join(folder, 'forced.md');
    const { code } = await racedesk('--library', library, 'export', wrongPoleId, '--format', 'md', '-o', output, '--force');
    expect(code).toBe(0);
    expect(await readFile(output, 'utf8')).toBe("# Derani on pole at the Roar\n\nPipo Derani turned in 1'32''956''' to take pole for Cadillac.\n");
  });

  it('rejects an unknown format with exit 2', async () => {
    const { code, stderr } = await racedesk('export', ROAR_REPORT, '--format', 'rtf');
    expect(code).toBe(2);
    expect(stderr).toMatch(/--format/);
  });
});
