import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../src/api/sync';
import { describeConflicts, describeSync } from '../../../src/renderer/sync/describe-sync';

const base: SyncStatus = {
  shared: true,
  remote: '/Volumes/Desk/library.git',
  state: 'synced',
  writer: { name: 'Ana Lopes', source: 'library' },
  changesWaiting: 0,
  conflicts: [],
  lastSyncedAt: null,
  nextAttemptAt: null,
  error: null,
  generation: 0,
  changedArticleIds: [],
  notices: [],
};

describe('what the status bar says about sharing', () => {
  it('counts the changes waiting, singular and plural', () => {
    expect(describeSync({ ...base, state: 'waiting', changesWaiting: 1 })).toBe('1 change waiting');
    expect(describeSync({ ...base, state: 'waiting', changesWaiting: 3 })).toBe('3 changes waiting');
  });

  it('says offline, with what waits and when it tries again', () => {
    const text = describeSync({ ...base, state: 'offline', changesWaiting: 2, nextAttemptAt: '2024-01-21T14:05:00.000Z' });
    expect(text).toMatch(/^Offline · 2 changes waiting, retrying \d{1,2}:\d{2}/);
  });

  it('counts an article in conflict once, not once for it and once for its copy', () => {
    const pair = [
      { id: 'a', headline: 'Pole', role: 'kept' as const, otherId: 'a-c-1' },
      { id: 'a-c-1', headline: 'Pole (Ben’s version)', role: 'copy' as const, otherId: 'a' },
    ];
    expect(describeConflicts({ ...base, conflicts: pair })).toBe('1 article in conflict');
    expect(describeConflicts(base)).toBeNull();
  });
});
