import { carNumberOf, displayName, type Entry, type Lap } from '../../domain/timing';
import type { CsvTable } from './csv-table';
import { TableReader } from './table-reader';

/** The headers that make a table an Al Kamel lap analysis. */
export function isAlKamelLaps(headers: string[]): boolean {
  const upper = new Set(headers.map((header) => header.toUpperCase()));
  return upper.has('NUMBER') && upper.has('LAP_NUMBER') && upper.has('LAP_TIME');
}

const SECTOR_COLUMNS = [
  ['S1_SECONDS', 'S1'],
  ['S2_SECONDS', 'S2'],
  ['S3_SECONDS', 'S3'],
] as const;

function sectorsOf(reader: TableReader, row: number): number[] {
  const sectors: number[] = [];
  for (const [seconds, time] of SECTOR_COLUMNS) {
    const value = reader.has(seconds) ? reader.decimal(row, seconds) : reader.time(row, time);
    if (value !== null) sectors.push(value);
  }
  return sectors;
}

/**
 * Reads an Al Kamel lap analysis (IMSA `*-laps.csv`, WEC `23_Analysis`): one lap a row, with the driver who
 * drove it and whether it ended in the pit lane. Rows without a lap time are skipped. Entries are built from
 * the laps: the class, team and manufacturer on them and every driver seen, in driver-number order.
 */
export function readAlKamelLaps(table: CsvTable): { entries: Entry[]; laps: Lap[] } {
  const reader: TableReader = new TableReader(table);
  reader.require(['NUMBER', 'LAP_NUMBER', 'LAP_TIME', 'DRIVER_NAME'], 'an Al Kamel lap analysis');
  const laps: Lap[] = [];
  const entries = new Map<string, Entry & { driverNumbers: Map<string, number> }>();
  for (let row = 0; row < reader.rowCount; row++) {
    const car = carNumberOf(reader.text(row, 'NUMBER'));
    if (car === '') reader.fail(row, 'no car number');
    const lapNumber = reader.integer(row, 'LAP_NUMBER');
    if (lapNumber === null) reader.fail(row, 'no lap number');
    const lapSeconds = reader.time(row, 'LAP_TIME');
    const driver = displayName(reader.text(row, 'DRIVER_NAME'));
    let entry = entries.get(car);
    if (!entry) {
      entry = { car, className: reader.text(row, 'CLASS'), team: reader.text(row, 'TEAM'), vehicle: reader.text(row, 'MANUFACTURER'), drivers: [], driverNumbers: new Map() };
      entries.set(car, entry);
    }
    if (driver !== '' && !entry.driverNumbers.has(driver)) entry.driverNumbers.set(driver, reader.integer(row, 'DRIVER_NUMBER') ?? 99);
    if (lapSeconds === null) continue;
    laps.push({
      car,
      driver,
      lapNumber,
      lapSeconds,
      sectors: sectorsOf(reader, row),
      kph: reader.decimal(row, 'KPH'),
      pit: reader.text(row, 'CROSSING_FINISH_LINE_IN_PIT').toUpperCase() === 'B',
      deleted: false,
      elapsedSeconds: reader.time(row, 'ELAPSED'),
    });
  }
  return {
    laps,
    entries: [...entries.values()].map(({ driverNumbers, ...entry }) => ({
      ...entry,
      drivers: [...driverNumbers].sort((a, b) => a[1] - b[1]).map(([name]) => name),
    })),
  };
}
