import { carNumberOf, displayName, type Entry, type Lap } from '../../domain/timing';
import type { CsvSource } from './csv-table';
import { TableReader } from './table-reader';

/** The headers that make a table an Al Kamel lap analysis. */
export function isAlKamelLaps(headers: string[]): boolean {
  const upper = new Set(headers.map((header) => header.toUpperCase()));
  return upper.has('NUMBER') && upper.has('LAP_NUMBER') && upper.has('LAP_TIME');
}

/** Sector columns: WEC adds `Sn_SECONDS` (plain seconds) beside `Sn` (a time); IMSA has `Sn` only. */
function sectorColumns(reader: TableReader): { index: number; column: string; seconds: boolean }[] {
  return ['S1', 'S2', 'S3'].map((sector) => {
    const secondsIndex = reader.index(`${sector}_SECONDS`);
    return secondsIndex !== -1 ? { index: secondsIndex, column: `${sector}_SECONDS`, seconds: true } : { index: reader.index(sector), column: sector, seconds: false };
  });
}

interface EntryDraft extends Entry {
  driverNumbers: Map<string, number>;
}

/**
 * Reads an Al Kamel lap analysis (IMSA `*-laps.csv`, WEC `23_Analysis`): one lap a row, with the driver who
 * drove it and whether it ended in the pit lane. Rows without a lap time are skipped. Entries are built from
 * the laps: the class, team and manufacturer on them and every driver seen, in driver-number order.
 * Column indexes are resolved once: Le Mans alone is 15,000 rows.
 */
export function readAlKamelLaps(source: CsvSource): { entries: Entry[]; laps: Lap[] } {
  const reader: TableReader = new TableReader(source.fileName, source.headers);
  reader.require(['NUMBER', 'LAP_NUMBER', 'LAP_TIME', 'DRIVER_NAME'], 'an Al Kamel lap analysis');
  const column = {
    car: reader.index('NUMBER'),
    driverNumber: reader.index('DRIVER_NUMBER'),
    lapNumber: reader.index('LAP_NUMBER'),
    lapTime: reader.index('LAP_TIME'),
    pit: reader.index('CROSSING_FINISH_LINE_IN_PIT'),
    kph: reader.index('KPH'),
    elapsed: reader.index('ELAPSED'),
    driver: reader.index('DRIVER_NAME'),
    className: reader.index('CLASS'),
    team: reader.index('TEAM'),
    manufacturer: reader.index('MANUFACTURER'),
  };
  const sectors = sectorColumns(reader);
  // Car numbers and driver names repeat on every lap: normalise each spelling once.
  const names = new Map<string, string>();
  const cars = new Map<string, string>();
  const laps: Lap[] = [];
  const entries = new Map<string, EntryDraft>();
  const cell = (row: string[], index: number) => (index === -1 ? '' : row[index].trim());
  source.forEachRow((row, line) => {
    const rawCar = row[column.car];
    let car = cars.get(rawCar);
    if (car === undefined) {
      car = carNumberOf(rawCar);
      cars.set(rawCar, car);
    }
    if (car === '') reader.fail(line, 'no car number');
    const lapNumber = Number(row[column.lapNumber]);
    if (!Number.isInteger(lapNumber) || row[column.lapNumber].trim() === '') reader.fail(line, `LAP_NUMBER "${row[column.lapNumber].trim()}" is not a whole number`);
    const rawDriver = row[column.driver];
    let driver = names.get(rawDriver);
    if (driver === undefined) {
      driver = displayName(rawDriver);
      names.set(rawDriver, driver);
    }
    let entry = entries.get(car);
    if (!entry) {
      entry = { car, className: cell(row, column.className), team: cell(row, column.team), vehicle: cell(row, column.manufacturer), drivers: [], driverNumbers: new Map() };
      entries.set(car, entry);
    }
    if (driver !== '' && !entry.driverNumbers.has(driver)) entry.driverNumbers.set(driver, Number(cell(row, column.driverNumber)) || 99);
    const lapSeconds = reader.timeAt(row, line, column.lapTime, 'LAP_TIME');
    if (lapSeconds === null) return;
    const sectorSeconds: number[] = [];
    for (const sector of sectors) {
      const value = sector.seconds ? reader.decimalAt(row, line, sector.index, sector.column) : reader.timeAt(row, line, sector.index, sector.column);
      if (value !== null) sectorSeconds.push(value);
    }
    laps.push({
      car,
      driver,
      lapNumber,
      lapSeconds,
      sectors: sectorSeconds,
      kph: reader.decimalAt(row, line, column.kph, 'KPH'),
      pit: column.pit !== -1 && row[column.pit] !== '' && row[column.pit].trim().toUpperCase() === 'B',
      deleted: false,
      elapsedSeconds: reader.timeAt(row, line, column.elapsed, 'ELAPSED'),
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
