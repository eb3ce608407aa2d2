/**
 * `npm run corpus:timing`: copies the timing the corpus needs from public repositories out of their fetched
 * snapshots (`/work/.mirror/<owner>+<name>/repo`, or `RACEDESK_MIRRORS`) into `tests/corpus/.timing/`, which is
 * never committed, and writes `tests/corpus/TIMING.md`: each file with its repository, commit, size and SHA-256,
 * so the same files can be put under `../shared/data/` where CI reads them.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { CORPUS, loadCorpus, type TimingSource } from '../tests/accuracy/corpus';
import { cachePathOf, sharedPathOf } from '../tests/accuracy/timing-sources';

const MIRRORS = process.env.RACEDESK_MIRRORS ?? '/work/.mirror';

function git(repo: string, args: string[]): Buffer {
  return execFileSync('git', ['--git-dir', join(MIRRORS, repo.replace('/', '+'), 'repo'), ...args], { maxBuffer: 512 * 1024 * 1024 });
}

function inSnapshot(repo: string, commit: string, path: string): boolean {
  try {
    git(repo, ['cat-file', '-e', `${commit}:${path}`]);
    return true;
  } catch {
    return false;
  }
}

const sources = new Map<string, TimingSource>();
for (const report of loadCorpus()) for (const source of report.timing) if (source.origin !== 'shared' && source.commit) sources.set(source.written, source);

const rows: string[] = [];
let copied = 0;
for (const source of [...sources.values()].sort((a, b) => a.written.localeCompare(b.written))) {
  const commit = git(source.origin, ['rev-parse', `${source.commit}^{commit}`]).toString().trim();
  const listing = git(source.origin, ['ls-tree', '-r', '--name-only', commit, '--', source.path]).toString().split('\n').filter(Boolean);
  const files = listing.filter((path) => /\.csv$/i.test(path) && !/-weather\.csv$/i.test(path));
  if (files.length === 0) throw new Error(`${source.written}: no CSV files at that path`);
  for (const path of files) {
    const target = join(cachePathOf({ ...source, path: '' }), path);
    if (!existsSync(target) && !inSnapshot(source.origin, commit, path)) {
      // A snapshot lacks files of 4 MiB and more (a long race's laps): listed in the tree, absent as objects.
      console.warn(`${source.origin}: ${path} is not in the fetched snapshot; skipped`);
      continue;
    }
    if (!existsSync(target)) {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, git(source.origin, ['show', `${commit}:${path}`]));
      copied += 1;
    }
    const bytes = readFileSync(target);
    const sha = createHash('sha256').update(bytes).digest('hex');
    rows.push(`| ${source.origin} | ${commit.slice(0, 10)} | \`${path}\` | \`${sharedPathOf({ ...source, path }) ?? '-'}\` | ${bytes.length} | \`${sha.slice(0, 16)}\` |`);
  }
}

writeFileSync(
  join(CORPUS, 'TIMING.md'),
  `# Timing the corpus needs beyond ../shared/data

Written by \`npm run corpus:timing\`, which copies these files out of fetched snapshots of public repositories into
\`tests/corpus/.timing/\` (ignored by git: the workplace keeps fetched data out of developers' commits). Put at the
\`../shared/data\` path given, they are read from there, as CI reads the rest; until then, reports that need them
are scored for reading only and their verdicts are counted as "no timing".

Sources: \`tobi/imsa_data\` (IMSA WeatherTech timing as the official Al Kamel results site publishes it, scraped;
MIT per its readme; the results are IMSA's official timing) and \`y047aka/elm-motorsport-analysis\` (FIA WEC race
lap analyses, Al Kamel \`23_Analysis\` format; no licence stated; FIA WEC official timing).

| repository | commit | file | ../shared/data path | bytes | SHA-256 (first 16) |
| --- | --- | --- | --- | --- | --- |
${rows.join('\n')}
`,
);
console.log(`corpus:timing: ${rows.length} files from ${sources.size} sources, ${copied} copied now into ${relative(process.cwd(), join(CORPUS, '.timing'))}`);
