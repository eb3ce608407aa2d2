import { readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';

// writeFileDurably names its temp files `.<name>.<pid>.<8 hex>.tmp`.
const TEMP_FILE = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

/**
 * Deletes temp files a killed writer left behind anywhere under `folder`; call it only while holding the
 * library lock, so no other process is writing. This process's own temp files are left alone.
 * Returns how many were removed.
 */
export async function removeStaleTempFiles(folder: string): Promise<number> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
  let removed = 0;
  for (const entry of entries) {
    const path = join(folder, entry.name);
    // A shared library's git repository is git's to look after, and walking its objects costs a start-up.
    if (entry.isDirectory() && entry.name === '.git') continue;
    if (entry.isDirectory()) {
      removed += await removeStaleTempFiles(path);
      continue;
    }
    const match = TEMP_FILE.exec(entry.name);
    if (!entry.isFile() || !match || Number(match[1]) === process.pid) continue;
    try {
      await unlink(path);
      removed += 1;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return removed;
}
