import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ArticleDoc } from '../../src/domain/articles/article';
import { plainTextFromDoc } from '../../src/domain/articles/plain-text';
import { openRacedeskServices, type RacedeskServices } from '../../src/services/racedesk-services';
import { bundleChild } from './bundle-child';
import { filesUnder, parseLibraryFiles } from './library-files';
import { textOfRevision } from './save-loop-text';

/** The steps of a sync a kill is aimed at; each kill goes to the next one in turn. */
export const KILL_PHASES = ['fetch', 'merge', 'apply', 'push'] as const;
type KillPhase = (typeof KILL_PHASES)[number];

export interface SyncKillOptions {
  kills: number;
  onKill?: (done: number) => void;
}

export interface SyncKillResult {
  kills: number;
  /** Where each kill landed: the last step the child had started. */
  killsIn: Record<string, number>;
  /** Kills of the Racedesk process alone (its git children left to run on) and of its whole process group. */
  processKills: number;
  groupKills: number;
  acknowledgedSaves: number;
  /** Syncs that finished: the child's own before a kill, and the one after every kill. */
  syncs: number;
  /** Same-article conflicts made on purpose, each checked to keep both texts. */
  conflicts: number;
  failures: string[];
  corruptedFiles: number;
}

const SEED = resolve(import.meta.dirname, '../../../shared/seeds/003_d40ddc186b745cfd.txt');
const SYNC = { networkTimeoutMilliseconds: 30_000, lockGraceMilliseconds: 2000 };

function docOf(text: string): ArticleDoc {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
}

async function write(services: RacedeskServices, id: string, text: string): Promise<void> {
  const article = await services.articles.get(id);
  await services.articles.save(id, { baseRevision: article.revision, doc: docOf(text) });
}

interface Run {
  lastAcknowledged: number;
  syncs: number;
  saves: number;
  phase: string;
  failures: string[];
}

/**
 * Starts the child and SIGKILLs it a few milliseconds into step `target` of a sync, or after 20 s if none comes: on
 * a loaded machine start-up alone can take 5 s, and a kill then lands in recovery, not in the step aimed at.
 */
function runAndKill(bundle: string, library: string, articleId: string, target: KillPhase, wholeGroup: boolean): Promise<Run> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [bundle, library, articleId], { stdio: ['ignore', 'pipe', 'pipe'], detached: wholeGroup });
    const run: Run = { lastAcknowledged: 0, syncs: 0, saves: 0, phase: 'start-up', failures: [] };
    let pending = '';
    let stderr = '';
    let armed = false;
    // The first merge is the one with Ben's changes to bring in (and the only one with an apply); fetches and
    // pushes are hit in a later round now and then too, with saves of the child's own acknowledged before.
    let skips = target === 'apply' || target === 'merge' ? 0 : Math.floor(Math.random() * 2);
    const kill = () => {
      if (wholeGroup && child.pid) process.kill(-child.pid, 'SIGKILL');
      else child.kill('SIGKILL');
    };
    const fallback = setTimeout(kill, 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const [word, value] = line.split(' ');
        if (word === 'opened') run.lastAcknowledged = Number(value);
        if (word === 'saved') {
          run.lastAcknowledged = Number(value);
          run.saves += 1;
        }
        if (word === 'synced') run.syncs += 1;
        if (word === 'sync-failed') run.failures.push(`the child's sync failed: ${line}`);
        if (word === 'phase') {
          run.phase = value;
          if (value === target && !armed && skips-- === 0) {
            armed = true;
            setTimeout(kill, Math.floor(Math.random() * 12));
          }
        }
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code, signal) => {
      clearTimeout(fallback);
      if (signal === 'SIGKILL') resolvePromise(run);
      else reject(new Error(`sync-loop child ended by itself (${code}): ${stderr}`));
    });
  });
}

function remoteArticleRevision(remote: string, id: string): number {
  try {
    return (JSON.parse(execFileSync('git', ['--git-dir', remote, 'show', `main:articles/${id}.json`], { encoding: 'utf8' })) as { revision: number }).revision;
  } catch {
    return 0;
  }
}

async function allTexts(services: RacedeskServices): Promise<string[]> {
  const articles = await Promise.all((await services.articles.list()).map((summary) => services.articles.get(summary.id)));
  return articles.map((article) => plainTextFromDoc(article.doc));
}

/**
 * Two laptops share a bare repository. Ben's (in this process) edits between kills, and now and then both
 * edit the same article; Ana's runs in a child that saves and syncs in a loop and is SIGKILLed during fetch,
 * merge, apply and push in turn, alone or with its git children. After each kill: every file parses, Ana's
 * library opens, her article is at least at its last acknowledged save, her next sync finishes, the shared
 * repository has that save, and where both edited one article both texts are there.
 */
