import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleChild } from './bundle-child';
import { filesUnder, parseLibraryFiles } from './library-files';
import { textOfRevision } from './save-loop-text';

export interface KillLoopOptions {
  kills: number;
  /** Libraries killed in parallel, each with its own child; kills are shared out between them. */
  lanes?: number;
  /** Longest wait after the child opened the library before the kill. */
  maxRunMilliseconds?: number;
  onKill?: (done: number) => void;
}

export interface KillLoopResult {
  kills: number;
  /** Kills that landed before the child had opened the library (mid start-up or lock take-over). */
  killsDuringStartup: number;
  acknowledgedSaves: number;
  /** Every problem found after a kill: a file that does not parse, an article behind its last acknowledged save. */
  failures: string[];
  /** `.corrupt-*` files: each would be a file the app had to set aside. */
  corruptedFiles: number;
}

interface Run {
  lastAcknowledged: number;
  opened: boolean;
  saves: number;
}

function randomBelow(limit: number): number {
  return Math.floor(Math.random() * limit);
}

/** Starts the child, kills it with SIGKILL at a random moment, and reports what it acknowledged first. */
function runAndKill(bundle: string, library: string, maxRunMilliseconds: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, library], { stdio: ['ignore', 'pipe', 'pipe'] });
    const run: Run = { lastAcknowledged: 0, opened: false, saves: 0 };
    let pending = '';
    let stderr = '';
    // One kill in five lands during start-up; the rest while saves are in flight.
    const duringStartup = randomBelow(5) === 0;
    const kill = () => child.kill('SIGKILL');
    if (duringStartup) setTimeout(kill, randomBelow(400));
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const [word, , revision] = line.split(' ');
        if (word === 'opened') {
          run.opened = true;
          run.lastAcknowledged = Number(revision);
          if (!duringStartup) setTimeout(kill, randomBelow(maxRunMilliseconds));
        } else if (word === 'saved') {
          run.lastAcknowledged = Number(line.split(' ')[1]);
          run.saves += 1;
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(run);
      else reject(new Error(`save-loop child ended by itself (${code}): ${stderr}`));
    });
  });
}

async function storedArticle(library: string): Promise<{ revision: number; text: string } | null> {
  let names: string[];
  try {
    names = (await readdir(join(library, 'articles'))).filter((name) => name.endsWith('.json'));
  } catch {
    return null;
  }
  if (names.length === 0) return null;
  const article = JSON.parse(await readFile(join(library, 'articles', names[0]), 'utf8')) as {
    revision: number;
    doc: { content: { content?: { text: string }[] }[] };
  };
  return { revision: article.revision, text: article.doc.content[0]?.content?.[0]?.text ?? '' };
}

async function checkAfterKill(library: string, run: Run, kill: number): Promise<string[]> {
  const failures = (await parseLibraryFiles(library))
    .filter((file) => file.error !== null)
    .map((file) => `kill ${kill}: ${file.path} does not parse (${file.error})`);
  let article: Awaited<ReturnType<typeof storedArticle>>;
  try {
    article = await storedArticle(library);
  } catch (error) {
    return [...failures, `kill ${kill}: the article cannot be read (${(error as Error).message})`];
  }
  if (run.lastAcknowledged > 0 && !article) failures.push(`kill ${kill}: the article is gone (last acknowledged revision ${run.lastAcknowledged})`);
  if (article && article.revision < run.lastAcknowledged) {
    failures.push(`kill ${kill}: the article is at revision ${article.revision}, behind the acknowledged ${run.lastAcknowledged}`);
  }
  if (article && article.revision > 1 && article.text !== textOfRevision(article.revision)) {
    failures.push(`kill ${kill}: revision ${article.revision} holds the words of another save`);
  }
  return failures;
}

async function lane(bundle: string, kills: number, options: KillLoopOptions, result: KillLoopResult): Promise<void> {
  const library = await mkdtemp(join(tmpdir(), 'racedesk-kill-'));
  try {
    let lastAcknowledged = 0;
    for (let kill = 0; kill < kills; kill += 1) {
      const run = await runAndKill(bundle, library, options.maxRunMilliseconds ?? 250);
      // Acknowledged saves only grow: a run killed before opening acknowledged nothing new.
      lastAcknowledged = Math.max(lastAcknowledged, run.lastAcknowledged);
      result.failures.push(...(await checkAfterKill(library, { ...run, lastAcknowledged }, result.kills)));
      result.kills += 1;
      result.acknowledgedSaves += run.saves;
      if (!run.opened) result.killsDuringStartup += 1;
      options.onKill?.(result.kills);
    }
    result.corruptedFiles += (await filesUnder(library)).filter((path) => path.includes('.corrupt-')).length;
  } finally {
    await rm(library, { recursive: true, force: true });
  }
}

/**
 * Kills a child that saves an article in a loop, `kills` times, checking the library after each kill:
 * every file parses and the article is at least at the last save the child was told is done.
 */
export async function runKillLoop(options: KillLoopOptions): Promise<KillLoopResult> {
  const bundle = await bundleChild('tests/durability/save-loop-child.ts');
  const lanes = options.lanes ?? 2;
  const result: KillLoopResult = { kills: 0, killsDuringStartup: 0, acknowledgedSaves: 0, failures: [], corruptedFiles: 0 };
  try {
    await Promise.all(
      Array.from({ length: lanes }, (_, index) => lane(bundle, Math.floor(options.kills / lanes) + (index < options.kills % lanes ? 1 : 0), options, result)),
    );
  } finally {
    await rm(bundle, { force: true });
  }
  return result;
}
