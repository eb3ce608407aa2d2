import { carNumberOf, displayName, type Entry, type Lap } from '../../domain/timing';
import type { CsvSource } from './csv-table';
import { TableReader } from './table-reader';

/** The headers that make a table an Al Kamel lap analysis. */
export function isAlKamelLaps(headers: string[]): boolean {
  const upper = new Set(headers.map((header) => header.toUpperCase()));
  return upper.has('NUMBER') && upper.has('LAP_NUMBER') && upper.has('LAP_TIME');
}

/** Sector columns: WEC adds `Sn_SECONDS` (plain seconds) beside `Sn` (a time); IMSA has `Sn` only. */
function sectorColumns(reader: TableReader): { column: string; seconds: boolean }[] {
  return ['S1', 'S2', 'S3'].map((sector) => (reader.has(`${sector}_SECONDS`) ? { column: `${sector}_SECONDS`, seconds: true } : { column: sector, seconds: false }));
}

interface EntryDraft extends Entry {
  driverNumbers: Map<string, number>;
}

/** The cells the reader takes from each row, in the order `forEachPickedRow` hands them over. */
const CAR = 0;
const DRIVER_NUMBER = 1;
const LAP_NUMBER = 2;
const LAP_TIME = 3;
const PIT = 4;
const KPH = 5;
const ELAPSED = 6;
const DRIVER = 7;
const CLASS = 8;
const TEAM = 9;
const MANUFACTURER = 10;
const FIRST_SECTOR = 11;

/**
 * Reads an Al Kamel lap analysis (IMSA `*-laps.csv`, WEC `23_Analysis`): one lap a row, with the driver who
 * drove it and whether it ended in the pit lane. Rows without a lap time are skipped. Entries are built from
 * the laps: the class, team and manufacturer on them and every driver seen, in driver-number order.
 * Only the cells read are taken from each row, column indexes resolved once: Le Mans alone is 15,000 rows.
 */
export function readAlKamelLaps(source: CsvSource): { entries: Entry[]; laps: Lap[] } {
  const reader: TableReader = new TableReader(source.fileName, source.headers);
  reader.require(['NUMBER', 'LAP_NUMBER', 'LAP_TIME', 'DRIVER_NAME'], 'an Al Kamel lap analysis');
  const sectors = sectorColumns(reader);
  const columns = [
    ...['NUMBER', 'DRIVER_NUMBER', 'LAP_NUMBER', 'LAP_TIME', 'CROSSING_FINISH_LINE_IN_PIT', 'KPH', 'ELAPSED', 'DRIVER_NAME', 'CLASS', 'TEAM', 'MANUFACTURER'],
    ...sectors.map((sector) => sector.column),
  ].map((name) => reader.index(name));
  // Car numbers and driver names repeat on every lap: normalise each spelling once.
  const names = new Map<string, string>();
  const cars = new Map<string, string>();
  const laps: Lap[] = [];
  const entries = new Map<string, EntryDraft>();
  const sectorSeconds = (cells: string[], line: number, index: number): number | null => {
    const { column, seconds } = sectors[index];
    return seconds ? reader.decimalAt(cells, line, FIRST_SECTOR + index, column) : reader.timeAt(cells, line, FIRST_SECTOR + index, column);
  };
  source.forEachPickedRow(columns, (cells, line) => {
    const rawCar = cells[CAR];
    let car = cars.get(rawCar);
    if (car === undefined) {
      car = carNumberOf(rawCar);
      cars.set(rawCar, car);
    }
    if (car === '') reader.fail(line, 'no car number');
    const lapNumber = Number(cells[LAP_NUMBER]);
    if (!Number.isInteger(lapNumber) || cells[LAP_NUMBER].trim() === '') reader.fail(line, `LAP_NUMBER "${cells[LAP_NUMBER].trim()}" is not a whole number`);
    const rawDriver = cells[DRIVER];
    let driver = names.get(rawDriver);
    if (driver === undefined) {
      driver = displayName(rawDriver);
      names.set(rawDriver, driver);
    }
    let entry = entries.get(car);
    if (!entry) {
      entry = { car, className: cells[CLASS].trim(), team: cells[TEAM].trim(), vehicle: cells[MANUFACTURER].trim(), drivers: [], driverNumbers: new Map() };
      entries.set(car, entry);
    }
    if (driver !== '' && !entry.driverNumbers.has(driver)) entry.driverNumbers.set(driver, Number(cells[DRIVER_NUMBER].trim()) || 99);
    const lapSeconds = reader.timeAt(cells, line, LAP_TIME, 'LAP_TIME');
    if (lapSeconds === null) return;
    const first = sectorSeconds(cells, line, 0);
    const second = sectorSeconds(cells, line, 1);
    const third = sectorSeconds(cells, line, 2);
    const pit = cells[PIT];
    laps.push({
      car,
      driver,
      lapNumber,
      lapSeconds,
      sectors: first !== null && second !== null && third !== null ? [first, second, third] : [first, second, third].filter((time) => time !== null),
      kph: reader.decimalAt(cells, line, KPH, 'KPH'),
      pit: pit !== '' && pit.trim().toUpperCase() === 'B',
      deleted: false,
      elapsedSeconds: reader.timeAt(cells, line, ELAPSED, 'ELAPSED'),
    });
  });
  return {
    laps,
    entries: [...entries.values()].map(({ driverNumbers, ...entry }) => ({
      ...entry,
      drivers: [...driverNumbers].sort((a, b) => a[1] - b[1]).map(([name]) => name),
    })),
  };
}
