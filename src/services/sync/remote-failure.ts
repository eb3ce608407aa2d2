import { RacedeskError } from '../../domain/errors';
import { GitFailure } from './git-command';
import { scrubCredentials } from './remote-url';

const UNREACHABLE = /could not resolve (host|hostname)|connection refused|connection timed out|timed out|network is unreachable|no route to host|temporary failure in name resolution|failed to connect|connection reset|connection closed|broken pipe|the remote end hung up|early eof|ssh: connect to host|unable to access/i;
const REFUSED = /permission denied|authentication failed|could not read (username|password)|access denied|forbidden|\b403\b|\b401\b|hook declined|remote rejected|insufficient permission|read-only|not allowed/i;
const MISSING = /does not appear to be a git repository|repository not found|not found|no such file or directory|not a git repository/i;

/** git's last lines about a failure, without its advice boilerplate. */
function gitSaid(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((line) => line.replace(/^(fatal|error|remote|ERROR):\s*/i, '').trim())
    .filter((line) => line && !/^(please make sure|and the repository exists|hint:)/i.test(line));
  return lines.slice(-2).join('; ') || 'no reason given';
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
  if (error.timedOut) return new RacedeskError('offline', `Could not ${action} ${where}: no answer in time. Your work is kept here; sync tries again by itself.`);
  if (REFUSED.test(error.stderr)) {
    return new RacedeskError('forbidden', `The shared library at ${where} refused (${said}). Check you have write access to it; nothing was changed here.`);
  }
  if (MISSING.test(error.stderr) && !UNREACHABLE.test(error.stderr.replace(/unable to access/i, ''))) {
    return new RacedeskError('not-found', `There is no shared library at ${where} (${said}). Check the address, or create it with "git init --bare".`);
  }
  if (UNREACHABLE.test(error.stderr)) {
    return new RacedeskError('offline', `Could not ${action} ${where} (${said}). Your work is kept here; sync tries again by itself.`);
  }
  return new RacedeskError('offline', `Could not ${action} ${where} (${said}). Your work is kept here; sync tries again by itself.`);
}
