import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../../src/cli';
import { exportFormats } from '../../../src/domain/export/export-options';
import { countNoBreakSpaces, readBack } from './read-back';
import { SEEDS_FOLDER } from './seeds';
import { withoutLayout } from './sentences';

const CANADA = join(SEEDS_FOLDER, '004_1efd8eb26c86836d.txt');
/** The three U+00A0 the Canadian report has inside its sentences, all in this line. */
const THOMPSON = 'P1 GTD / P3 overall - Parker Thompson\u00a0 Q - No. 12 Vasser Sullivan Lexus';

let folder: string;
let ruleOff: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'racedesk-nbsp-cli-'));
  ruleOff = join(folder, 'keep-no-break-spaces.json');
  await writeFile(ruleOff, JSON.stringify({ noBreakSpaces: { enabled: false } }));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** `racedesk export` run in this process, as the command line runs it; the exported file's bytes if it wrote one. */
async function exportCanada(format: string, houseStyle: string, name: string): Promise<{ code: number; err: string; bytes: Uint8Array | null }> {
  const output = join(folder, `${name}.${format}`);
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
  try {
    const code = await main(['node', 'racedesk', 'export', CANADA, '--format', format, '--house-style', houseStyle, '-o', output]);
    const written = await stat(output).then(() => true, () => false);
    return { code, err, bytes: written ? new Uint8Array(await readFile(output)) : null };
  } finally {
    vi.restoreAllMocks();
  }
}

describe('racedesk export of the Canadian report, non-breaking spaces', { timeout: 60_000 }, () => {
  it.each(exportFormats)('leaves none in %s with the default house style', async (format) => {
    const { code, bytes } = await exportCanada(format, 'default', 'default-style');
    expect(code).toBe(0);
    const text = await readBack(format, bytes as Uint8Array);
    expect(countNoBreakSpaces(text)).toBe(0);
    expect(withoutLayout(text)).toContain(withoutLayout('Parker Thompson Q - No. 12 Vasser Sullivan Lexus'));
    if (format !== 'pdf') expect(text).toContain('(late entry we originally missed');
  });

  it.each(exportFormats)('keeps all three in %s with the rule turned off', async (format) => {
    const { code, bytes } = await exportCanada(format, ruleOff, 'rule-off');
    expect(code).toBe(0);
    const text = await readBack(format, bytes as Uint8Array);
    expect(countNoBreakSpaces(text)).toBe(3);
    if (format !== 'pdf') expect(text).toContain(THOMPSON);
  });

  it('refuses a house style whose rule is neither on nor off, naming it, and writes nothing', async () => {
    const wrong = join(folder, 'wrong.json');
    await writeFile(wrong, JSON.stringify({ noBreakSpaces: { enabled: 'sometimes' } }));
    const { code, err, bytes } = await exportCanada('md', wrong, 'refused');
    expect(code).toBe(2);
    expect(err).toContain('noBreakSpaces.enabled');
    expect(bytes).toBeNull();
  });
});
