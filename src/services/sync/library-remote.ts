import { tmpdir } from 'node:os';
import { runGit } from './git-command';
import { REMOTE_BRANCH, type LibraryGit } from './library-git';
import { remoteFailure } from './remote-failure';

export const REMOTE_NAME = 'origin';

/** How long a fetch, push or probe may take before it counts as offline. */
export const DEFAULT_NETWORK_TIMEOUT_MILLISECONDS = 120_000;

const BATCH_SSH = { GIT_SSH_COMMAND: 'ssh -o BatchMode=yes -o ConnectTimeout=15' };

/**
 * ssh must never wait for a passphrase or a host-key question nobody sees; the writer's own ssh settings
 * (GIT_SSH_COMMAND, GIT_SSH, core.sshCommand) are left alone.
 */
async function sshEnvironment(git: LibraryGit | null): Promise<Record<string, string>> {
  if (process.env.GIT_SSH_COMMAND || process.env.GIT_SSH) return {};
  const configured = git
    ? await git.configGet('core.sshCommand')
    : (await runGit(['config', '--get', 'core.sshCommand'], { cwd: tmpdir(), allowedCodes: [1] })).stdout.toString().trim();
  return configured ? {} : BATCH_SSH;
}

/** Network operations on the shared repository. Each one either works or throws a `RacedeskError`. */
export class LibraryRemote {
  constructor(
    private readonly git: LibraryGit,
    private readonly timeoutMilliseconds = DEFAULT_NETWORK_TIMEOUT_MILLISECONDS,
  ) {}

  async url(): Promise<string | null> {
    return this.git.configGet(`remote.${REMOTE_NAME}.url`);
  }

  /** Brings the shared branch here; answers its commit, or null while the shared repository is empty. */
  async fetch(): Promise<string | null> {
    const url = (await this.url()) ?? '';
    try {
      await this.git.run(['fetch', '--quiet', '--no-tags', '--no-write-fetch-head', '--no-recurse-submodules', '--prune', REMOTE_NAME], {
        timeoutMilliseconds: this.timeoutMilliseconds,
        env: await sshEnvironment(this.git),
      });
    } catch (error) {
      throw remoteFailure(error, url, 'fetch from');
    }
    return this.git.resolve(REMOTE_BRANCH);
  }

  /** Sends `commit` as the shared branch: 'rejected' when someone else sent theirs first (fetch and merge). */
  async push(commit: string): Promise<'sent' | 'rejected'> {
    const url = (await this.url()) ?? '';
    try {
      await this.git.run(['push', '--no-verify', REMOTE_NAME, `${commit}:refs/heads/main`], {
        timeoutMilliseconds: this.timeoutMilliseconds,
        env: await sshEnvironment(this.git),
      });
      return 'sent';
    } catch (error) {
      const said = (error as { stderr?: string; stdout?: string }).stderr ?? '';
      if (/\[rejected\]|non-fast-forward|fetch first|stale info/i.test(said) && !/remote rejected/i.test(said)) return 'rejected';
      throw remoteFailure(error, url, 'send to');
    }
  }
}

/** Checks a remote answers as a git repository before the library is tied to it; throws a `RacedeskError`. */
export async function probeRemote(url: string, timeoutMilliseconds = DEFAULT_NETWORK_TIMEOUT_MILLISECONDS): Promise<void> {
  try {
    await runGit(['ls-remote', '--heads', url], { cwd: tmpdir(), timeoutMilliseconds, env: await sshEnvironment(null) });
  } catch (error) {
    throw remoteFailure(error, url, 'reach');
  }
}
