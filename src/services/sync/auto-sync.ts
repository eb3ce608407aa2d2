/** How often a shared library syncs while the app is open, and how soon after a save. */
export interface AutoSyncTimes {
  intervalMilliseconds: number;
  /** After a save is committed, sync within this long, so colleagues see it soon. */
  afterChangeMilliseconds: number;
  /** Waits after each failure in a row, the last one repeated. */
  retryMilliseconds: number[];
}

export const DEFAULT_AUTO_SYNC_TIMES: AutoSyncTimes = {
  intervalMilliseconds: 60_000,
  afterChangeMilliseconds: 5_000,
  retryMilliseconds: [15_000, 30_000, 60_000, 120_000, 300_000],
};

/**
 * Syncs on a timer while the app is open: every interval, soon after a save, and after a failure again and
 * again, waiting longer each time (offline at a track is normal). Its timers never keep a process alive.
 */
export class AutoSync {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private dueAt: number | null = null;
  private failures = 0;
  private running = false;

  constructor(
    private readonly sync: () => Promise<unknown>,
    private readonly times: AutoSyncTimes = DEFAULT_AUTO_SYNC_TIMES,
  ) {}

  get nextAttemptAt(): string | null {
    return this.dueAt === null ? null : new Date(this.dueAt).toISOString();
  }

  start(): void {
    this.running = true;
    this.schedule(0);
  }

  stop(): void {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.dueAt = null;
  }

  /** A save was committed: sync soon, unless a sync is due sooner (or sync is failing and backing off). */
  changed(): void {
    if (this.failures === 0) this.schedule(this.times.afterChangeMilliseconds);
  }

  /** A sync ran (by hand or by the timer): the next one is due an interval later, or after a back-off. */
  finished(succeeded: boolean): void {
    this.failures = succeeded ? 0 : this.failures + 1;
    const retries = this.times.retryMilliseconds;
    const wait = succeeded ? this.times.intervalMilliseconds : retries[Math.min(this.failures, retries.length) - 1];
    this.schedule(wait, true);
  }

  private schedule(milliseconds: number, replace = false): void {
    if (!this.running) return;
    const at = Date.now() + milliseconds;
    if (!replace && this.dueAt !== null && this.dueAt <= at) return;
    if (this.timer) clearTimeout(this.timer);
    this.dueAt = at;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.dueAt = null;
      void this.sync();
    }, milliseconds);
    this.timer.unref?.();
  }
}
