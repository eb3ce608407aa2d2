import { createHash, randomBytes } from 'node:crypto';
import { readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RacedeskServices } from '../../../src/services/racedesk-services';
import { ROAR_QUALIFYING_LAPS, ROAR_QUALIFYING_RESULTS, roarQualifyingLibrary } from './shared-data';

const CORPUS = resolve(import.meta.dirname, '../../fixtures/timing-malformed');

let folder: string;
let services: RacedeskServices;
beforeAll(async () => {
  ({ folder, services } = await roarQualifyingLibrary());
});
afterAll(async () => rm(folder, { recursive: true, force: true }));

/** Every file and folder under the library with a hash of its bytes. */
async function snapshot(root: string): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const entry of await readdir(root, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    found[relative(root, path)] = entry.isDirectory() ? 'folder' : createHash('sha256').update(await readFile(path)).digest('hex');
  }
  return found;
}

async function expectRefusedUnchanged(paths: string[], message: string): Promise<void> {
  const before = await snapshot(folder);
  await expect(services.timing.importPaths(paths, {})).rejects.toMatchObject({ code: 'bad-file', message });
  expect(await snapshot(folder)).toEqual(before);
}

describe('malformed timing files are refused with file, line and reason, and the library is unchanged', () => {
  const cases: [string, string][] = [
    ['unclosed-quote.csv', 'unclosed-quote.csv line 3: a quoted field is never closed'],
    ['ragged-rows-laps.csv', 'ragged-rows-laps.csv line 5: 12 columns, expected 26'],
    ['swapped-columns-laps.csv', 'swapped-columns-laps.csv line 4: LAP_TIME "Sebastien Bourdais" is not a time'],
    [
      'wrong-columns.csv',
      'wrong-columns.csv line 1: could not tell which columns hold the car number or driver (columns: Date, Amount, Description, Balance); give a mapping, e.g. --map time=Best,driver=Pilote',
    ],
    ['not-a-csv.csv', 'not-a-csv.csv line 1: not a table (one column "<!DOCTYPE html>"); expected results or laps separated by ; , or tabs'],
    ['empty.csv', 'empty.csv: the file is empty'],
    ['bom-only.csv', 'bom-only.csv: the file is empty'],
  ];
  for (const [file, message] of cases) {
    it(`refuses ${file}: "${message}"`, () => expectRefusedUnchanged([join(CORPUS, file)], message));
  }

  it('refuses a whole import when one of its files is bad, even beside good ones', async () => {
    await rm(join(folder, 'timing'), { recursive: true, force: true });
    await expectRefusedUnchanged([ROAR_QUALIFYING_RESULTS, join(CORPUS, 'ragged-rows-laps.csv')], 'ragged-rows-laps.csv line 5: 12 columns, expected 26');
    await expect(stat(join(folder, 'timing'))).rejects.toMatchObject({ code: 'ENOENT' });
    await services.timing.importPaths([ROAR_QUALIFYING_RESULTS, ROAR_QUALIFYING_LAPS], {});
  });

  it('refuses a 20 MB binary at once, from its first bytes', async () => {
    const binary = join(folder, '..', `racedesk-binary-${process.pid}.csv`);
    await writeFile(binary, Buffer.concat([Buffer.from('POS;NUMBER;TIME\n'), Buffer.alloc(1), randomBytes(20 * 1024 * 1024)]));
    try {
      await expectRefusedUnchanged([binary], `racedesk-binary-${process.pid}.csv: not a text file (binary data at byte 16)`);
      const started = performance.now();
      await services.timing.importPaths([binary], {}).catch(() => undefined);
      // Reading 20 MB and looking at every byte would take far longer than looking at the first 64 KB.
      expect(performance.now() - started).toBeLessThan(1000);
    } finally {
      await rm(binary, { force: true });
    }
  });

  it('refuses the same 20 MB binary sent by the app as an upload', async () => {
    const bytes = Buffer.concat([randomBytes(20 * 1024 * 1024), Buffer.alloc(16)]);
    bytes[100] = 0;
    const before = await snapshot(folder);
    await expect(services.timing.importFiles([{ fileName: 'timing.csv', dataBase64: bytes.toString('base64') }], {})).rejects.toMatchObject({
      code: 'bad-file',
      message: expect.stringMatching(/^timing\.csv: not a text file \(binary data( at byte \d+)?\)$/),
    });
    expect(await snapshot(folder)).toEqual(before);
  });
});
