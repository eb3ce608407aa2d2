import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import type { BenchLine } from './bench-line';

const data = path.resolve(import.meta.dirname, '..', '../shared/data');
const leMans = path.join(data, 'wec', 'le_mans_24h.csv');
const childFlag = '--timing-bench-child';
const importRuns = 5;
const saveWarmUps = 5;
const warmUps = 3;
const warmRuns = 9;
const saveRuns = 41;

interface ChildFigures {
  ms: number;
  peakRssMb: number;
  baseRssMb: number;
}

/** One measurement in a fresh process, so each gets its own peak RSS (`maxRSS`) and no shared heap. */
function inChild(task: 'import' | 'papaparse'): ChildFigures {
  const here = fileURLToPath(import.meta.url);
  const output = execFileSync(process.execPath, ['--import', 'tsx', here, childFlag, task], { encoding: 'utf8', cwd: path.resolve(import.meta.dirname, '..') });
  return JSON.parse(output.trim().split('\n').pop() ?? '{}') as ChildFigures;
}

async function childMain(task: string): Promise<void> {
  // Both measurements load the same code, and only the timing code: the whole app would weigh on the GC.
  const { TimingService } = await import('../src/services/timing/timing-service');
  const baseRssMb = process.memoryUsage().rss / 1048576;
  let ms: number;
  if (task === 'papaparse') {
    const started = performance.now();
    const text = await readFile(leMans, 'utf8');
    Papa.parse<string[]>(text, { delimiter: ';' });
    ms = performance.now() - started;
  } else {
    const library = await mkdtemp(path.join(tmpdir(), 'racedesk-bench-timing-'));
    const timing = new TimingService(path.join(library, 'timing'));
    const started = performance.now();
    await timing.importPaths([leMans], {});
    ms = performance.now() - started;
    await rm(library, { recursive: true, force: true });
  }
  const figures: ChildFigures = { ms, peakRssMb: process.resourceUsage().maxRSS / 1024, baseRssMb };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Article saves in an empty library and in one holding all of ../shared/data, alternated so disk noise hits both. */
async function medianSaveMs(): Promise<{ emptyMs: number; fullMs: number }> {
  const { openRacedeskServices } = await import('../src/services/racedesk-services');
  const folders = await Promise.all([0, 1].map(() => mkdtemp(path.join(tmpdir(), 'racedesk-bench-save-'))));
  try {
    const [empty, full] = await Promise.all(folders.map((folder) => openRacedeskServices(folder)));
    await full.timing.importPaths([path.join(data, 'imsa'), path.join(data, 'wec')], {});
    await full.timing.importPaths([path.join(data, 'f1')], { race: '2024 Monaco' });
    const libraries = [empty, full];
    const articles = await Promise.all(libraries.map((services) => services.articles.create({ headline: 'Derani takes Roar pole' })));
    const times: number[][] = [[], []];
    for (let run = 0; run < saveWarmUps + saveRuns; run += 1) {
      for (const which of [0, 1]) {
        const started = performance.now();
        const article = articles[which];
        articles[which] = await libraries[which].articles.save(article.id, { baseRevision: article.revision, meta: { headline: `Derani takes Roar pole (${run})` } });
        if (run >= saveWarmUps) times[which].push(performance.now() - started);
      }
    }
    return { emptyMs: median(times[0]), fullMs: median(times[1]) };
  } finally {
    await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
  }
}

interface WarmFigures {
  importMs: number;
  parseMs: number;
  inMemoryMs: number;
  /** Parts of `inMemoryMs`, and what writing adds before the disk: where the import's time goes. */
  draftMs: number;
  finishMs: number;
  encodeMs: number;
}

/** Import and papaparse alternated in this process once both are warm (JIT compiled): medians of `warmRuns`. */
async function warmMedians(): Promise<WarmFigures> {
  const { TimingService } = await import('../src/services/timing/timing-service');
  const { readSourcePaths } = await import('../src/services/timing/source-files');
  const { draftsFromFiles } = await import('../src/services/timing/import-files');
  const { finishSession } = await import('../src/services/timing/session-draft');
  const { sessionFileOf } = await import('../src/services/timing/timing-files');
  const spans: Record<keyof WarmFigures, number[]> = { importMs: [], parseMs: [], inMemoryMs: [], draftMs: [], finishMs: [], encodeMs: [] };
  for (let run = 0; run < warmUps + warmRuns; run += 1) {
    const library = await mkdtemp(path.join(tmpdir(), 'racedesk-bench-warm-'));
    const started = performance.now();
    await new TimingService(path.join(library, 'timing')).importPaths([leMans], {});
    const imported = performance.now();
    Papa.parse<string[]>(await readFile(leMans, 'utf8'), { delimiter: ';' });
    const parsed = performance.now();
    const [draft] = draftsFromFiles(await readSourcePaths([leMans]), {}).drafts;
    const drafted = performance.now();
    const session = finishSession(draft, { id: 'bench', eventId: 'bench', trackId: null }, null);
    const read = performance.now();
    JSON.stringify(sessionFileOf(session));
    const encoded = performance.now();
    if (run >= warmUps) {
      spans.importMs.push(imported - started);
      spans.parseMs.push(parsed - imported);
      spans.inMemoryMs.push(read - parsed);
      spans.draftMs.push(drafted - parsed);
      spans.finishMs.push(read - drafted);
      spans.encodeMs.push(encoded - read);
    }
    await rm(library, { recursive: true, force: true });
  }
  const medians = Object.entries(spans).map(([name, values]) => [name, median(values)]);
  return Object.fromEntries(medians) as WarmFigures;
}

/** Importing the Le Mans lap analysis vs papaparse alone, and saving an article with and without all the timing. */
export async function run(): Promise<BenchLine[]> {
  const imports = Array.from({ length: importRuns }, () => inChild('import'));
  const parses = Array.from({ length: importRuns }, () => inChild('papaparse'));
  const importMs = median(imports.map((figures) => figures.ms));
  const parseMs = median(parses.map((figures) => figures.ms));
  const importPeak = median(imports.map((figures) => figures.peakRssMb - figures.baseRssMb));
  const parsePeak = median(parses.map((figures) => figures.peakRssMb - figures.baseRssMb));
  const warm = await warmMedians();
  const { emptyMs: emptySaveMs, fullMs: fullSaveMs } = await medianSaveMs();
  const note = `median of ${importRuns} fresh processes`;
  return [
    { name: 'timing: import le_mans_24h.csv (15,593 laps) into a library', value: importMs, unit: 'ms', note: `${note}; read, parse, join, write with fsync` },
    { name: 'timing: papaparse alone on le_mans_24h.csv (read + parse)', value: parseMs, unit: 'ms', note },
    { name: 'timing: import time / papaparse time, fresh processes', value: importMs / parseMs, unit: '×', note: 'aim ≤ 1.5; includes JIT warm-up of the import code' },
    { name: 'timing: import, warm process', value: warm.importMs, unit: 'ms', note: `median of ${warmRuns} after ${warmUps} warm-ups` },
    { name: 'timing: papaparse alone, warm process', value: warm.parseMs, unit: 'ms', note: `median of ${warmRuns}, alternated with the imports` },
    { name: 'timing: import / papaparse, warm', value: warm.importMs / warm.parseMs, unit: '×', note: 'aim ≤ 1.5' },
    { name: 'timing: import without the durable write, warm', value: warm.inMemoryMs, unit: 'ms', note: 'read, check, parse, join laps; no JSON, no fsync' },
    { name: 'timing: import without the write / papaparse, warm', value: warm.inMemoryMs / warm.parseMs, unit: '×', note: 'what the importer adds to parsing' },
    { name: 'timing:   of which read, check, parse, normalise laps, warm', value: warm.draftMs, unit: 'ms', note: 'draftsFromFiles' },
    { name: 'timing:   of which join and classify, warm', value: warm.finishMs, unit: 'ms', note: 'finishSession' },
    { name: 'timing: encode the session file (lap columns + JSON), warm', value: warm.encodeMs, unit: 'ms', note: 'sessionFileOf + JSON.stringify; part of the write' },
    { name: 'timing: import peak RSS above start', value: importPeak, unit: 'MB', note: 'process maxRSS - RSS at start' },
    { name: 'timing: papaparse peak RSS above start', value: parsePeak, unit: 'MB', note: 'process maxRSS - RSS at start' },
    { name: 'timing: save one article, empty library', value: emptySaveMs, unit: 'ms', note: `median of ${saveRuns}, alternated with the full library` },
    { name: 'timing: save one article, library with all of ../shared/data', value: fullSaveMs, unit: 'ms', note: `median of ${saveRuns}` },
    { name: 'timing: article save, full / empty library', value: fullSaveMs / emptySaveMs, unit: '×', note: 'aim ≤ 1.2' },
  ];
}

if (process.argv[2] === childFlag) await childMain(process.argv[3]);
