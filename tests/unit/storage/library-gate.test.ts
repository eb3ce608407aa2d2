import { describe, expect, it } from 'vitest';
import { LibraryGate } from '../../../src/services/storage/library-gate';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the gate between saves and a sync', () => {
  it('lets saves run together, and a sync only once the saves in flight are done; saves asked for meanwhile wait for it', async () => {
    const gate = new LibraryGate();
    const events: string[] = [];
    let finishSave = () => undefined as void;
    const save = gate.shared(() => new Promise<void>((done) => (finishSave = () => (events.push('save 1 done'), done()))));
    const other = gate.shared(async () => void events.push('save 2 ran'));
    await other;
    const sync = gate.exclusive(async () => {
      events.push('sync starts');
      await tick();
      events.push('sync done');
    });
    await tick();
    expect(events).toEqual(['save 2 ran']);
    finishSave();
    await save;
    await tick();
    const late = gate.shared(async () => void events.push('save 3 ran'));
    await Promise.all([sync, late]);
    expect(events).toEqual(['save 2 ran', 'save 1 done', 'sync starts', 'sync done', 'save 3 ran']);
  });

  it('lets a save inside a save go on while a sync waits (an import keeping its first version)', async () => {
    const gate = new LibraryGate();
    let syncRan = false;
    const order: string[] = [];
    await gate.shared(async () => {
      void gate.exclusive(async () => void (syncRan = true, order.push('sync')));
      await gate.shared(async () => void order.push('nested save'));
    });
    await tick();
    expect(syncRan).toBe(true);
    expect(order).toEqual(['nested save', 'sync']);
  });
});
