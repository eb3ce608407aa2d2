import { tmpdir } from 'node:os';
import { RacedeskError } from '../../domain/errors';
import { gitBinary, runGit } from './git-command';

/** `git merge-tree --write-tree`, which merges without touching the library's files, came with git 2.38. */
const OLDEST = [2, 38];
let checked: Promise<void> | null = null;

/** Refuses, once per process, a git too old to merge a library, saying which version it found. */
export function assertGitCanSync(): Promise<void> {
  checked ??= runGit(['--version'], { cwd: tmpdir() }).then(({ stdout }) => {
    const found = /(\d+)\.(\d+)/.exec(stdout.toString()) ?? ['', '0', '0'];
    const [major, minor] = [Number(found[1]), Number(found[2])];
    if (major < OLDEST[0] || (major === OLDEST[0] && minor < OLDEST[1])) {
      throw new RacedeskError('unsupported', `Sharing needs git ${OLDEST.join('.')} or later; "${gitBinary()}" is ${major}.${minor}. Update git and try again.`);
    }
  });
  checked.catch(() => (checked = null));
  return checked;
}
