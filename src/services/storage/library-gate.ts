/**
 * Keeps writes to the library and a sync's work on its files apart, within one process. Writes (saves,
 * imports, deletions) run `shared`: many at once, never waiting on each other. A sync brings merged files
 * into the library `exclusive`ly: it waits for the writes in flight, and writes asked for meanwhile wait for
 * it. Shared sections may nest; an exclusive section must not start a shared one (it would wait on itself).
 */
export class LibraryGate {
  private writers = 0;
  private active: Promise<void> | null = null;
  private drained: (() => void)[] = [];
  private exclusiveQueue: Promise<unknown> = Promise.resolve();

  async shared<T>(work: () => Promise<T>): Promise<T> {
    while (this.active) await this.active;
    this.writers += 1;
    try {
      return await work();
    } finally {
      this.writers -= 1;
      if (this.writers === 0) for (const wake of this.drained.splice(0)) wake();
    }
  }

  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.exclusiveQueue.then(async () => {
      while (this.writers > 0) await new Promise<void>((wake) => this.drained.push(wake));
      // Set in the same turn as the check above, so no shared section slips in between.
      let release = () => undefined as void;
      this.active = new Promise<void>((done) => (release = done));
      try {
        return await work();
      } finally {
        this.active = null;
        release();
      }
    });
    this.exclusiveQueue = run.catch(() => undefined);
    return run;
  }
}

/** Runs tasks one at a time, in the order asked for; a failed task does not stop the next. */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
