import { RacedeskError } from '../../domain/errors';
import type { CsvTable } from './csv-table';

/** The Ergast-schema tables Racedesk reads, each recognised by its id columns. */
export type ErgastTableName = 'races' | 'results' | 'qualifying' | 'drivers' | 'constructors' | 'circuits' | 'status';

const SIGNATURES: [ErgastTableName, string[]][] = [
  ['results', ['resultId', 'raceId', 'driverId', 'positionOrder']],
  ['qualifying', ['qualifyId', 'raceId', 'driverId', 'q1']],
  ['races', ['raceId', 'year', 'round', 'circuitId']],
  ['drivers', ['driverId', 'driverRef', 'forename', 'surname']],
  ['constructors', ['constructorId', 'constructorRef', 'name']],
  ['circuits', ['circuitId', 'circuitRef', 'name']],
  ['status', ['statusId', 'status']],
];

/** Which Ergast table a header row is, or null. */
export function ergastTableOf(headers: string[]): ErgastTableName | null {
  const present = new Set(headers);
  return SIGNATURES.find(([, columns]) => columns.every((column) => present.has(column)))?.[0] ?? null;
}

/** One Ergast table as records keyed by column name, `\N` read as empty. */
export type ErgastRecord = Record<string, string>;

export function recordsOf(table: CsvTable, only?: { column: string; value: string }): ErgastRecord[] {
  const keepIndex = only ? table.headers.indexOf(only.column) : -1;
  const rows = only ? table.rows.filter((row) => row[keepIndex]?.trim() === only.value) : table.rows;
  return rows.map((row) => {
    const record: ErgastRecord = {};
    table.headers.forEach((header, index) => {
      const value = row[index].trim();
      record[header] = value === '\\N' ? '' : value;
    });
    return record;
  });
}

/** A set of Ergast tables from one import, by name. */
export type ErgastTables = Partial<Record<ErgastTableName, CsvTable>>;

export function requireTable(tables: ErgastTables, name: ErgastTableName): CsvTable {
  const table = tables[name];
  if (!table) throw new RacedeskError('bad-file', `Ergast tables: ${name}.csv is missing; import it with the others`);
  return table;
}

/** Rows of a table by a key column, e.g. drivers by `driverId`. */
export function indexBy(records: ErgastRecord[], column: string): Map<string, ErgastRecord> {
  return new Map(records.map((record) => [record[column], record]));
}