export async function runSyncKillLoop(options: SyncKillOptions): Promise<SyncKillResult> {
  const root = await mkdtemp(join(tmpdir(), 'racedesk-sync-kill-'));
  const remote = join(root, 'desk.git');
  const anaFolder = join(root, 'ana');
  const result: SyncKillResult = { kills: 0, killsIn: {}, processKills: 0, groupKills: 0, acknowledgedSaves: 0, syncs: 0, conflicts: 0, failures: [], corruptedFiles: 0 };
  const bundle = await bundleChild('tests/durability/sync-loop-child.ts');
  execFileSync('git', ['init', '--quiet', '--bare', '--initial-branch=main', remote]);
  let ben: RacedeskServices | null = null;
  try {
    let ana = await openRacedeskServices(anaFolder, undefined, SYNC);
    const own = await ana.articles.create({ headline: 'Ana’s running story' });
    const [story] = await ana.articles.importPaths([SEED]);
    await ana.sync.share({ remote, writer: 'Ana Lopes' });
    await ana.close();
    ben = await openRacedeskServices(join(root, 'ben'), undefined, SYNC);
    await ben.sync.share({ remote, writer: 'Ben Keating' });
    const benOwn = await ben.articles.create({ headline: 'Ben’s notes' });
    let lastAcknowledged = 0;

    for (let kill = 0; kill < options.kills; kill += 1) {
      const target = KILL_PHASES[kill % KILL_PHASES.length];
      const both = kill % 3 === 1;
      await write(ben, benOwn.id, `Ben’s notes, round ${kill}.`);
      if (both) {
        await write(ben, story.id, `Ben’s take on the story, round ${kill}.`);
        ana = await openRacedeskServices(anaFolder, undefined, SYNC);
        await write(ana, story.id, `Ana’s take on the story, round ${kill}.`);
        await ana.close();
      }
      await ben.sync.now();

      const wholeGroup = kill % 2 === 1;
      const run = await runAndKill(bundle, anaFolder, own.id, target, wholeGroup);
      result.kills += 1;
      result.killsIn[run.phase] = (result.killsIn[run.phase] ?? 0) + 1;
      if (wholeGroup) result.groupKills += 1;
      else result.processKills += 1;
      result.acknowledgedSaves += run.saves;
      result.syncs += run.syncs;
      result.failures.push(...run.failures.map((failure) => `kill ${kill}: ${failure}`));
      lastAcknowledged = Math.max(lastAcknowledged, run.lastAcknowledged);

      const broken = (await parseLibraryFiles(anaFolder)).filter((file) => file.error !== null);
      result.failures.push(...broken.map((file) => `kill ${kill} (${run.phase}): ${file.path} does not parse (${file.error})`));
      try {
        ana = await openRacedeskServices(anaFolder, { waitMilliseconds: 10_000 }, SYNC);
      } catch (error) {
        result.failures.push(`kill ${kill} (${run.phase}): the library does not open (${(error as Error).message})`);
        break;
      }
      try {
        const article = await ana.articles.get(own.id);
        if (article.revision < lastAcknowledged) result.failures.push(`kill ${kill} (${run.phase}): revision ${article.revision} is behind the acknowledged ${lastAcknowledged}`);
        if (article.revision > 1 && article.doc.content[0]?.content?.[0]?.text !== textOfRevision(article.revision)) {
          result.failures.push(`kill ${kill} (${run.phase}): revision ${article.revision} holds the words of another save`);
        }
        try {
          await ana.sync.now();
          result.syncs += 1;
        } catch (error) {
          result.failures.push(`kill ${kill} (${run.phase}): the next sync did not finish (${(error as Error).message})`);
        }
        const sent = remoteArticleRevision(remote, own.id);
        if (sent < lastAcknowledged) result.failures.push(`kill ${kill} (${run.phase}): the shared repository has revision ${sent}, behind the acknowledged ${lastAcknowledged}`);
        if (both) {
          result.conflicts += 1;
          const texts = await allTexts(ana);
          for (const expected of [`Ana’s take on the story, round ${kill}.`, `Ben’s take on the story, round ${kill}.`]) {
            if (!texts.includes(expected)) result.failures.push(`kill ${kill} (${run.phase}): "${expected}" was lost in the conflict`);
          }
        }
      } finally {
        await ana.close();
      }
      await ben.sync.now();
      if (remoteArticleRevision(remote, own.id) !== (await ben.articles.get(own.id)).revision) {
        result.failures.push(`kill ${kill} (${run.phase}): Ben's laptop does not have Ana's last save`);
      }
      options.onKill?.(result.kills);
    }
    result.corruptedFiles = (await filesUnder(anaFolder)).filter((path) => path.includes('.corrupt-')).length;
  } finally {
    await ben?.close();
    await rm(bundle, { force: true });
    await rm(root, { recursive: true, force: true });
  }
  return result;
}
