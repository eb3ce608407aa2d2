import { mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileDurably } from '../storage/durable-write';
import { readTextIfExists } from '../storage/read-text';
import { BRANCH, type ChangedPath, type LibraryGit } from './library-git';
import { assertWritableLibraryPath } from './library-path';

/** `.git/racedesk/apply.json`: a move of the work tree from one commit to another, begun and not yet finished. */
interface ApplyJournal {
  from: string | null;
  to: string;
}

const FILES_PER_READ = 200;

function journalPath(git: LibraryGit): string {
  return join(git.gitDir, 'racedesk', 'apply.json');
}

async function writeFiles(git: LibraryGit, to: string, changed: ChangedPath[]): Promise<void> {
  for (const change of changed) assertWritableLibraryPath(change.path);
  const written = changed.filter((change) => change.status !== 'D');
  for (let start = 0; start < written.length; start += FILES_PER_READ) {
    const batch = written.slice(start, start + FILES_PER_READ).map((change) => change.path);
    const contents = await git.readFiles(to, batch);
    for (const path of batch) {
      const bytes = contents.get(path);
      if (!bytes) throw new Error(`apply: ${path} is missing from ${to}`);
      await mkdir(dirname(join(git.folder, path)), { recursive: true });
      await writeFileDurably(join(git.folder, path), bytes);
    }
  }
  for (const change of changed.filter((each) => each.status === 'D')) {
    await rm(join(git.folder, change.path), { force: true });
    await rm(join(git.folder, `${change.path}.bak`), { force: true });
  }
}

async function finish(git: LibraryGit, journal: ApplyJournal, changed: ChangedPath[]): Promise<ChangedPath[]> {
  await writeFiles(git, journal.to, changed);
  await git.resetIndex(journal.to, journal.from);
  const head = await git.resolve(BRANCH);
  if (head !== journal.to) await git.moveBranch(journal.to, journal.from, 'racedesk sync');
  await rm(journalPath(git), { force: true });
  return changed;
}

/**
 * Moves the library from commit `from` (where the work tree is) to `to`: each changed file is written
 * durably (temp, fsync, rename; the old one kept as `.bak`), then the index and the branch follow. A journal
 * written first lets `finishInterruptedApply` complete the move after a crash, so the library is never left
 * half one commit and half the other. Answers the files that changed.
 */
export async function applyCommit(git: LibraryGit, from: string | null, to: string): Promise<ChangedPath[]> {
  const changed = await git.changedPaths(from, to);
  const journal: ApplyJournal = { from, to };
  await mkdir(dirname(journalPath(git)), { recursive: true });
  await writeFileDurably(journalPath(git), JSON.stringify(journal));
  return finish(git, journal, changed);
}

/** Completes a move `applyCommit` began and did not finish; answers the files it changed, or null if none was begun. */
export async function finishInterruptedApply(git: LibraryGit): Promise<ChangedPath[] | null> {
  const text = await readTextIfExists(journalPath(git));
  if (text === null) return null;
  let journal: ApplyJournal;
  try {
    journal = JSON.parse(text) as ApplyJournal;
  } catch {
    // Written durably, so never torn; a journal that does not parse was not ours to follow.
    await rm(journalPath(git), { force: true });
    return null;
  }
  const head = await git.resolve(BRANCH);
  if (head !== journal.from && head !== journal.to) {
    await rm(journalPath(git), { force: true });
    return null;
  }
  return finish(git, journal, await git.changedPaths(journal.from, journal.to));
}
