import { RacedeskError } from '../../domain/errors';
import type { Lap } from '../../domain/timing';

/** The lap columns holding seconds or speeds with decimals. */
type DecimalColumn = 'lapSeconds' | 'sectors' | 'kph' | 'elapsedSeconds';
const DECIMAL_COLUMNS: readonly DecimalColumn[] = ['lapSeconds', 'sectors', 'kph', 'elapsedSeconds'];

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

/** A decimal as whole thousandths (92.656 → 92656). */
function thousandthsOf(value: number): number {
  return Math.round(value * 1000);
}

/** Whether the thousandths read back as exactly the value. */
function isExact(thousandths: number, value: number): boolean {
  return thousandths / 1000 === value && Number.isSafeInteger(thousandths);
}

export function lapsToColumns(laps: readonly Lap[]): LapColumns {
  const count = laps.length;
  const drivers: string[] = [];
  const driverIndex = new Map<string, number>();
  // One loop, arrays sized once and filled by index: in a fresh process a loop a column, or growing the
  // arrays a push at a time, ran mostly interpreted and cost more than all the rest of the write.
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
  const inexact = new Set<DecimalColumn>();
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
    const lapThousandths = thousandthsOf(lap.lapSeconds);
    if (!isExact(lapThousandths, lap.lapSeconds)) inexact.add('lapSeconds');
    columns.lapSeconds[index] = lapThousandths;
    columns.sectorCount[index] = lap.sectors.length;
    for (const sector of lap.sectors) {
      const sectorThousandths = thousandthsOf(sector);
      if (!isExact(sectorThousandths, sector)) inexact.add('sectors');
      columns.sectors.push(sectorThousandths);
    }
    const kph = lap.kph;
    if (kph !== null && !isExact(thousandthsOf(kph), kph)) inexact.add('kph');
    columns.kph[index] = kph === null ? null : thousandthsOf(kph);
    columns.flags[index] = (lap.pit ? PIT : 0) | (lap.deleted ? DELETED : 0);
    const elapsedSeconds = lap.elapsedSeconds ?? null;
    if (elapsedSeconds !== null && !isExact(thousandthsOf(elapsedSeconds), elapsedSeconds)) inexact.add('elapsedSeconds');
    columns.elapsedSeconds[index] = elapsedSeconds === null ? null : thousandthsOf(elapsedSeconds);
  }
  // A column with a value of more than three decimals is stored as it is.
  if (inexact.has('lapSeconds')) columns.lapSeconds = laps.map((lap) => lap.lapSeconds);
  if (inexact.has('sectors')) columns.sectors = laps.flatMap((lap) => lap.sectors);
  if (inexact.has('kph')) columns.kph = laps.map((lap) => lap.kph);
  if (inexact.has('elapsedSeconds')) columns.elapsedSeconds = laps.map((lap) => lap.elapsedSeconds ?? null);
  columns.thousandths = DECIMAL_COLUMNS.filter((column) => !inexact.has(column));
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
