import { carNumberOf, displayName, parseLapTime, type Entry, type Result } from '../../domain/timing';
import { nationalityCode } from '../../domain/names';
import type { CsvTable } from './csv-table';
import { TableReader } from './table-reader';

/** The headers that make a table an Al Kamel results file (qualifying/practice or race layout). */
export function isAlKamelResults(headers: string[]): boolean {
  const upper = new Set(headers.map((header) => header.toUpperCase()));
  return upper.has('NUMBER') && upper.has('CLASS') && (upper.has('POS') || upper.has('POSITION')) && (upper.has('TIME') || upper.has('TOTAL_TIME'));
}

function gapOf(text: string, position: number): { seconds: number | null; text: string | null } {
  if (text === '' ) return { seconds: null, text: null };
  if (text === '-') return { seconds: position === 1 ? 0 : null, text: null };
  const seconds = parseLapTime(text);
  return seconds === null ? { seconds: null, text } : { seconds, text: null };
}

// The drivers of a line with the country each races under ("DRIVER1_COUNTRY": "GBR"), where the file gives it.
function driversOf(reader: TableReader, row: string[]): Pick<Entry, 'drivers' | 'nationalities'> {
  const drivers: string[] = [];
  const nationalities: Record<string, string> = {};
  for (let number = 1; reader.has(`DRIVER${number}_FIRSTNAME`); number++) {
    const name = `${reader.text(row, `DRIVER${number}_FIRSTNAME`)} ${reader.text(row, `DRIVER${number}_SECONDNAME`)}`.trim();
    if (name === '') continue;
    drivers.push(displayName(name));
    const code = reader.has(`DRIVER${number}_COUNTRY`) ? nationalityCode(reader.text(row, `DRIVER${number}_COUNTRY`)) : null;
    if (code) nationalities[displayName(name)] = code;
  }
  return Object.keys(nationalities).length > 0 ? { drivers, nationalities } : { drivers };
}

/**
 * Reads an Al Kamel results file as IMSA and WEC publish it: qualifying/practice layout (POS, TIME, LAP, KPH)
 * or race layout (POSITION, STATUS, TOTAL_TIME, FL_TIME, FL_LAPNUM, FL_KPH). Results keep the file's order.
 */
export function readAlKamelResults(table: CsvTable): { entries: Entry[]; results: Result[] } {
  const reader: TableReader = new TableReader(table.fileName, table.headers);
  const race = reader.has('TOTAL_TIME');
  reader.require(['NUMBER', 'CLASS', race ? 'POSITION' : 'POS'], 'an Al Kamel results file');
  const entries: Entry[] = [];
  const results: Result[] = [];
  table.rows.forEach((row, index) => {
    const line = table.lines[index];
    const car = carNumberOf(reader.text(row, 'NUMBER'));
    if (car === '') reader.fail(line, 'no car number');
    const position = reader.integer(row, line, race ? 'POSITION' : 'POS');
    const className = reader.text(row, 'CLASS');
    const entry = { car, className, team: reader.text(row, 'TEAM'), vehicle: reader.text(row, 'VEHICLE'), ...driversOf(reader, row) };
    if (position === null) {
      // "Not started": entered, so its drivers are known, but not classified.
      if (reader.text(row, 'STATUS') === '') reader.fail(line, 'no position');
      entries.push(entry);
      return;
    }
    const gapFirst = gapOf(reader.text(row, 'GAP_FIRST'), position);
    entries.push(entry);
    results.push({
      position,
      classPosition: 0,
      car,
      className,
      bestLapSeconds: reader.time(row, line, race ? 'FL_TIME' : 'TIME'),
      bestLapNumber: reader.integer(row, line, race ? 'FL_LAPNUM' : 'LAP') || null,
      bestLapDriver: null,
      gapFirstSeconds: gapFirst.seconds,
      gapPreviousSeconds: gapOf(reader.text(row, 'GAP_PREVIOUS'), position).seconds,
      gapFirstText: gapFirst.text,
      laps: reader.integer(row, line, 'LAPS'),
      status: reader.text(row, 'STATUS') || null,
      kph: reader.decimal(row, line, race ? 'FL_KPH' : 'KPH'),
      totalSeconds: race ? reader.time(row, line, 'TOTAL_TIME') : null,
    });
  });
  return { entries, results };
}
