import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileDurably } from '../storage/durable-write';
import { readTextIfExists } from '../storage/read-text';

/** How the last sync ended, kept in `.git/racedesk/last-sync.json` so every Racedesk on the library can say. */
export interface LastSync {
  lastSyncedAt: string | null;
  error: { code: string; message: string } | null;
}

function pathIn(gitDir: string): string {
  return join(gitDir, 'racedesk', 'last-sync.json');
}

export async function readLastSync(gitDir: string): Promise<LastSync> {
  try {
    const value = JSON.parse((await readTextIfExists(pathIn(gitDir))) ?? 'null') as Partial<LastSync> | null;
    return { lastSyncedAt: typeof value?.lastSyncedAt === 'string' ? value.lastSyncedAt : null, error: value?.error ?? null };
  } catch {
    return { lastSyncedAt: null, error: null };
  }
}

export async function writeLastSync(gitDir: string, last: LastSync): Promise<void> {
  await mkdir(dirname(pathIn(gitDir)), { recursive: true });
  await writeFileDurably(pathIn(gitDir), JSON.stringify(last));
}
