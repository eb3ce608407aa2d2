import { readdir, rm, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

async function lockFilesUnder(folder: string, depth: number): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const found: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && depth > 0 && entry.name !== 'objects') found.push(...(await lockFilesUnder(path, depth - 1)));
    else if (entry.isFile() && entry.name.endsWith('.lock')) found.push(path);
  }
  return found;
}

async function stillThere(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Removes the `*.lock` files a killed git left in the library's repository (index.lock, HEAD.lock, refs'
 * locks), which would refuse every later sync. Call it only while holding the library lock, so no live
 * Racedesk git is at work; a git orphaned by a killed Racedesk gets `graceMilliseconds` to finish first.
 * Answers the locks removed, relative to the repository.
 */
export async function removeStaleGitLocks(gitDir: string, graceMilliseconds = 2000): Promise<string[]> {
  let locks = await lockFilesUnder(gitDir, 6);
  const deadline = Date.now() + graceMilliseconds;
  while (locks.length > 0 && Date.now() < deadline) {
    await sleep(100);
    const remaining: string[] = [];
    for (const lock of locks) if (await stillThere(lock)) remaining.push(lock);
    locks = remaining;
  }
  for (const lock of locks) await rm(lock, { force: true });
  return locks.map((lock) => relative(gitDir, lock));
}
