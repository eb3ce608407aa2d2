import type { Command } from 'commander';
import type { Article } from '../../domain/articles/article';
import { timingImportOptionsSchema, type TimingImportReport } from '../../api/timing';
import { RacedeskError } from '../../domain/errors';
import { importKindOf, type ImportKind } from '../../services/importers/import-kind';
import { openServicesFor } from '../library-option';

interface ImportFlags {
  event?: string;
  session?: string;
  series?: string;
  kind?: 'practice' | 'qualifying' | 'race';
  track?: string;
  map?: string;
  race?: string;
  as?: string;
  json?: boolean;
}

function printTiming(report: TimingImportReport): void {
  for (const session of report.sessions) {
    const track = session.trackName ?? 'track unknown';
    process.stdout.write(`stored     ${session.id}  ${session.eventName}: ${session.name} (${session.kind}), ${session.carCount} cars, ${session.lapCount} laps, ${track}\n`);
  }
  for (const id of report.unchangedSessionIds) process.stdout.write(`unchanged  ${id}  (already in the library)\n`);
  for (const skipped of report.skipped) process.stdout.write(`skipped    ${skipped.file}: ${skipped.reason}\n`);
}

function printArticles(articles: Article[]): void {
  for (const article of articles) process.stdout.write(`imported   ${article.id}  ${article.meta.headline} (${article.source?.fileName ?? 'report'})\n`);
}

async function kindsOf(paths: string[], forced: string | undefined): Promise<Map<ImportKind, string[]>> {
  if (forced !== undefined && forced !== 'report' && forced !== 'timing') throw new RacedeskError('bad-input', `--as: expected report or timing, got "${forced}"`);
  const kinds = new Map<ImportKind, string[]>([['report', []], ['timing', []]]);
  for (const path of paths) kinds.get((forced as ImportKind | undefined) ?? (await importKindOf(path)))?.push(path);
  return kinds;
}

/**
 * `racedesk import <files or folders>…`: raw reports become articles, as the desk's Import… does; official
 * timing is stored all-or-nothing.
 */
export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('import raw reports (.txt, .md, .html, .docx, .pdf) as articles, and timing files or folders (Al Kamel results/laps, Ergast F1 tables, results CSV, pasted text)')
    .argument('<paths...>', 'files or folders (folders are timing, searched for .csv, .tsv and .txt); a .txt is timing only if it reads as a results table')
    .option('--as <kind>', 'treat every path as "report" or "timing" instead of telling them apart')
    .option('--event <name>', 'timing: event name (default: read off the folder or file name)')
    .option('--session <name>', 'timing: session name, when the files hold one session')
    .option('--series <name>', 'timing: series (default: from the folder, e.g. imsa/ or wec/)')
    .option('--kind <kind>', 'timing: practice, qualifying or race (default: from the session name)')
    .option('--track <name>', 'timing: track id, name or alias (default: found from the event or file name)')
    .option('--map <mapping>', 'timing: columns of a results CSV, e.g. time=Best,driver=Pilote')
    .option('--race <race>', 'timing: which race of Ergast F1 tables: "<year> <name or round>", e.g. "2024 Monaco"')
    .option('--json', 'print the report as JSON')
    .action(async (paths: string[], flags: ImportFlags, command: Command) => {
      const { json, as, ...rest } = flags;
      const parsed = timingImportOptionsSchema.safeParse(Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new RacedeskError('bad-input', `--${issue.path.join('.')}: ${issue.message}`);
      }
      const kinds = await kindsOf(paths, as);
      const reports = kinds.get('report') ?? [];
      const timingPaths = kinds.get('timing') ?? [];
      const services = await openServicesFor(command);
      const articles = reports.length ? await services.articles.importPaths(reports) : [];
      const timing = timingPaths.length ? await services.timing.importPaths(timingPaths, parsed.data) : null;
      await services.close();
      if (json) {
        const articleLines = articles.map((article) => ({ id: article.id, headline: article.meta.headline, file: article.source?.fileName ?? null }));
        const output = timing && !articles.length ? timing : { ...(timing ?? {}), articles: articleLines };
        process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
        return;
      }
      printArticles(articles);
      if (timing) printTiming(timing);
    });
}
