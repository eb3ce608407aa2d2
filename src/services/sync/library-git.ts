import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runGit, type GitResult, type GitRunOptions } from './git-command';

/** Who a commit is by. */
export interface GitAuthor {
  name: string;
  email: string;
}

/** One file git could not merge by itself, with the blob each side has (absent where that side has none). */
export interface MergeConflict {
  path: string;
  base: string | null;
  ours: string | null;
  theirs: string | null;
}

/** A file that differs between two commits. */
export interface ChangedPath {
  status: 'A' | 'M' | 'D';
  path: string;
}

export const BRANCH = 'refs/heads/main';
export const REMOTE_BRANCH = 'refs/remotes/origin/main';
const NO_COMMIT = '0'.repeat(40);

function text(result: GitResult): string {
  return result.stdout.toString('utf8').trim();
}

function authorEnv(author: GitAuthor): Record<string, string> {
  return { GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_COMMITTER_NAME: author.name, GIT_COMMITTER_EMAIL: author.email };
}

/**
 * The library folder as a git work tree, its repository in `<library>/.git`. Every run names both
 * explicitly, so git never climbs to a repository the folder happens to sit in, and nothing outside the
 * folder can be added.
 */
export class LibraryGit {
  readonly gitDir: string;

  constructor(readonly folder: string) {
    this.gitDir = join(folder, '.git');
  }

  run(args: string[], options: Omit<GitRunOptions, 'cwd'> = {}): Promise<GitResult> {
    return runGit(args, { ...options, cwd: this.folder, env: { GIT_DIR: this.gitDir, GIT_WORK_TREE: this.folder, ...options.env } });
  }

  async init(): Promise<void> {
    await this.run(['init', '--quiet', '--initial-branch=main']);
  }

  /** The commit `ref` names, or null when there is none. */
  async resolve(ref: string): Promise<string | null> {
    const result = await this.run(['rev-parse', '--quiet', '--verify', `${ref}^{commit}`], { allowedCodes: [1, 128] });
    return result.code === 0 ? text(result) : null;
  }

  /** A git setting as this library sees it (its own, else the writer's global one); `--local`: its own only. */
  async configGet(key: string, scope: '--local' | null = null): Promise<string | null> {
    if (!existsSync(join(this.gitDir, 'HEAD'))) {
      if (scope) return null;
      const outside = await runGit(['config', '--get', key], { cwd: tmpdir(), allowedCodes: [1] });
      return outside.code === 0 ? text(outside) : null;
    }
    const result = await this.run(['config', ...(scope ? [scope] : []), '--get', key], { allowedCodes: [1] });
    return result.code === 0 ? text(result) : null;
  }

  async configSet(key: string, value: string): Promise<void> {
    await this.run(['config', '--local', key, value]);
  }

  /** Stages the whole work tree (the library's ignores apply) and answers what differs from `head`. */
  async stageAll(head: string | null): Promise<ChangedPath[]> {
    await this.run(['add', '--all']);
    const against = head ?? (await this.emptyTree());
    return this.parseNameStatus(await this.run(['diff-index', '--cached', '--no-renames', '--name-status', '-z', against]));
  }

  /** Takes `paths` back out of the index, as they are in `head`. */
  async unstage(paths: string[], head: string | null): Promise<void> {
    if (paths.length === 0) return;
    const input = `${paths.join('\0')}\0`;
    if (head) await this.run(['reset', '--quiet', head, '--pathspec-from-file=-', '--pathspec-file-nul'], { input });
    else await this.run(['rm', '--cached', '--quiet', '--ignore-unmatch', '--pathspec-from-file=-', '--pathspec-file-nul'], { input });
  }

  async writeIndexTree(): Promise<string> {
    return text(await this.run(['write-tree']));
  }

  async treeOf(commit: string): Promise<string> {
    return text(await this.run(['rev-parse', `${commit}^{tree}`]));
  }

  async emptyTree(): Promise<string> {
    return text(await this.run(['hash-object', '-t', 'tree', '-w', '--stdin'], { input: '' }));
  }

  async commitTree(tree: string, parents: string[], message: string, author: GitAuthor): Promise<string> {
    const args = ['commit-tree', '--no-gpg-sign', tree, ...parents.flatMap((parent) => ['-p', parent])];
    return text(await this.run(args, { input: message, env: authorEnv(author) }));
  }

  /** Moves the branch from `expected` (null: it must not exist yet) to `commit`, or fails if it moved meanwhile. */
  async moveBranch(commit: string, expected: string | null, reason: string): Promise<void> {
    await this.run(['update-ref', '-m', reason, BRANCH, commit, expected ?? NO_COMMIT]);
  }

  /** Sets the index to `commit`'s tree, keeping what it knows of files unchanged since `from`. */
  async resetIndex(commit: string, from: string | null): Promise<void> {
    // -i: the work tree was written already (and ahead of the index), which is the point.
    await this.run(from ? ['read-tree', '-m', '-i', from, commit] : ['read-tree', commit]);
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return (await this.run(['merge-base', '--is-ancestor', ancestor, descendant], { allowedCodes: [1] })).code === 0;
  }

