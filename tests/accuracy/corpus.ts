import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/** The corpus folder: reports, gold and the notes on where timing comes from. */
export const CORPUS = resolve(import.meta.dirname, '../corpus');

const kind = z.enum(['lap_time', 'gap', 'speed', 'position']);
const verdict = z.enum(['confirmed', 'contradicted', 'unverifiable']);
const basis = z.enum([
  'best', 'lap', 'q1', 'q2', 'q3', 'fastest-lap', 'finish', 'grid', 'qualifying', 'class', 'overall', 'group',
  'top-speed', 'at-the-time', 'record', 'other-year', 'other-session',
]);

const goldClaimSchema = z
  .object({
    text: z.string().min(1),
    at: z.string().min(1).optional(),
    occurrence: z.number().int().positive().optional(),
    kind,
    value: z.number().finite(),
    unit: z.enum(['mph', 'km/h']).optional(),
    qualifier: z.enum(['exact', 'approx', 'over', 'under', 'nearly']).default('exact'),
    subject: z.string().min(1).nullable().default(null),
    car: z.string().regex(/^\d{1,3}$/).nullable().optional(),
    team: z.string().min(1).nullable().optional(),
    reference: z.string().min(1).nullable().optional(),
    referenceCar: z.string().regex(/^\d{1,3}$/).nullable().optional(),
    direction: z.enum(['ahead', 'behind']).nullable().optional(),
    scope: z.string().min(1).nullable().optional(),
    placeRange: z.tuple([z.number().int().positive(), z.number().int().positive()]).nullable().optional(),
    session: z.string().min(1).nullable(),
    basis,
    verdict,
    official: z.number().finite().nullable().optional(),
    why: z.string().optional(),
    note: z.string().optional(),
  })
  .strict();

const nonClaimSchema = z
  .object({ text: z.string().min(1), at: z.string().min(1).optional(), occurrence: z.number().int().positive().optional(), why: z.string().min(1) })
  .strict();

const goldSchema = z.object({ claims: z.array(goldClaimSchema), nonClaims: z.array(nonClaimSchema).default([]) }).strict();

export type GoldClaim = z.infer<typeof goldClaimSchema>;
export type NonClaim = z.infer<typeof nonClaimSchema>;

/** A gold claim placed in its report's body. */
export type PlacedClaim = GoldClaim & { start: number; end: number };

export interface TimingSource {
  /** As written after `timing:`. */
  written: string;
  /** `shared` for ../shared/data, else the repository `owner/name`. */
  origin: string;
  /** The commit of a repository source. */
  commit: string | null;
  /** The folder or file (or for `shared:f1`, the race after "f1 "). */
  path: string;
  /** For `shared:f1 <race>`: the race as `racedesk check --race` takes it. */
  race: string | null;
}

/** The corpus's halves, in the order they were opened; see README.md. */
export const HALVES = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q'] as const;
export type Half = (typeof HALVES)[number];
/** Halves that count in their own group only and list their misses only when asked by name. */
export const OWN_GROUP_HALVES: readonly Half[] = ['C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q'];

export interface CorpusReport {
  id: string;
  url: string;
  title: string;
  series: 'F1' | 'IMSA' | 'WEC';
  language: string;
  about: string;
  half: Half | null;
  timing: TimingSource[];
  /** The report as stored, after the header. */
  body: string;
  claims: PlacedClaim[];
  nonClaims: (NonClaim & { start: number; end: number })[];
  /** Problems found reading the files; a report with any is not scored. */
  problems: string[];
}

const HEADER_KEYS = new Set(['url', 'title', 'series', 'language', 'about', 'half', 'timing', 'retrieved']);

/** Every report of the corpus with its gold, in file-name order. */
export function loadCorpus(folder = CORPUS): CorpusReport[] {
  const reportsFolder = join(folder, 'reports');
  const files = readdirSync(reportsFolder).filter((name) => name.endsWith('.txt')).sort();
  return files.map((name) => loadReport(folder, name.slice(0, -'.txt'.length)));
}

/** One report and its gold; problems are collected, not thrown, so a check can list them all. */
export function loadReport(folder: string, id: string): CorpusReport {
  const problems: string[] = [];
  const raw = readFileSync(join(folder, 'reports', `${id}.txt`), 'utf8');
  const split = raw.indexOf('\n---\n');
  if (split < 0) problems.push('no "---" line between the header and the report');
  const headerText = split < 0 ? '' : raw.slice(0, split);
  const body = split < 0 ? raw : raw.slice(split + 5);
  const header = readHeader(headerText, problems);
  const report: CorpusReport = {
    id,
    url: header.get('url')?.[0] ?? '',
    title: header.get('title')?.[0] ?? '',
    series: (header.get('series')?.[0] ?? '') as CorpusReport['series'],
    language: header.get('language')?.[0] ?? '',
    about: header.get('about')?.[0] ?? '',
    half: (header.get('half')?.[0] ?? null) as CorpusReport['half'],
    timing: (header.get('timing') ?? []).map((line) => readTimingSource(line, problems)),
    body,
    claims: [],
    nonClaims: [],
    problems,
  };
  if (!/^https?:\/\//.test(report.url)) problems.push('header: url must be the page address');
  if (!['F1', 'IMSA', 'WEC'].includes(report.series)) problems.push(`header: series "${report.series}" is not F1, IMSA or WEC`);
  if (!/^[a-z]{2}$/.test(report.language)) problems.push(`header: language "${report.language}" is not a two-letter code`);
  if (report.half !== null && !HALVES.includes(report.half)) problems.push(`header: half "${report.half}" is not one of ${HALVES.join(', ')}`);
  if (report.timing.length === 0) problems.push('header: no timing line');
  readGold(folder, report);
  return report;
}

function readHeader(text: string, problems: string[]): Map<string, string[]> {
  const header = new Map<string, string[]>();
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const match = /^([a-z]+):\s*(.*)$/.exec(line);
    if (!match || !HEADER_KEYS.has(match[1])) {
      problems.push(`header line ${index + 1}: "${line}" is not one of ${[...HEADER_KEYS].join(', ')}`);
      return;
    }
    const values = header.get(match[1]) ?? [];
    values.push(match[2].trim());
    header.set(match[1], values);
  });
  return header;
}

