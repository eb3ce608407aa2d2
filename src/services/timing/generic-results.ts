import { RacedeskError } from '../../domain/errors';
import { carNumberOf, parseLapTime, type Entry, type Result, type SessionKind } from '../../domain/timing';
import type { CsvTable } from './csv-table';
import { applyMapping, guessColumns, type ColumnMap, type ColumnMeaning } from './header-meaning';

const NOT_A_TIME = /^(dnf|dns|dsq|dq|nc|ret|retired|excluded|no time|-|\d+ laps?)$/i;
const OVERALL_CLASS = 'Overall';
/** In a race table, a time this long is a total race time rather than a lap. */
const LONGEST_LAP_SECONDS = 600;

function requireColumns(map: ColumnMap, table: CsvTable): void {
  const identifies = map.car !== undefined || map.driver !== undefined;
  const orders = map.position !== undefined || map.time !== undefined;
  if (!identifies || !orders) {
    throw new RacedeskError(
      'bad-file',
      `${table.fileName} line 1: could not tell which columns hold the ${identifies ? 'position or time' : 'car number or driver'} (columns: ${table.headers.join(', ')}); give a mapping, e.g. --map time=Best,driver=Pilote`,
    );
  }
}

/**
 * Reads any results table whose headers say what they hold (Pos, No, Driver, Team, Class, Time, Gap,
 * Laps), with an explicit mapping where the guess fails. Rows keep their order; a row without a position
 * takes its place in the table.
 */
export function readGenericResults(
  table: CsvTable,
  kind: SessionKind,
  mapping: Partial<Record<ColumnMeaning, string>> = {},
): { entries: Entry[]; results: Result[] } {
  const map = applyMapping(table.headers, guessColumns(table.headers), mapping, table.fileName);
  requireColumns(map, table);
  const cell = (row: string[], meaning: ColumnMeaning) => (map[meaning] === undefined ? '' : row[map[meaning]].trim());
  const fail = (index: number, reason: string): never => {
    throw new RacedeskError('bad-file', `${table.fileName} line ${table.lines[index]}: ${reason}`);
  };
  const entries: Entry[] = [];
  const results: Result[] = [];
  table.rows.forEach((row, index) => {
    const positionText = cell(row, 'position').replace(/\.$/, '');
    if (positionText !== '' && !/^\d+$/.test(positionText) && map.position !== undefined && !NOT_A_TIME.test(positionText)) {
      fail(index, `position "${positionText}" is not a whole number`);
    }
    const driver = cell(row, 'driver');
    const car = carNumberOf(cell(row, 'car')) || driver;
    if (car === '') fail(index, 'no car number or driver');
    const timeText = cell(row, 'time');
    const seconds = timeText === '' ? null : parseLapTime(timeText);
    if (seconds === null && timeText !== '' && !NOT_A_TIME.test(timeText)) fail(index, `time "${timeText}" is not a time`);
    const lapsText = cell(row, 'laps');
    if (lapsText !== '' && !/^\d+$/.test(lapsText)) fail(index, `laps "${lapsText}" is not a whole number`);
    const gapText = cell(row, 'gap');
    const className = cell(row, 'className') || OVERALL_CLASS;
    const isTotal = kind === 'race' && seconds !== null && seconds > LONGEST_LAP_SECONDS;
    entries.push({ car, className, team: cell(row, 'team'), vehicle: cell(row, 'vehicle'), drivers: driver ? [driver] : [] });
    results.push({
      position: /^\d+$/.test(positionText) ? Number(positionText) : index + 1,
      classPosition: 0,
      car,
      className,
      bestLapSeconds: isTotal ? null : seconds,
      bestLapNumber: null,
      bestLapDriver: null,
      gapFirstSeconds: gapText === '' ? null : parseLapTime(gapText),
      gapPreviousSeconds: null,
      gapFirstText: gapText !== '' && parseLapTime(gapText) === null ? gapText : null,
      laps: lapsText === '' ? null : Number(lapsText),
      status: cell(row, 'status') || (seconds === null && timeText !== '' ? timeText : null),
      kph: null,
      totalSeconds: isTotal ? seconds : null,
      ...(driver ? { driver } : {}),
    });
  });
  if (results.length === 0) throw new RacedeskError('bad-file', `${table.fileName}: a header line and no results`);
  return { entries, results };
}
