import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '../..');

/** Starts `node --import tsx <script> ...args` from the repo, with pipes on all three streams. */
export function spawnTsx(script: string, args: string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, ['--import', 'tsx', resolve(REPO, script), ...args], { cwd: REPO, stdio: 'pipe' });
}

/** Resolves with the first stdout line equal to `line`; rejects if the child exits first (with its stderr). */
export function waitForLine(child: ChildProcessWithoutNullStreams, line: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    let out = '';
    let err = '';
    const onOut = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.split('\n').includes(line)) {
        child.stdout.off('data', onOut);
        resolvePromise();
      }
    };
    child.stdout.on('data', onOut);
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`child exited (${code}) before "${line}": ${err}`)));
  });
}

/** Resolves with the exit code, stdout and stderr once the child ends. */
export function finished(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise) => {
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('close', (code) => resolvePromise({ code, stdout, stderr }));
  });
}
