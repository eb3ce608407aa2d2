import { hostname, userInfo } from 'node:os';
import type { WriterSource } from '../../api/sync';
import type { GitAuthor, LibraryGit } from './library-git';

/** Who commits on this laptop, and where the name was found. */
export interface Writer extends GitAuthor {
  source: WriterSource;
}

function osUser(): string {
  try {
    return userInfo().username || 'writer';
  } catch {
    return 'writer';
  }
}

/**
 * The writer's name for commits: the one given to `racedesk sync init --name` (kept in the library's own git
 * config), else git's `user.name`, else the login name of this computer. The e-mail follows the same order,
 * ending at `<login>@<host>`.
 */
export async function resolveWriter(git: LibraryGit): Promise<Writer> {
  const local = await git.configGet('user.name', '--local');
  const anywhere = local ?? (await git.configGet('user.name'));
  const email = (await git.configGet('user.email')) ?? `${osUser().replace(/[^\w.-]/g, '')}@${hostname().replace(/[^\w.-]/g, '') || 'localhost'}`;
  if (local) return { name: local, email, source: 'library' };
  if (anywhere) return { name: anywhere, email, source: 'git' };
  return { name: osUser(), email, source: 'computer' };
}
