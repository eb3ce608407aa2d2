import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SyncStatus } from '../../api/sync';
import { RacedeskError } from '../../domain/errors';
import type { ConflictChoice } from '../../domain/sync/sync-conflict';
import { openServicesFor } from '../library-option';

const WRITER_SOURCES: Record<SyncStatus['writer']['source'], string> = {
  library: 'set for this library with --name',
  git: "git's user.name",
  computer: "this computer's login name; set another with racedesk sync init --name",
};

function describe(status: SyncStatus): string {
  if (!status.shared) return 'This library is not shared. Share it with: racedesk sync init <remote> --name "Your Name"\n';
  const lines = [
    `Shared with ${status.remote} as ${status.writer.name} (${WRITER_SOURCES[status.writer.source]}).`,
    status.error ? `Last sync failed: ${status.error.message}` : status.lastSyncedAt ? `Synced at ${status.lastSyncedAt}.` : 'Not synced yet.',
    status.changesWaiting ? `${status.changesWaiting} change${status.changesWaiting > 1 ? 's' : ''} waiting to be sent.` : 'Nothing waiting to be sent.',
    ...status.notices,
  ];
  if (status.conflicts.length) {
    lines.push(`${status.conflicts.length} article${status.conflicts.length > 1 ? 's' : ''} in conflict (changed on two laptops at once; both texts kept):`);
    for (const conflict of status.conflicts) lines.push(`  ${conflict.id}  ${conflict.headline}${conflict.role === 'copy' ? '  (the copy)' : ''}`);
    lines.push('Resolve each with: racedesk sync resolve <id> --keep this|other|both');
  }
  return `${lines.join('\n')}\n`;
}

function print(status: SyncStatus, json: boolean | undefined): void {
  process.stdout.write(json ? `${JSON.stringify(status, null, 2)}\n` : describe(status));
  // Synced, but the writer has conflicts to settle: a finding, as `check` exits 1 on a contradiction.
  process.exitCode = status.conflicts.length > 0 ? 1 : 0;
}

/** A folder given by a relative path is tied to by its absolute path, so the library finds it from anywhere. */
function remoteArgument(remote: string): string {
  return !/^[a-z][a-z0-9+.-]*:\/\//i.test(remote) && !/^[^/\\]+@[^:]+:/.test(remote) && existsSync(remote) ? resolve(remote) : remote;
}

/**
 * `racedesk sync init <remote>`, `racedesk sync` (now), `racedesk sync status` and `racedesk sync resolve`.
 * Exit 0: synced; 1: synced, with conflicts waiting to be resolved; 2: could not sync (offline, refused,
 * bad input): nothing here was lost, and the reason is printed.
 */
export function registerSyncCommand(program: Command): void {
  const sync = program.command('sync').description('share the library with the newsroom through a git repository, and sync it');
  sync
    .command('now', { isDefault: true })
    .description('sync now: send what was saved here, bring what the others sent (the default)')
    .option('--json', 'print the sync state as JSON')
    .action(async (flags: { json?: boolean }, command: Command) => {
      const services = await openServicesFor(command);
      try {
        print(await services.sync.now(), flags.json);
      } finally {
        await services.close();
      }
    });
  sync
    .command('init <remote>')
    .description('share this library through a bare git repository (a folder on a shared drive, ssh:// or https://) and sync it once')
    .option('--name <writer>', "your name on every save (default: git's user.name, else this computer's login name)")
    .option('--json', 'print the sync state as JSON')
    .action(async (remote: string, flags: { name?: string; json?: boolean }, command: Command) => {
      const services = await openServicesFor(command);
      try {
        print(await services.sync.share({ remote: remoteArgument(remote), ...(flags.name ? { writer: flags.name } : {}) }), flags.json);
      } finally {
        await services.close();
      }
    });
  sync
    .command('status')
    .description('what is shared, with whom, what is waiting, and which articles are in conflict')
    .option('--json', 'print the sync state as JSON')
    .action(async (flags: { json?: boolean }, command: Command) => {
      const services = await openServicesFor(command);
      try {
        print(await services.sync.status(), flags.json);
      } finally {
        await services.close();
      }
    });
  sync
    .command('resolve <article>')
    .description('settle a sync conflict: keep this article\'s text, the other one\'s, or both as separate articles')
    .requiredOption('--keep <which>', 'this, other or both')
    .action(async (articleId: string, flags: { keep: string }, command: Command) => {
      if (!['this', 'other', 'both'].includes(flags.keep)) throw new RacedeskError('bad-input', `--keep: expected this, other or both, got "${flags.keep}"`);
      const services = await openServicesFor(command);
      try {
        const article = await services.sync.resolveConflict(articleId, flags.keep as ConflictChoice);
        process.stdout.write(`resolved   ${article.id}  ${article.meta.headline}\n`);
      } finally {
        await services.close();
      }
    });
}
