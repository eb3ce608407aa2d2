import { RacedeskError } from '../../domain/errors';
import { GitFailure } from './git-command';
import { scrubCredentials } from './remote-url';

const UNREACHABLE = /could not resolve (host|hostname)|connection refused|connection timed out|timed out|network is unreachable|no route to host|temporary failure in name resolution|failed to connect|connection reset|connection closed|broken pipe|the remote end hung up|early eof|ssh: connect to host/i;
const REFUSED = /permission denied|authentication failed|could not read (username|password)|access denied|forbidden|\b403\b|\b401\b|hook declined|remote rejected|insufficient permission|read-only|not allowed/i;
const MISSING = /does not appear to be a git repository|repository not found|not found|\b404\b|no such file or directory|not a git repository/i;

/** What the server said (its `remote:` lines) and git's last lines, without git's advice boilerplate. */
function gitSaid(stderr: string): string {
  const all = stderr.split('\n').map((line) => line.trim());
  const server = all.filter((line) => /^remote:\s*\S/.test(line)).map((line) => line.replace(/^remote:\s*/, ''));
  const own = all
    .filter((line) => line && !/^remote:/.test(line) && !/^(please make sure|and the repository exists|hint:|to \S)/i.test(line))
    .map((line) => line.replace(/^(fatal|error|ERROR):\s*/i, ''));
  return [...server.slice(-3), ...own.slice(-2)].join('; ') || 'no reason given';
}

/**
 * Turns a failed fetch, push or probe of the shared repository into a `RacedeskError` the writer can act on:
 * `offline` (unreachable: sync retries by itself), `forbidden` (the remote refused: fix access), or
 * `not-found` (no repository there). Nothing local has changed when this is thrown.
 */
export function remoteFailure(error: unknown, remote: string, action: 'reach' | 'fetch from' | 'send to'): RacedeskError {
  if (!(error instanceof GitFailure)) throw error;
  const where = scrubCredentials(remote);
  const said = gitSaid(error.stderr);
  const after = action === 'reach' ? 'Nothing was changed here; share again once it can be reached.' : 'Your work is kept here; sync tries again by itself.';
  if (error.timedOut) return new RacedeskError('offline', `Could not ${action} ${where}: no answer in time. ${after}`);
  if (REFUSED.test(error.stderr)) {
    return new RacedeskError('forbidden', `The shared library at ${where} refused (${said}). Check you have write access to it; your work here is kept as it is.`);
  }
  if (MISSING.test(error.stderr) && !UNREACHABLE.test(error.stderr)) {
    if (action === 'reach') return new RacedeskError('not-found', `There is no shared library at ${where} (${said}). Check the address, or create it with "git init --bare".`);
    // It was there when the library was shared: an unmounted drive or a server away is being offline.
    return new RacedeskError('offline', `The shared library at ${where} cannot be found (${said}). If its drive or server is away, your work is kept here and sync tries again by itself; if it moved, point the library at it (git remote set-url origin <new>).`);
  }
  // Unreachable, or a failure git does not explain: either way the thing to do is to try again later.
  return new RacedeskError('offline', `Could not ${action} ${where} (${said}). ${after}`);
}
