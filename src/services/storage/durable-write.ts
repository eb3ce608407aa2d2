import { randomBytes } from 'node:crypto';
import { link, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The last good copy kept beside each durable file, so a file that fails to parse can be restored. */
export function backupPathOf(path: string): string {
  return join(dirname(path), `${basename(path)}.bak`);
}

async function fsyncPath(path: string, flags: string): Promise<void> {
  const handle = await open(path, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function ignoreMissing(action: Promise<unknown>): Promise<void> {
  try {
    await action;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/**
 * Replaces `path` with `data` so that a crash at any moment leaves either the old or the new complete file:
 * write a temp file, fsync it, keep the old file as `.bak` (a hard link, no copy), rename, fsync the folder.
 * lowdb's own writer does not fsync, which is why this exists.
 */
export async function writeFileDurably(path: string, data: string | Uint8Array): Promise<void> {
  const folder = dirname(path);
  const temp = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await ignoreMissing(unlink(temp));
    throw error;
  }
  await handle.close();
  const backup = backupPathOf(path);
  await ignoreMissing(unlink(backup));
  await ignoreMissing(link(path, backup));
  await rename(temp, path);
  await fsyncPath(folder, 'r');
}
