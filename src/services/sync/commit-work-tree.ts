import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BRANCH, type ChangedPath, type GitAuthor, type LibraryGit } from './library-git';

/** A commit of what was saved, and what was left out because it did not parse. */
export interface WorkTreeCommit {
  commit: string | null;
  paths: ChangedPath[];
  /** JSON files that would not parse: never shared until they are repaired (or replaced by a sync). */
  unreadable: string[];
}

async function parsesAsJson(path: string): Promise<boolean> {
  try {
    JSON.parse(await readFile(path, 'utf8'));
    return true;
  } catch {
    return false;
  }
}

/**
 * Commits everything saved in the library since the last commit, by `author`, on the library's branch (moved
 * only if nobody moved it meanwhile). A JSON file that does not parse is never committed. Answers a null
 * commit when there was nothing to commit.
 */
export async function commitWorkTree(git: LibraryGit, author: GitAuthor, message: string): Promise<WorkTreeCommit> {
  const head = await git.resolve(BRANCH);
  const staged = await git.stageAll(head);
  const unreadable: string[] = [];
  for (const change of staged) {
    if (change.status !== 'D' && change.path.endsWith('.json') && !(await parsesAsJson(join(git.folder, change.path)))) unreadable.push(change.path);
  }
  await git.unstage(unreadable, head);
  const paths = staged.filter((change) => !unreadable.includes(change.path));
  if (paths.length === 0) return { commit: null, paths, unreadable };
  const tree = await git.writeIndexTree();
  const commit = await git.commitTree(tree, head ? [head] : [], message, author);
  await git.moveBranch(commit, head, message);
  return { commit, paths, unreadable };
}
