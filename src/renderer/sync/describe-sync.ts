import type { SyncStatus } from '../../api/sync';

function time(iso: string): string {
  return new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

function waiting(count: number): string {
  return `${count} change${count === 1 ? '' : 's'} waiting`;
}

/** What the status bar says about sharing, in a few words: synced, N changes waiting, offline, failed. */
export function describeSync(status: SyncStatus): string {
  switch (status.state) {
    case 'not-shared':
      return 'Not shared';
    case 'syncing':
      return 'Syncing…';
    case 'synced':
      return status.lastSyncedAt ? `Synced ${time(status.lastSyncedAt)}` : 'Synced';
    case 'waiting':
      return waiting(status.changesWaiting);
    case 'offline': {
      const retry = status.nextAttemptAt ? `, retrying ${time(status.nextAttemptAt)}` : '';
      return `Offline · ${status.changesWaiting ? waiting(status.changesWaiting) : 'nothing waiting'}${retry}`;
    }
    case 'error':
      return `Sync failed${status.changesWaiting ? ` · ${waiting(status.changesWaiting)}` : ''}`;
  }
}

/** The conflict chip's words, or null when there is nothing to settle. */
export function describeConflicts(status: SyncStatus): string | null {
  const kept = status.conflicts.filter((conflict) => conflict.role === 'kept').length || status.conflicts.length;
  if (kept === 0) return null;
  return `${kept} article${kept === 1 ? '' : 's'} in conflict`;
}
