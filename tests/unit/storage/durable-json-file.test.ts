import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RacedeskError } from '../../../src/domain/errors';
import type { RecoveryNotice } from '../../../src/services/storage/durable-json-file';
import { openJsonStore } from '../../../src/services/storage/json-store';

interface Note {
  schemaVersion: 2;
  text: string;
}

function migrate(raw: unknown): Note {
  const value = raw as { schemaVersion?: number; text?: unknown; body?: unknown };
  if (value?.schemaVersion === 1 && typeof value.body === 'string') return { schemaVersion: 2, text: value.body };
  if (value?.schemaVersion === 2 && typeof value.text === 'string') return { schemaVersion: 2, text: value.text };
  throw new RacedeskError('bad-file', 'not a note');
}

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'racedesk-storage-'));
});
afterEach(async () => rm(folder, { recursive: true, force: true }));

describe('durable JSON files', () => {
  it('writes the data to the file on disk, not only in memory', async () => {
    const path = join(folder, 'note.json');
    const store = await openJsonStore<Note | null>(path, null, { migrate });
    store.data = { schemaVersion: 2, text: 'Derani on pole' };
    await store.write();
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ schemaVersion: 2, text: 'Derani on pole' });
  });

  it('migrates an old schemaVersion on load', async () => {
    const path = join(folder, 'note.json');
    await writeFile(path, JSON.stringify({ schemaVersion: 1, body: 'old shape' }));
    const store = await openJsonStore<Note | null>(path, null, { migrate });
    expect(store.data).toEqual({ schemaVersion: 2, text: 'old shape' });
  });

  it('moves a file that fails to parse aside, restores the last good copy, and says so', async () => {
    const path = join(folder, 'note.json');
    const notices: RecoveryNotice[] = [];
    const first = await openJsonStore<Note | null>(path, null, { migrate });
    first.data = { schemaVersion: 2, text: 'first save' };
    await first.write();
    first.data = { schemaVersion: 2, text: 'second save' };
    await first.write();
    await writeFile(path, '{"schemaVersion": 2, "text": "trunc');

    const reopened = await openJsonStore<Note | null>(path, null, { migrate, onRecover: (notice) => notices.push(notice) });
    expect(reopened.data).toEqual({ schemaVersion: 2, text: 'first save' });
    expect(notices).toHaveLength(1);
    expect(notices[0].restoredFrom).toBe('backup');
    expect(notices[0].reason).toMatch(/not valid JSON/);
    expect(await readFile(notices[0].movedTo, 'utf8')).toBe('{"schemaVersion": 2, "text": "trunc');
  });

  it('never overwrites a broken file it could not restore', async () => {
    const path = join(folder, 'note.json');
    await writeFile(path, Buffer.from([0, 0, 0, 1, 2]));
    const notices: RecoveryNotice[] = [];
    const store = await openJsonStore<Note | null>(path, null, { migrate, onRecover: (notice) => notices.push(notice) });
    expect(store.data).toBeNull();
    expect(notices[0].restoredFrom).toBe('nothing');
    expect([...(await readFile(notices[0].movedTo))]).toEqual([0, 0, 0, 1, 2]);
  });

  it('lands overlapping writes in the order they were asked for, leaving no temp files', async () => {
    const path = join(folder, 'note.json');
    const store = await openJsonStore<Note | null>(path, null, { migrate });
    const writes: Promise<void>[] = [];
    for (let index = 0; index < 200; index += 1) {
      store.data = { schemaVersion: 2, text: `save ${index}` };
      writes.push(store.write());
    }
    await Promise.all(writes);
    expect(JSON.parse(await readFile(path, 'utf8')).text).toBe('save 199');
    expect((await readdir(folder)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('reads the backup when a crash left only it', async () => {
    const path = join(folder, 'note.json');
    await writeFile(`${path}.bak`, JSON.stringify({ schemaVersion: 2, text: 'kept' }));
    const store = await openJsonStore<Note | null>(path, null, { migrate });
    expect(store.data).toEqual({ schemaVersion: 2, text: 'kept' });
  });
});
