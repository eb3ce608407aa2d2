import type { Command } from 'commander';
import { timingImportOptionsSchema } from '../../api/timing';
import { RacedeskError } from '../../domain/errors';
import { openServicesFor } from '../library-option';

interface ImportFlags {
  event?: string;
  session?: string;
  series?: string;
  kind?: 'practice' | 'qualifying' | 'race';
  track?: string;
  map?: string;
  race?: string;
  json?: boolean;
}

/** `racedesk import <files or folders>…`: official timing into the library, all-or-nothing. */
export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('import timing files or folders (Al Kamel results/laps, Ergast F1 tables, results CSV, pasted text)')
    .argument('<paths...>', 'files or folders (folders are searched for .csv, .tsv and .txt)')
    .option('--event <name>', 'event name (default: read off the folder or file name)')
    .option('--session <name>', 'session name, when the files hold one session')
    .option('--series <name>', 'series (default: from the folder, e.g. imsa/ or wec/)')
    .option('--kind <kind>', 'practice, qualifying or race (default: from the session name)')
    .option('--track <name>', 'track id, name or alias (default: found from the event or file name)')
    .option('--map <mapping>', 'columns of a results CSV, e.g. time=Best,driver=Pilote')
    .option('--race <race>', 'which race of Ergast F1 tables: "<year> <name or round>", e.g. "2024 Monaco"')
    .option('--json', 'print the report as JSON')
    .action(async (paths: string[], flags: ImportFlags, command: Command) => {
      const services = await openServicesFor(command);
      const { json, ...rest } = flags;
      const parsed = timingImportOptionsSchema.safeParse(Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new RacedeskError('bad-input', `--${issue.path.join('.')}: ${issue.message}`);
      }
      const options = parsed.data;
      const report = await services.timing.importPaths(paths, options);
      if (json) {
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        return;
      }
      for (const session of report.sessions) {
        const track = session.trackName ?? 'track unknown';
        process.stdout.write(`stored     ${session.id}  ${session.eventName}: ${session.name} (${session.kind}), ${session.carCount} cars, ${session.lapCount} laps, ${track}\n`);
      }
      for (const id of report.unchangedSessionIds) process.stdout.write(`unchanged  ${id}  (already in the library)\n`);
      for (const skipped of report.skipped) process.stdout.write(`skipped    ${skipped.file}: ${skipped.reason}\n`);
    });
}
