import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openRacedeskServices, type RacedeskServices } from '../../../src/services/racedesk-services';

/** The real timing files, read-only, beside the repo. */
export const DATA = resolve(import.meta.dirname, '../../..', '../shared/data');

export const ROAR_2024 = join(DATA, 'imsa/2024/01-roar-before-the-24');
export const ROAR_QUALIFYING_RESULTS = join(ROAR_2024, '202401211355-qualifying-results.csv');
export const ROAR_QUALIFYING_LAPS = join(ROAR_2024, '202401211355-qualifying-laps.csv');
export const ROAR_QUALIFYING_ID = 'imsa-2024-roar-before-the-24-202401211355-qualifying';

export async function freshLibrary(prefix = 'racedesk-timing-'): Promise<{ folder: string; services: RacedeskServices }> {
  const folder = await mkdtemp(join(tmpdir(), prefix));
  return { folder, services: await openRacedeskServices(folder) };
}

/** A fresh library holding the 2024 Roar qualifying, results and laps, imported from the real files. */
export async function roarQualifyingLibrary(): Promise<{ folder: string; services: RacedeskServices }> {
  const library = await freshLibrary();
  await library.services.timing.importPaths([ROAR_QUALIFYING_RESULTS, ROAR_QUALIFYING_LAPS], {});
  return library;
}

/** A row of a real file as cells, found by its first cells, for asserting facts against the file itself. */
export async function fileRow(path: string, ...firstCells: string[]): Promise<Record<string, string>> {
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  const [header, ...lines] = text.split(/\r?\n/);
  const delimiter = header.includes(';') ? ';' : ',';
  const names = header.split(delimiter).map((name) => name.trim());
  const line = lines.find((candidate) => firstCells.every((cell, index) => candidate.split(delimiter)[index] === cell));
  if (!line) throw new Error(`no row ${firstCells.join(delimiter)} in ${path}`);
  const cells = line.split(delimiter);
  return Object.fromEntries(names.map((name, index) => [name, cells[index] ?? '']));
}