  async changedPaths(from: string | null, to: string): Promise<ChangedPath[]> {
    const base = from ?? (await this.emptyTree());
    return this.parseNameStatus(await this.run(['diff-tree', '-r', '--no-renames', '--name-status', '-z', base, to]));
  }

  private parseNameStatus(result: GitResult): ChangedPath[] {
    const fields = result.stdout.toString('utf8').split('\0').filter((field) => field !== '');
    const changed: ChangedPath[] = [];
    for (let index = 0; index + 1 < fields.length; index += 2) {
      const status = fields[index][0];
      changed.push({ status: status === 'A' ? 'A' : status === 'D' ? 'D' : 'M', path: fields[index + 1] });
    }
    return changed;
  }

  /** The bytes of `path` in `commit`, or null when it has no such file. */
  async readFile(commit: string, path: string): Promise<Buffer | null> {
    const result = await this.run(['cat-file', 'blob', `${commit}:${path}`], { allowedCodes: [128] });
    return result.code === 0 ? result.stdout : null;
  }

  /** The bytes of each of `paths` in `commit` (absent from the map where it has no such file), read in one run. */
  async readFiles(commit: string, paths: string[]): Promise<Map<string, Buffer>> {
    const objects = await this.readObjects(paths.map((path) => `${commit}:${path}`));
    return new Map(paths.flatMap((path) => {
      const bytes = objects.get(`${commit}:${path}`);
      return bytes ? [[path, bytes] as const] : [];
    }));
  }

  /** The blobs `specs` name (`<commit>:<path>`), read in one run; specs naming no blob are left out. */
  async readObjects(specs: string[]): Promise<Map<string, Buffer>> {
    const found = new Map<string, Buffer>();
    if (specs.length === 0) return found;
    const output = (await this.run(['cat-file', '--batch'], { input: specs.map((spec) => `${spec}\n`).join('') })).stdout;
    let offset = 0;
    for (const spec of specs) {
      const lineEnd = output.indexOf(0x0a, offset);
      const header = output.subarray(offset, lineEnd).toString('utf8');
      offset = lineEnd + 1;
      const match = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
      if (!match) continue;
      const size = Number(match[2]);
      if (match[1] === 'blob') found.set(spec, Buffer.from(output.subarray(offset, offset + size)));
      offset += size + 1;
    }
    return found;
  }

  async readBlob(blob: string): Promise<Buffer> {
    return (await this.run(['cat-file', 'blob', blob])).stdout;
  }

  async writeBlob(content: string | Buffer): Promise<string> {
    return text(await this.run(['hash-object', '-w', '--stdin'], { input: content }));
  }

  /**
   * Merges `theirs` into `ours` without touching the work tree or the index (git's own merge machinery,
   * renames off), answering the merged tree and every file it could not settle, with both sides' blobs.
   */
  async mergeTree(ours: string, theirs: string): Promise<{ tree: string; conflicts: MergeConflict[] }> {
    const result = await this.run(
      ['-c', 'merge.renames=false', 'merge-tree', '--write-tree', '-z', '--allow-unrelated-histories', '--no-messages', ours, theirs],
      { allowedCodes: [1] },
    );
    const [tree, ...entries] = result.stdout.toString('utf8').split('\0');
    const byPath = new Map<string, MergeConflict>();
    for (const entry of entries) {
      if (entry === '') break;
      const match = /^\d+ ([0-9a-f]+) ([123])\t(.*)$/s.exec(entry);
      if (!match) continue;
      const [, blob, stage, path] = match;
      const conflict = byPath.get(path) ?? { path, base: null, ours: null, theirs: null };
      if (stage === '1') conflict.base = blob;
      if (stage === '2') conflict.ours = blob;
      if (stage === '3') conflict.theirs = blob;
      byPath.set(path, conflict);
    }
    return { tree, conflicts: [...byPath.values()] };
  }

  /** `tree` with some files replaced (a blob) or removed (null), built in a private index. */
  async treeWith(tree: string, files: Map<string, string | null>): Promise<string> {
    const env = { GIT_INDEX_FILE: join(this.gitDir, `racedesk-merge-index-${process.pid}`) };
    try {
      await this.run(['read-tree', tree], { env });
      const lines = [...files].map(([path, blob]) => (blob ? `100644 ${blob}\t${path}` : `0 ${NO_COMMIT}\t${path}`));
      await this.run(['update-index', '-z', '--index-info'], { env, input: `${lines.join('\0')}\0` });
      return text(await this.run(['write-tree'], { env }));
    } finally {
      await rm(env.GIT_INDEX_FILE, { force: true });
    }
  }

  /** Who last changed `path` on the history of `commit`, or null. */
  async lastAuthorOf(commit: string, path: string): Promise<string | null> {
    const author = text(await this.run(['log', '-1', '--format=%an', commit, '--', path]));
    return author || null;
  }
}
