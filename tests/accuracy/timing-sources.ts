import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { TimingSource } from './corpus';

/** Real timing data beside the repository, as CI has it. */
export const SHARED_DATA = resolve(import.meta.dirname, '../../../shared/data');
/** Timing from public repositories, copied out of fetched snapshots by `npm run corpus:timing`; never committed. */
export const TIMING_CACHE = resolve(import.meta.dirname, '../corpus/.timing');

/** Where a timing line's files are on this machine, and the session keys they hold. */
export type ResolvedSource =
  | { found: true; paths: string[]; race: string | null; keys: Map<string, string[]>; from: 'shared' | 'cache' }
  | { found: false; reason: string };

/**
 * Finds a timing line's files: `../shared/data` first (where the steering repository keeps data, under the
 * layout of `sharedPathOf`), then the local cache of fetched files. Keys map to the file names that hold them.
 */
export function resolveSource(source: TimingSource): ResolvedSource {
  if (source.origin === 'shared') {
    const path = join(SHARED_DATA, source.path);
    if (!existsSync(path)) return { found: false, reason: `../shared/data/${source.path} is not on this machine` };
    if (source.race !== null) return { found: true, paths: [path], race: source.race, keys: new Map([['qualifying', []], ['race', []]]), from: 'shared' };
    return { found: true, paths: [path], race: null, keys: keysOf(path), from: 'shared' };
  }
  const shared = sharedPathOf(source);
  if (shared && existsSync(join(SHARED_DATA, shared))) {
    const path = join(SHARED_DATA, shared);
    return { found: true, paths: [path], race: null, keys: keysOf(path), from: 'shared' };
  }
  const cached = cachePathOf(source);
  if (existsSync(cached)) return { found: true, paths: [cached], race: null, keys: keysOf(cached), from: 'cache' };
  return { found: false, reason: `${source.written} is neither in ../shared/data${shared ? `/${shared}` : ''} nor fetched (npm run corpus:timing)` };
}

/** Where a fetched file lives in the cache. */
export function cachePathOf(source: TimingSource): string {
  return join(TIMING_CACHE, source.origin.replace('/', '+'), source.path);
}

/**
 * Where `../shared/data` would keep a fetched file, following its SOURCES.md: IMSA under `imsa/<year>/<event>`,
 * WEC under `wec/<year>/<file>`.
 */
export function sharedPathOf(source: TimingSource): string | null {
  if (source.origin === 'tobi/imsa_data') {
    const match = /^data\/(\d{4}\/.+)$/.exec(source.path);
    return match ? `imsa/${match[1]}` : null;
  }
  if (source.origin === 'y047aka/elm-motorsport-analysis') {
    const match = /^app\/static\/wec\/(\d{4}\/.+)$/.exec(source.path);
    return match ? `wec/${match[1]}` : null;
  }
  return null;
}

/** Session keys of a folder or file: `202308051315-qualifying-laps.csv` holds `qualifying`; a lone race file `race`. */
export function keysOf(path: string): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  const files = statSync(path).isDirectory() ? readdirSync(path).map((name) => join(path, name)) : [path];
  for (const file of files) {
    const name = basename(file);
    const alKamel = /^\d{12}-(.+)-(?:results|laps)\.csv$/i.exec(name);
    const key = alKamel ? alKamel[1] : /\.csv$/i.test(name) && !/-weather\.csv$/i.test(name) && files.length === 1 ? 'race' : null;
    if (!key) continue;
    keys.set(key, [...(keys.get(key) ?? []), file]);
  }
  return keys;
}
