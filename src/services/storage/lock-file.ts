import { randomBytes } from 'node:crypto';
import { link, rename, unlink, writeFile } from 'node:fs/promises';
import { isDead, isThisProcess, parseOwner, thisProcess, type LockOwner } from './lock-owner';
import { readTextIfExists } from './read-text';

async function ignoreMissing(action: Promise<unknown>): Promise<void> {
  try {
    await action;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/** Creates `path` holding this process's signature, or answers false if it exists. Never half-written. */
async function createExclusive(path: string): Promise<boolean> {
  const text = JSON.stringify(thisProcess());
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(temp, text, { flag: 'wx' });
  try {
    // link() fails with EEXIST atomically, and the lock appears with its whole content.
    await link(temp, path);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
    // Filesystems without hard links: O_EXCL create, then write.
    try {
      await writeFile(path, text, { flag: 'wx' });
      return true;
    } catch (fallbackError) {
      if ((fallbackError as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw fallbackError;
    }
  } finally {
    await ignoreMissing(unlink(temp));
  }
}

/** Moves a dead owner's lock out of the way, putting it back if someone else's fresh lock was moved instead. */
async function removeStale(path: string, staleText: string): Promise<void> {
  const aside = `${path}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await rename(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if ((await readTextIfExists(aside)) !== staleText) {
    try {
      await link(aside, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  await ignoreMissing(unlink(aside));
}

export type LockAttempt = { taken: true } | { taken: false; owner: LockOwner };

/**
 * One attempt at the lock file: take it if free, if ours, or if its owner is dead (or it holds no owner at
 * all); otherwise answer who holds it.
 */
export async function tryLockFile(path: string): Promise<LockAttempt> {
  for (;;) {
    if (await createExclusive(path)) return { taken: true };
    const text = await readTextIfExists(path);
    if (text === null) continue;
    const owner = parseOwner(text);
    if (owner && isThisProcess(owner)) return { taken: true };
    if (owner && !isDead(owner)) return { taken: false, owner };
    await removeStale(path, text);
  }
}

/** Deletes the lock file if this process holds it. */
export async function unlockFile(path: string): Promise<void> {
  const text = await readTextIfExists(path);
  const owner = text === null ? null : parseOwner(text);
  if (owner && isThisProcess(owner)) await ignoreMissing(unlink(path));
}
