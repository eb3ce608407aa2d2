import type { Command } from 'commander';
import { formatLapTime, type ResultRow, type SessionDetail } from '../../domain/timing';
import { openServicesFor } from '../library-option';

const COLUMNS = ['Pos', 'Cls', 'Car', 'Driver (best lap)', 'Time', 'Gap', 'km/h', 'mph'];

function timeOf(row: ResultRow, kind: SessionDetail['kind']): string {
  if (kind === 'race' && row.totalSeconds != null) return formatLapTime(row.totalSeconds);
  return row.bestLapSeconds === null ? '' : formatLapTime(row.bestLapSeconds);
}

function gapOf(row: ResultRow): string {
  if (row.classPosition === 1) return '';
  if (row.gapToClassLeaderSeconds !== null) return `+${formatLapTime(row.gapToClassLeaderSeconds)}`;
  if (row.lapsBehindClassLeader) return `+${row.lapsBehindClassLeader} lap${row.lapsBehindClassLeader === 1 ? '' : 's'}`;
  return '';
}

function cellsOf(row: ResultRow, kind: SessionDetail['kind']): string[] {
  return [
    String(row.position),
    String(row.classPosition),
    `#${row.car}`,
    row.shownDriver ?? '',
    timeOf(row, kind),
    gapOf(row),
    row.speedKph === null ? '' : row.speedKph.toFixed(1),
    row.speedMph === null ? '' : row.speedMph.toFixed(3),
  ];
}

function table(rows: string[][]): string {
  const widths = COLUMNS.map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => (column >= 4 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ').trimEnd()).join('\n');
}

/** The results of a session as the terminal shows them: one table per class. */
export function formatSession(session: SessionDetail): string {
  const track = session.track ? `${session.track.name} (${session.track.lengthKm} km / ${session.track.lengthMiles} mi)` : 'track unknown: no speeds';
  const lines = [`${session.series} · ${session.eventName} · ${session.name} (${session.kind})`, track];
  for (const group of session.classes) {
    lines.push('', group.className, table([COLUMNS, ...group.rows.map((row) => cellsOf(row, session.kind))]));
  }
  return `${lines.join('\n')}\n`;
}

/** `racedesk session <id> [--json]`: results by class with class positions, best-lap drivers, gaps and speeds. */
export function registerSessionCommand(program: Command): void {
  program
    .command('session')
    .description('show one session: results by class, the driver of each best lap, gap to the class leader, km/h and mph')
    .argument('<id>', 'session id, as `racedesk sessions` lists it')
    .option('--json', 'print the session as JSON')
    .action(async (id: string, flags: { json?: boolean }, command: Command) => {
      const services = await openServicesFor(command);
      const session = await services.timing.getSession(id);
      process.stdout.write(flags.json ? `${JSON.stringify(session, null, 2)}\n` : formatSession(session));
    });
}
