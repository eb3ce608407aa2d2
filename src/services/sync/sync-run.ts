import { RacedeskError } from '../../domain/errors';
import { applyCommit } from './apply-commit';
import type { ChangeRecorder } from './change-recorder';
import { BRANCH, type ChangedPath } from './library-git';
import { mergeLibrary } from './merge-library';
import { recoverLibrary } from './recover-library';
import type { SyncContext } from './sync-context';

/** What one sync did here. */
export interface SyncOutcome {
  /** Files the sync wrote into this library (the others' changes, merged). */
  changed: ChangedPath[];
  /** Articles changed on two laptops at once, kept both ways: the kept one and its copy. */
  conflicts: { keptId: string; copyId: string }[];
  notices: string[];
  /** True when this laptop's commits went to the shared repository. */
  sent: boolean;
}

/** Others may send between this laptop's fetch and push; after this many tries, sync waits for its next turn. */
const SEND_ATTEMPTS = 5;
const LOCK_GRACE_MILLISECONDS = 2000;

async function mergeIn(context: SyncContext, recorder: ChangeRecorder, remote: string | null, outcome: SyncOutcome): Promise<string | null> {
  const { git } = context;
  await recorder.commitNow();
  const head = await git.resolve(BRANCH);
  if (!remote || (head && (head === remote || (await git.isAncestor(remote, head))))) return head;
  let target = remote;
  if (head && !(await git.isAncestor(head, remote))) {
    const merge = await mergeLibrary(git, head, remote, await context.writer());
    target = merge.commit;
    outcome.conflicts.push(...merge.conflicts);
    outcome.notices.push(...merge.notices);
  }
  context.phase('apply');
  const changed = await applyCommit(git, head, target);
  context.onFilesChanged(changed.map((change) => change.path));
  outcome.changed.push(...changed);
  return target;
}

/**
 * One sync of a shared library: recover from any crash, commit what is saved, fetch the shared branch,
 * merge it in (files changed on both sides settled by Racedesk, never with markers), bring the result into
 * the library in one journaled move, and send it. Network steps run outside every lock, so saves go on
 * meanwhile; only the local merge and move hold saves back, for as long as writing the files takes. A
 * failure to reach or write the shared repository throws a `RacedeskError` and leaves local work as it is.
 */
export async function syncOnce(context: SyncContext, recorder: ChangeRecorder): Promise<SyncOutcome> {
  const outcome: SyncOutcome = { changed: [], conflicts: [], notices: [], sent: false };
  context.phase('recover');
  outcome.changed.push(...(await recoverLibrary(context, LOCK_GRACE_MILLISECONDS)));
  context.phase('commit');
  await context.gitQueue.run(() => recorder.commitNow());
  for (let attempt = 1; attempt <= SEND_ATTEMPTS; attempt += 1) {
    context.phase('fetch');
    const remote = await context.remote.fetch();
    context.phase('merge');
    const head = await context.gitQueue.run(() => context.gate.exclusive(() => mergeIn(context, recorder, remote, outcome)));
    if (!head || head === remote) return outcome;
    context.phase('push');
    if ((await context.remote.push(head)) === 'sent') {
      outcome.sent = true;
      return outcome;
    }
  }
  throw new RacedeskError('offline', 'Others kept sending to the shared library while this laptop tried to; your changes are kept here and sync tries again shortly.');
}
