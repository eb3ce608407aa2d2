/**
 * `npm run corpus:check [id…]`: validates the accuracy corpus: each report's header and gold, that every gold
 * figure is found in its report, that its session is one the report's timing holds, and (where the timing is on
 * this machine) that its verdict and official value are what the data says. Exit 1 on any problem.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRacedeskServices } from '../src/services/racedesk-services';
import { CORPUS, loadCorpus, type CorpusReport } from '../tests/accuracy/corpus';
import { askData } from '../tests/accuracy/oracle';
import { reportTiming, sessionsByKey } from '../tests/accuracy/report-timing';
import { resolveSource } from '../tests/accuracy/timing-sources';

const write = process.argv.includes('--write');

const wanted = new Set(process.argv.slice(2).filter((arg) => !arg.startsWith('--')));
const reports = loadCorpus().filter((report) => wanted.size === 0 || wanted.has(report.id));
let problemCount = 0;
for (const report of reports) {
  const problems = [...report.problems];
  const keys = new Set<string>();
  let timingFound = true;
  for (const source of report.timing) {
    const resolved = resolveSource(source);
    if (!resolved.found) {
      timingFound = false;
      console.log(`  note ${report.id}: ${resolved.reason}`);
      continue;
    }
    for (const key of resolved.keys.keys()) keys.add(key);
  }
  if (timingFound) {
    for (const claim of report.claims) {
      if (claim.session !== null && !keys.has(claim.session)) problems.push(`gold "${claim.text}": session "${claim.session}" is not in the timing (${[...keys].join(', ')})`);
    }
    if (report.problems.length === 0) problems.push(...(await askTheData(report)));
  }
  if (problems.length > 0) {
    console.log(`${report.id}:`);
    for (const problem of problems) console.log(`  ${problem}`);
  }
  problemCount += problems.length;
}
const count = (pick: (report: (typeof reports)[number]) => string) => {
  const counts = new Map<string, number>();
  for (const report of reports) counts.set(pick(report), (counts.get(pick(report)) ?? 0) + 1);
  return [...counts].sort().map(([key, value]) => `${key} ${value}`).join(', ');
};
console.log(`${reports.length} reports (${count((report) => report.series)}; ${count((report) => report.language)}; half ${count((report) => report.half ?? '?')}), ${reports.reduce((sum, report) => sum + report.claims.length, 0)} gold claims, ${problemCount} problems`);
process.exit(problemCount > 0 ? 1 : 0);

// Each gold verdict and official value against what the data says; with --write, missing official values are filled in.
async function askTheData(report: CorpusReport): Promise<string[]> {
  const problems: string[] = [];
  const folder = await mkdtemp(join(tmpdir(), 'racedesk-corpus-'));
  try {
    const services = await openRacedeskServices(folder);
    try {
      const timing = reportTiming(report);
      await services.timing.importPaths(timing.paths, timing.race ? { race: timing.race } : {});
      const sessions = await sessionsByKey(services, timing);
      const tracks = await services.timing.listTracks();
      const gold = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(join(CORPUS, 'gold', `${report.id}.json`), 'utf8'))) as { claims: Record<string, unknown>[] };
      let changed = false;
      for (const claim of report.claims) {
        const answer = askData(claim, sessions, tracks);
        const where = `gold "${claim.text}"${claim.at ? ` (at "${claim.at}")` : ''}`;
        if (answer.verdict === null) {
          if (!answer.detail.includes('looked over by hand')) problems.push(`${where}: cannot work out from the data: ${answer.detail}`);
          continue;
        }
        if (answer.verdict !== claim.verdict) problems.push(`${where}: verdict ${claim.verdict}, the data says ${answer.verdict} (${answer.detail})`);
        if (claim.official != null && answer.official !== null && Math.abs(claim.official - answer.official) > 0.0015) {
          problems.push(`${where}: official ${claim.official}, the data says ${answer.official} (${answer.detail})`);
        }
        if (write && claim.official == null && answer.official !== null && answer.verdict !== 'unverifiable') {
          const entry = gold.claims.find((candidate) => candidate.text === claim.text && candidate.at === claim.at);
          if (entry) {
            entry.official = answer.official;
            changed = true;
          }
        }
      }
      if (changed) await writeFile(join(CORPUS, 'gold', `${report.id}.json`), `${JSON.stringify(gold, null, 2)}\n`);
    } finally {
      await services.close();
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  return problems;
}
