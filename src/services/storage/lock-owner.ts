import { hostname } from 'node:os';

/** Who holds a library: written into `<library>/.lock`. */
export interface LockOwner {
  pid: number;
  host: string;
  startedAt: string;
}

const startedAt = new Date().toISOString();

/** This process, as it signs a lock it takes. */
export function thisProcess(): LockOwner {
  return { pid: process.pid, host: hostname(), startedAt };
}

/** The owner written in a lock file, or null when the text is not one (a lock nobody can have written whole). */
export function parseOwner(text: string): LockOwner | null {
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string') return null;
    return { pid: value.pid, host: value.host, startedAt: String(value.startedAt ?? '') };
  } catch {
    return null;
  }
}

export function isThisProcess(owner: LockOwner): boolean {
  return owner.pid === process.pid && owner.host === hostname();
}

/** True when the owner ran on this machine and its pid no longer exists. An owner on another host is never stale. */
export function isDead(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return false;
  try {
    process.kill(owner.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
