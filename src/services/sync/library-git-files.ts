import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably } from '../storage/durable-write';

/**
 * Never shared: the lock and its temp files, last good copies, temp files of writes in flight, files set
 * aside as broken, and the writer's own export settings. Kept in `.git/info/exclude`, which is this laptop's
 * alone, so nobody can change it from the shared side.
 */
export const LIBRARY_EXCLUDES = ['/.lock', '/.lock.*', '*.bak', '.*.tmp', '*.corrupt-*', '*.stale-*', '/settings/', ''].join('\n');

/**
 * Every file merges as a whole ("binary" to git), so git never writes conflict markers into JSON: Racedesk
 * settles each file changed on both sides itself. No end-of-line conversion, filters or keyword expansion.
 */
export const LIBRARY_ATTRIBUTES = ['* -text -merge -filter -ident -export-subst', ''].join('\n');

async function ensureFile(path: string, content: string): Promise<void> {
  let current: string | null = null;
  try {
    current = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (current !== content) await writeFileDurably(path, content);
}

/** Writes the library's ignore and attribute rules into `gitDir/info/`, if they are not there as they should be. */
export async function ensureLibraryGitFiles(gitDir: string): Promise<void> {
  await mkdir(join(gitDir, 'info'), { recursive: true });
  await ensureFile(join(gitDir, 'info', 'exclude'), LIBRARY_EXCLUDES);
  await ensureFile(join(gitDir, 'info', 'attributes'), LIBRARY_ATTRIBUTES);
}
