import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Every file under `folder`, as paths, temp files included. */
export async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? filesUnder(join(folder, entry.name)) : Promise.resolve([join(folder, entry.name)]))),
  );
  return nested.flat();
}

/** The library's files Racedesk reads (`*.json`, their `.bak` and the lock), each with what JSON.parse made of it. */
export async function parseLibraryFiles(folder: string): Promise<{ path: string; error: string | null }[]> {
  const paths = (await filesUnder(folder)).filter((path) => /\.json(\.bak)?$|\/\.lock$/.test(path));
  return Promise.all(
    paths.map(async (path) => {
      try {
        JSON.parse(await readFile(path, 'utf8'));
        return { path, error: null };
      } catch (error) {
        return { path, error: (error as Error).message };
      }
    }),
  );
}
