import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { RacedeskError } from '../../domain/errors';
import { finishInterruptedApply } from './apply-commit';
import { BRANCH, type ChangedPath, type LibraryGit } from './library-git';
import { ensureLibraryGitFiles } from './library-git-files';
import { removeStaleGitLocks } from './stale-git-locks';
import type { SyncContext } from './sync-context';

// Left by someone running git by hand in the library: forgotten (never the work tree), as `--quit` does.
const ABANDONED = [
  { marker: 'MERGE_HEAD', command: ['merge', '--quit'] },
  { marker: 'CHERRY_PICK_HEAD', command: ['cherry-pick', '--quit'] },
  { marker: 'REVERT_HEAD', command: ['revert', '--quit'] },
  { marker: 'rebase-merge', command: ['rebase', '--quit'] },
  { marker: 'rebase-apply', command: ['rebase', '--quit'] },
];

async function removeStaleMergeIndexes(gitDir: string): Promise<void> {
  for (const name of await readdir(gitDir)) {
    const pid = /^racedesk-merge-index-(\d+)$/.exec(name)?.[1];
    if (pid && Number(pid) !== process.pid) await rm(join(gitDir, name), { force: true });
  }
}

async function assertOnBranch(git: LibraryGit): Promise<void> {
  const head = (await git.run(['symbolic-ref', '--quiet', 'HEAD'], { allowedCodes: [1] })).stdout.toString().trim();
  if (head !== BRANCH) {
    throw new RacedeskError('conflict', `The library's git repository is not on its main branch (${head || 'detached'}); run "git -C ${git.folder} switch main" and sync again.`);
  }
}

/**
 * Puts a shared library back in a state a sync can start from, after a crash or a kill at any point: locks a
 * dead git left are removed, a move of the work tree begun and not finished is completed, and merges
 * someone left half-done by hand are forgotten. Runs in the git queue and exclusively of saves. Answers the
 * files it wrote.
 */
export function recoverLibrary(context: SyncContext, graceMilliseconds: number): Promise<ChangedPath[]> {
  const { git } = context;
  return context.gitQueue.run(() =>
    context.gate.exclusive(async () => {
      await removeStaleGitLocks(git.gitDir, graceMilliseconds);
      await removeStaleMergeIndexes(git.gitDir);
      await ensureLibraryGitFiles(git.gitDir);
      for (const { marker, command } of ABANDONED) if (existsSync(join(git.gitDir, marker))) await git.run(command, { allowedCodes: [128] });
      await assertOnBranch(git);
      const changed = (await finishInterruptedApply(git)) ?? [];
      if (changed.length > 0) context.onFilesChanged(changed.map((change) => change.path));
      return changed;
    }),
  );
}
