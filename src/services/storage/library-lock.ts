import { readFileSync, unlinkSync } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { RacedeskError } from '../../domain/errors';
import { tryLockFile, unlockFile } from './lock-file';
import { isThisProcess, parseOwner } from './lock-owner';
import { removeStaleTempFiles } from './stale-temp-files';

/** The lock file in the library folder: `{ pid, host, startedAt }` of the Racedesk that has it open. */
export const LOCK_FILE_NAME = '.lock';

export interface LibraryLockOptions {
  /** How long to wait for another Racedesk to let go before refusing; 0 refuses at once. */
  waitMilliseconds?: number;
  retryMilliseconds?: number;
}

/** A hold on a library; `release()` lets go (once; later calls do nothing). */
export interface LibraryLock {
  folder: string;
  release(): Promise<void>;
}

interface Hold {
  count: number;
  taken: Promise<void>;
}

const holds = new Map<string, Hold>();

async function takeLock(folder: string, options: LibraryLockOptions): Promise<void> {
  const path = join(folder, LOCK_FILE_NAME);
  const deadline = Date.now() + (options.waitMilliseconds ?? 2000);
  for (;;) {
    const attempt = await tryLockFile(path);
    if (attempt.taken) break;
    if (Date.now() >= deadline) {
      const { pid, host, startedAt } = attempt.owner;
      throw new RacedeskError(
        'locked',
        `The library at ${folder} is open in another Racedesk (pid ${pid} on ${host}, since ${startedAt}); close it or use --library to open another folder.`,
      );
    }
    await sleep(options.retryMilliseconds ?? 100);
  }
  await removeStaleTempFiles(folder);
}

function releaseAllOnExit(): void {
  for (const folder of holds.keys()) {
    const path = join(folder, LOCK_FILE_NAME);
    try {
      const owner = parseOwner(readFileSync(path, 'utf8'));
      if (owner && isThisProcess(owner)) unlinkSync(path);
    } catch {
      // Already gone, or the folder was removed: nothing to let go of.
    }
  }
}
process.once('exit', releaseAllOnExit);

/**
 * Takes the library at `folder` for this process, so two Racedesks (or the CLI beside the app) never write
 * into it at once. Re-entrant within a process: each acquire needs its own release, and the lock file goes
 * when the last one is released or the process exits. A lock whose process is dead is taken over, and
 * temp files crashed writers left are cleared. Throws `RacedeskError('locked')` when another live process
 * holds it past `waitMilliseconds`.
 */
export async function acquireLibraryLock(folder: string, options: LibraryLockOptions = {}): Promise<LibraryLock> {
  const key = await realpath(folder);
  for (;;) {
    let hold = holds.get(key);
    if (!hold) {
      const fresh: Hold = { count: 0, taken: takeLock(key, options) };
      holds.set(key, fresh);
      fresh.taken.catch(() => {
        if (holds.get(key) === fresh) holds.delete(key);
      });
      hold = fresh;
    }
    await hold.taken;
    // The last holder may have let go while this one waited: take it afresh.
    if (holds.get(key) !== hold) continue;
    hold.count += 1;
    const held = hold;
    let released = false;
    return {
      folder: key,
      async release() {
        if (released) return;
        released = true;
        held.count -= 1;
        if (held.count > 0 || holds.get(key) !== held) return;
        holds.delete(key);
        await unlockFile(join(key, LOCK_FILE_NAME));
      },
    };
  }
}
