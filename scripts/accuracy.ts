/**
 * `npm run accuracy [--ci] [--half A…K] [--misses [--context]] [--update-ratchet] [id…]`: scores Racedesk on the corpus
 * (tests/corpus) and prints, per half, per series and in total: recall and precision of lap-time, gap and speed
 * claims, subjects, gap references, positions, verdicts, false contradictions and fixes; with --misses, every
 * miss by report, and with --context also the words around it. --ci uses only the timing in ../shared/data, as CI has it; --update-ratchet writes the figures
 * (CI's) that tests/unit/accuracy/ratchet.test.ts holds the code to.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, loadCorpus, OWN_GROUP_HALVES } from '../tests/accuracy/corpus';
import { ratchetFigures, rate, scoreGroups } from '../tests/accuracy/groups';
import { runReport, type ReportRun } from '../tests/accuracy/run-report';
import type { Miss, Ratio, Scores } from '../tests/accuracy/score';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const valueOf = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const half = valueOf('--half');
const ids = new Set(args.filter((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--half'));
const updateRatchet = flag('--update-ratchet');
const ciOnly = flag('--ci') || updateRatchet;

const corpus = loadCorpus().filter((report) => (ids.size === 0 || ids.has(report.id)) && (!half || report.half === half));
const broken = corpus.filter((report) => report.problems.length > 0);
for (const report of broken) console.log(`skipped ${report.id}: ${report.problems[0]} (npm run corpus:check)`);
const runs: ReportRun[] = [];
for (const report of corpus.filter((candidate) => candidate.problems.length === 0)) runs.push(await runReport(report, !ciOnly));

const { groups, misses } = scoreGroups(runs);
const percent = (value: Ratio) => (value.total === 0 ? '    -' : `${(100 * (rate(value) ?? 0)).toFixed(1).padStart(5)}`);
const cell = (value: Ratio) => `${percent(value)} ${`${value.hits}/${value.total}`.padStart(8)}`;
const columns: [string, (scores: Scores) => string][] = [
  ['reports', (scores) => String(scores.reports).padStart(7)],
  ['recall', (scores) => cell(scores.recall)],
  ['precision', (scores) => cell(scores.precision)],
  ['subjects', (scores) => cell(scores.subjects)],
  ['references', (scores) => cell(scores.references)],
  ['positions', (scores) => cell(scores.positions)],
  ['pos. precision', (scores) => cell(scores.positionPrecision)],
  ['verdicts', (scores) => cell(scores.verdicts)],
  ['false contr.', (scores) => String(scores.falseContradictions).padStart(12)],
  ['fixes', (scores) => cell(scores.fixes)],
];
const checked = runs.filter((run) => run.mode === 'check').length;
console.log(`\n${runs.length} reports scored, ${checked} checked against their timing${ciOnly ? ' (../shared/data only, as CI)' : ''}, ${runs.filter((run) => run.mode === 'claims').length} read only (no timing here), ${runs.filter((run) => run.mode === 'failed').length} whose timing Racedesk refused\n`);
for (const [name, render] of columns) {
  console.log(`${name.padEnd(16)}${[...groups].map(([group, scores]) => `  ${group}: ${render(scores).trim()}`).join(';')}`);
}
console.log('\n(lap/gap/speed recall and precision; subjects and references of the claims found; positions found with their subject; verdicts of every gold claim in checked reports)');
if (flag('--misses')) {
  console.log('\nMisses by report:');
  let current = '';
  // Halves C to K count on their own: their misses are listed only when asked for by name, never in a run over A and B.
  const halfOf = (id: string) => corpus.find((report) => report.id === id)?.half;
  const listed = (id: string) => {
    const of = halfOf(id);
    return of === null || of === undefined || !OWN_GROUP_HALVES.includes(of) || of === half;
  };
  for (const miss of misses.filter((candidate) => listed(candidate.reportId))) {
    if (miss.reportId !== current) console.log(`\n${(current = miss.reportId)}`);
    console.log(`  ${miss.what.padEnd(20)} ${miss.text.padEnd(16)} ${miss.detail}`);
    if (flag('--context')) console.log(`  ${''.padEnd(20)} …${around(miss)}…`);
  }
}
function around(miss: Miss): string {
  const body = corpus.find((report) => report.id === miss.reportId)?.body ?? '';
  return body.slice(Math.max(0, miss.start - 110), miss.start + miss.text.length + 70).replace(/\s+/g, ' ');
}
const unread = runs.filter((run) => run.mode !== 'check');
if (unread.length > 0) console.log(`\nNot checked: ${unread.map((run) => `${run.report.id} (${run.missing[0]})`).join('; ')}`);
if (updateRatchet) {
  writeFileSync(join(CORPUS, 'ratchet.json'), `${JSON.stringify(ratchetFigures(groups), null, 2)}\n`);
  console.log('\nratchet.json written');
}
