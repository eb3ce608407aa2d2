import { rm } from 'node:fs/promises';
import { applyCommit } from './apply-commit';
import type { ChangeRecorder } from './change-recorder';
import { BRANCH, type LibraryGit } from './library-git';
import { ensureLibraryGitFiles } from './library-git-files';
import { REMOTE_NAME } from './library-remote';

/**
 * Turns the library folder into a git work tree tied to `remote`, with `writer` (if given) as this laptop's
 * name for commits, and commits the library as it is. Answers that first commit (null for an empty library).
 */
export async function initRepository(git: LibraryGit, recorder: ChangeRecorder, remote: string, writer: string | undefined): Promise<string | null> {
  await git.init();
  await ensureLibraryGitFiles(git.gitDir);
  await git.run(['remote', 'add', REMOTE_NAME, remote]);
  if (writer) await git.configSet('user.name', writer);
  return (await recorder.commitNow('Share the library')).commit;
}

/**
 * Undoes `initRepository` after a first sync the shared repository refused: the work tree goes back to the
 * library as it was shared (files a merge brought in are taken out again) and `.git` is removed.
 */
export async function undoShare(git: LibraryGit, initial: string | null): Promise<void> {
  const head = await git.resolve(BRANCH);
  if (head && head !== initial) {
    const target = initial ?? (await git.commitTree(await git.emptyTree(), [], 'Nothing', { name: 'Racedesk', email: 'racedesk@localhost' }));
    await applyCommit(git, head, target);
  }
  await rm(git.gitDir, { recursive: true, force: true });
}
