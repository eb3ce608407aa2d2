import { commitWorkTree, type WorkTreeCommit } from './commit-work-tree';
import type { SyncContext } from './sync-context';

const NAMED_IN_SUBJECT = 1;

/** A commit message for the writes `descriptions` says were made: the first in the subject, all in the body. */
export function commitMessage(descriptions: string[], fallback: string): string {
  const unique = [...new Set(descriptions)];
  if (unique.length === 0) return fallback;
  const more = unique.length - NAMED_IN_SUBJECT;
  const subject = more > 0 ? `${unique[0]} and ${more} more change${more > 1 ? 's' : ''}` : unique[0];
  return more > 0 ? `${subject}\n\n${unique.map((line) => `- ${line}`).join('\n')}\n` : `${subject}\n`;
}

/**
 * Turns each write into a commit by the writer, soon after it is on disk and never before: the save has
 * already been answered, so it never waits on git, let alone the network. Writes that arrive while a commit
 * runs go into the next one.
 */
export class ChangeRecorder {
  private pending: string[] = [];
  private scheduled: Promise<void> | null = null;
  private latest: Promise<void> = Promise.resolve();

  constructor(
    private readonly context: SyncContext,
    private readonly afterCommit: (result: WorkTreeCommit | null, error: unknown) => Promise<void>,
  ) {}

  record(description: string): void {
    this.pending.push(description);
    if (this.scheduled) return;
    const task = this.context.gitQueue.run(async () => {
      this.scheduled = null;
      let result: WorkTreeCommit | null = null;
      let failure: unknown = null;
      try {
        result = await this.commitNow();
      } catch (error) {
        failure = error;
      }
      await this.afterCommit(result, failure);
    });
    this.scheduled = task;
    this.latest = task;
  }

  /** Commits what is saved now, with the writes recorded so far as its message. Run it in the git queue. */
  async commitNow(fallback = 'Save changes found in the library'): Promise<WorkTreeCommit> {
    const batch = this.pending.splice(0);
    try {
      return await commitWorkTree(this.context.git, await this.context.writer(), commitMessage(batch, fallback));
    } catch (error) {
      this.pending.unshift(...batch);
      throw error;
    }
  }

  /** Waits for the commits asked for so far, the one running included. */
  async flush(): Promise<void> {
    let waited: Promise<void> | null = null;
    while (waited !== this.latest) {
      waited = this.latest;
      await waited;
    }
  }
}