function readTimingSource(written: string, problems: string[]): TimingSource {
  const shared = /^shared:(.+)$/.exec(written);
  if (shared) {
    const f1 = /^f1\s+(.+)$/.exec(shared[1]);
    return { written, origin: 'shared', commit: null, path: f1 ? 'f1' : shared[1], race: f1 ? f1[1] : null };
  }
  const fetched = /^([\w.-]+\/[\w.-]+)@([0-9a-f]{7,40}):(.+)$/.exec(written);
  if (fetched) return { written, origin: fetched[1], commit: fetched[2], path: fetched[3], race: null };
  problems.push(`header: timing "${written}" is neither shared:<path> nor <owner>/<repo>@<commit>:<path>`);
  return { written, origin: 'unknown', commit: null, path: written, race: null };
}

function readGold(folder: string, report: CorpusReport): void {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(join(folder, 'gold', `${report.id}.json`), 'utf8'));
  } catch (error) {
    report.problems.push(`gold: ${(error as Error).message}`);
    return;
  }
  const parsed = goldSchema.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) report.problems.push(`gold ${issue.path.join('.')}: ${issue.message}`);
    return;
  }
  for (const [index, claim] of parsed.data.claims.entries()) {
    const place = locate(report.body, claim.text, claim.at, claim.occurrence);
    if (typeof place === 'string') report.problems.push(`gold claims.${index} "${claim.text}": ${place}`);
    else report.claims.push({ ...claim, ...place });
    for (const problem of fieldProblems(claim)) report.problems.push(`gold claims.${index} "${claim.text}": ${problem}`);
  }
  for (const [index, nonClaim] of parsed.data.nonClaims.entries()) {
    const place = locate(report.body, nonClaim.text, nonClaim.at, nonClaim.occurrence);
    if (typeof place === 'string') report.problems.push(`gold nonClaims.${index} "${nonClaim.text}": ${place}`);
    else report.nonClaims.push({ ...nonClaim, ...place });
  }
  report.claims.sort((a, b) => a.start - b.start);
  const overlapping = report.claims.find((claim, index) => index > 0 && claim.start < report.claims[index - 1].end);
  if (overlapping) report.problems.push(`gold: "${overlapping.text}" overlaps the claim before it`);
}

/** Where `text` is in `body`: inside the one place `at` occurs, or the one place `text` occurs. */
/**
 * Places a gold figure: `at` (or the text itself) must occur once in the body. Where `at` holds the text more than
 * once, `occurrence` (from 1) says which: a results row "3 3 Daniel Ricciardo" holds a place and a car number alike.
 */
export function locate(
  body: string,
  text: string,
  at: string | undefined,
  occurrence?: number,
): { start: number; end: number } | string {
  const snippet = at ?? text;
  const first = body.indexOf(snippet);
  if (first < 0) return `${at ? '"at"' : 'text'} not found in the report`;
  if (body.indexOf(snippet, first + 1) >= 0) return `${at ? '"at"' : 'text'} occurs more than once in the report${at ? '' : '; give "at"'}`;
  const inners: number[] = [];
  for (let inner = snippet.indexOf(text); inner >= 0; inner = snippet.indexOf(text, inner + 1)) inners.push(inner);
  if (inners.length === 0) return '"at" does not hold the text';
  if (occurrence === undefined && inners.length > 1) return '"at" holds the text more than once; give "occurrence"';
  const inner = inners[(occurrence ?? 1) - 1];
  if (inner === undefined) return `"at" holds the text ${inners.length} time(s), not ${occurrence}`;
  return { start: first + inner, end: first + inner + text.length };
}

function fieldProblems(claim: GoldClaim): string[] {
  const problems: string[] = [];
  if (claim.kind === 'speed' && !claim.unit) problems.push('a speed needs "unit"');
  if (claim.kind !== 'speed' && claim.unit) problems.push('only speeds take "unit"');
  if (claim.kind === 'gap' && claim.direction === undefined) problems.push('a gap needs "direction" (ahead, behind or null)');
  if (claim.kind === 'gap' && claim.reference === undefined && claim.referenceCar === undefined) problems.push('a gap needs "reference" (or null)');
  if (claim.kind !== 'gap' && (claim.reference || claim.referenceCar || claim.direction)) problems.push('only gaps take reference and direction');
  if (claim.kind === 'position' && claim.scope === undefined) problems.push('a position needs "scope" (a class, "overall" or null)');
  if (claim.kind === 'position' && !Number.isInteger(claim.value)) problems.push('a place is a whole number');
  if (claim.kind !== 'position' && (claim.scope || claim.placeRange)) problems.push('only positions take scope and placeRange');
  if (claim.verdict !== 'confirmed' && !claim.why) problems.push(`a ${claim.verdict} claim needs "why"`);
  if (claim.verdict === 'unverifiable' && claim.official != null) problems.push('an unverifiable claim has no "official"');
  if (claim.session === null && claim.verdict !== 'unverifiable') problems.push('a claim about no loaded session can only be unverifiable');
  if (!claim.subject && !claim.car && !claim.team && claim.verdict !== 'unverifiable') problems.push('a checkable claim needs a subject, car or team');
  return problems;
}
