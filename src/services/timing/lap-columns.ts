import { RacedeskError } from '../../domain/errors';
import type { Lap } from '../../domain/timing';

/** The lap columns holding seconds or speeds with decimals. */
const DECIMAL_COLUMNS = ['lapSeconds', 'sectors', 'kph', 'elapsedSeconds'] as const;
type DecimalColumn = (typeof DECIMAL_COLUMNS)[number];

/**
 * Laps as stored on disk: one array per field instead of one object per lap, with driver names listed once.
 * Le Mans's 15,600 laps take about a third of the bytes, and write and read several times faster.
 */
export interface LapColumns {
  drivers: string[];
  car: string[];
  /** Index into `drivers`. */
  driver: number[];
  lapNumber: number[];
  lapSeconds: number[];
  /** How many of `sectors` belong to each lap, in order. */
  sectorCount: number[];
  sectors: number[];
  kph: (number | null)[];
  /** 1 = ended in the pit lane, 2 = did not count. */
  flags: number[];
  elapsedSeconds: (number | null)[];
  /**
   * The decimal columns stored as whole thousandths (92.656 s as 92656), because every value in them has
   * three decimals or fewer: JSON writes integers several times faster than decimals. Absent before
   * session file version 2, when every column held plain values.
   */
  thousandths?: DecimalColumn[];
}

const PIT = 1;
const DELETED = 2;

/** Replaces every value by its thousandths when that loses nothing for any of them; says whether it did. */
function inThousandths(values: (number | null)[]): boolean {
  for (const value of values) {
    if (value === null) continue;
    const thousandths = Math.round(value * 1000);
    if (!Number.isSafeInteger(thousandths) || thousandths / 1000 !== value) return false;
  }
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (value !== null) values[index] = Math.round(value * 1000);
  }
  return true;
}

export function lapsToColumns(laps: readonly Lap[]): LapColumns {
  const count = laps.length;
  const drivers: string[] = [];
  const driverIndex = new Map<string, number>();
  // Sized once and filled by index: growing ten arrays a push at a time cost more than the loop itself.
  const columns: LapColumns = {
    drivers,
    car: new Array<string>(count),
    driver: new Array<number>(count),
    lapNumber: new Array<number>(count),
    lapSeconds: new Array<number>(count),
    sectorCount: new Array<number>(count),
    sectors: [],
    kph: new Array<number | null>(count),
    flags: new Array<number>(count),
    elapsedSeconds: new Array<number | null>(count),
  };
  for (let index = 0; index < count; index++) {
    const lap = laps[index];
    let driver = driverIndex.get(lap.driver);
    if (driver === undefined) {
      driver = drivers.push(lap.driver) - 1;
      driverIndex.set(lap.driver, driver);
    }
    columns.car[index] = lap.car;
    columns.driver[index] = driver;
    columns.lapNumber[index] = lap.lapNumber;
    columns.lapSeconds[index] = lap.lapSeconds;
    columns.sectorCount[index] = lap.sectors.length;
    for (let sector = 0; sector < lap.sectors.length; sector++) columns.sectors.push(lap.sectors[sector]);
    columns.kph[index] = lap.kph;
    columns.flags[index] = (lap.pit ? PIT : 0) | (lap.deleted ? DELETED : 0);
    columns.elapsedSeconds[index] = lap.elapsedSeconds ?? null;
  }
  columns.thousandths = DECIMAL_COLUMNS.filter((name) => inThousandths(columns[name]));
  return columns;
}

/** A decimal column's values as read: divided back from thousandths when stored that way. */
function decimalsOf(columns: LapColumns, name: DecimalColumn): (number | null)[] {
  const values = columns[name];
  if (!columns.thousandths?.includes(name)) return values;
  return values.map((value) => (value === null ? null : value / 1000));
}

/** Rebuilds laps from their columns; columns of different lengths are a damaged file. */
export function lapsFromColumns(columns: LapColumns): Lap[] {
  const count = columns.car?.length ?? 0;
  const fields = [columns.driver, columns.lapNumber, columns.lapSeconds, columns.sectorCount, columns.kph, columns.flags, columns.elapsedSeconds];
  if (fields.some((field) => !Array.isArray(field) || field.length !== count) || !Array.isArray(columns.sectors)) {
    throw new RacedeskError('bad-file', 'timing session file: lap columns of different lengths');
  }
  const lapSeconds = decimalsOf(columns, 'lapSeconds') as number[];
  const sectors = decimalsOf(columns, 'sectors') as number[];
  const kph = decimalsOf(columns, 'kph');
  const elapsedSeconds = decimalsOf(columns, 'elapsedSeconds');
  const laps: Lap[] = new Array<Lap>(count);
  let sector = 0;
  for (let index = 0; index < count; index++) {
    const sectorCount = columns.sectorCount[index];
    laps[index] = {
      car: columns.car[index],
      driver: columns.drivers[columns.driver[index]] ?? '',
      lapNumber: columns.lapNumber[index],
      lapSeconds: lapSeconds[index],
      sectors: sectors.slice(sector, sector + sectorCount),
      kph: kph[index],
      pit: (columns.flags[index] & PIT) !== 0,
      deleted: (columns.flags[index] & DELETED) !== 0,
      elapsedSeconds: elapsedSeconds[index],
    };
    sector += sectorCount;
  }
  return laps;
}
