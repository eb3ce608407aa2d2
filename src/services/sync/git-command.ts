import { spawn } from 'node:child_process';
import { RacedeskError } from '../../domain/errors';
import { scrubCredentials } from './remote-url';

/** What one git run answered. */
export interface GitResult {
  stdout: Buffer;
  stderr: string;
  code: number;
}

export interface GitRunOptions {
  cwd: string;
  /** Added to the cleaned environment (e.g. GIT_DIR, the author). */
  env?: Record<string, string>;
  input?: string | Buffer;
  timeoutMilliseconds?: number;
  /** Exit codes that are answers rather than failures, e.g. 1 for `merge-tree` with conflicts. */
  allowedCodes?: number[];
}

/** A git run that failed: which command, how, and what git said (credentials scrubbed). */
export class GitFailure extends Error {
  constructor(
    readonly args: string[],
    readonly code: number | null,
    readonly stderr: string,
    readonly timedOut: boolean,
  ) {
    super(`git ${args[0]} ${timedOut ? 'timed out' : `failed (${code})`}: ${stderr.trim().split('\n').slice(-3).join(' / ')}`);
    this.name = 'GitFailure';
  }
}

// Variables that would point git at another repository, index or identity than the library's own.
const INHERITED_AND_DANGEROUS = /^GIT_(DIR|WORK_TREE|INDEX_FILE|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|NAMESPACE|CEILING_DIRECTORIES|COMMON_DIR|PREFIX|AUTHOR_\w+|COMMITTER_\w+|CONFIG_PARAMETERS|CONFIG_COUNT|CONFIG_KEY_\w+|CONFIG_VALUE_\w+|EDITOR|SEQUENCE_EDITOR|PAGER|QUARANTINE_PATH|REFLOG_ACTION|INTERNAL_\w+|PUSH_OPTION_\w+)$/;

/**
 * Settings every run gets, whatever the writer's own git config says: JSON bytes are never converted, no
 * hook-like programs (fsmonitor, filters) run on the library, nothing is signed or detached into the
 * background, commits and refs reach the disk, and only the plain transports are allowed.
 */
function fixedConfig(gitDir: string | null): string[] {
  const pairs = [
    'core.autocrlf=false',
    'core.safecrlf=false',
    'core.fsmonitor=false',
    'core.quotepath=off',
    'core.fsync=committed,index',
    'commit.gpgSign=false',
    'gc.autoDetach=false',
    'gc.auto=0',
    'maintenance.auto=false',
    'protocol.allow=never',
    'protocol.file.allow=always',
    'protocol.ssh.allow=always',
    'protocol.https.allow=always',
    'protocol.http.allow=always',
    'protocol.git.allow=always',
    'http.lowSpeedLimit=1000',
    'http.lowSpeedTime=30',
  ];
  // The writer's global ignores and attributes could hide articles or run filters: use the library's only.
  if (gitDir) pairs.push(`core.excludesFile=${gitDir}/info/exclude`, `core.attributesFile=${gitDir}/info/attributes`);
  return pairs.flatMap((pair) => ['-c', pair]);
}

function cleanEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!INHERITED_AND_DANGEROUS.test(name)) env[name] = value;
  // Never wait for a password on a terminal nobody watches: credentials come from git's helpers or fail.
  return { ...env, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never', LC_ALL: 'C', LANGUAGE: 'C', ...extra };
}

/** The git binary: `RACEDESK_GIT` when set, else `git` on the PATH. */
export function gitBinary(): string {
  return process.env.RACEDESK_GIT || 'git';
}

/**
 * Runs the system git with `args` and answers its output; any exit code outside `allowedCodes` (and 0) is a
 * `GitFailure`. A missing git binary is a `RacedeskError('unsupported')` saying to install it.
 */
export function runGit(args: string[], options: GitRunOptions): Promise<GitResult> {
  const gitDir = options.env?.GIT_DIR ?? null;
  return new Promise((resolve, reject) => {
    const child = spawn(gitBinary(), [...fixedConfig(gitDir), ...args], {
      cwd: options.cwd,
      env: cleanEnvironment(options.env ?? {}),
      stdio: ['pipe', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const stdout: Buffer[] = [];
    let stderr = '';
    let timedOut = false;
    const timer = options.timeoutMilliseconds
      ? setTimeout(() => {
          timedOut = true;
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 2000).unref();
        }, options.timeoutMilliseconds)
      : null;
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (timer) clearTimeout(timer);
      if (error.code === 'ENOENT') reject(new RacedeskError('unsupported', `Sharing a library needs git, and "${gitBinary()}" was not found: install git (https://git-scm.com) and try again.`));
      else reject(error);
    });
    child.on('close', (code) => {
      if (timer) clearTimeout(timer);
      const result = { stdout: Buffer.concat(stdout), stderr: scrubCredentials(stderr), code: code ?? -1 };
      if (code === 0 || (code !== null && options.allowedCodes?.includes(code))) resolve(result);
      else reject(new GitFailure(args, code, result.stderr, timedOut));
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}
