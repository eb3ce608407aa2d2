import { RacedeskError } from '../../domain/errors';
import type { Lap } from '../../domain/timing';

/** The lap columns holding seconds or speeds with decimals. */
type DecimalColumn = 'lapSeconds' | 'sectors' | 'kph' | 'elapsedSeconds';

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

/**
 * A decimal column as whole thousandths when that loses nothing for any value in it, else as it is. One
 * pass that gives up at the first value with more decimals: most columns never do.
 */
function thousandthsOrPlain<T extends number | null>(values: T[]): { values: T[]; inThousandths: boolean } {
  const thousandths = new Array<T>(values.length);
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (value === null) {
      thousandths[index] = value;
      continue;
    }
    const whole = Math.round(value * 1000);
    if (whole / 1000 !== value || !Number.isSafeInteger(whole)) return { values, inThousandths: false };
    thousandths[index] = whole as T;
  }
  return { values: thousandths, inThousandths: true };
}

function sectorsOf(laps: readonly Lap[]): number[] {
  const sectors: number[] = [];
  for (const lap of laps) for (let sector = 0; sector < lap.sectors.length; sector++) sectors.push(lap.sectors[sector]);
  return sectors;
}

export function lapsToColumns(laps: readonly Lap[]): LapColumns {
  const drivers: string[] = [];
  const driverIndex = new Map<string, number>();
  const indexOfDriver = (name: string): number => {
    let index = driverIndex.get(name);
    if (index === undefined) {
      index = drivers.push(name) - 1;
      driverIndex.set(name, index);
    }
    return index;
  };
  const thousandths: DecimalColumn[] = [];
  const decimals = <T extends number | null>(name: DecimalColumn, values: T[]): T[] => {
    const stored = thousandthsOrPlain(values);
    if (stored.inThousandths) thousandths.push(name);
    return stored.values;
  };
  // One small loop a column: each runs fast from the first lap, where one loop filling ten arrays was
  // slow until compiled, which for a single import is most of the time.
  return {
    drivers,
    car: laps.map((lap) => lap.car),
    driver: laps.map((lap) => indexOfDriver(lap.driver)),
    lapNumber: laps.map((lap) => lap.lapNumber),
    lapSeconds: decimals('lapSeconds', laps.map((lap) => lap.lapSeconds)),
    sectorCount: laps.map((lap) => lap.sectors.length),
    sectors: decimals('sectors', sectorsOf(laps)),
    kph: decimals('kph', laps.map((lap) => lap.kph)),
    flags: laps.map((lap) => (lap.pit ? PIT : 0) | (lap.deleted ? DELETED : 0)),
    elapsedSeconds: decimals('elapsedSeconds', laps.map((lap) => lap.elapsedSeconds ?? null)),
    thousandths,
  };
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
