import { RacedeskError } from '../../domain/errors';
import type { Lap } from '../../domain/timing';

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
}

const PIT = 1;
const DELETED = 2;

export function lapsToColumns(laps: readonly Lap[]): LapColumns {
  const driverIndex = new Map<string, number>();
  const columns: LapColumns = { drivers: [], car: [], driver: [], lapNumber: [], lapSeconds: [], sectorCount: [], sectors: [], kph: [], flags: [], elapsedSeconds: [] };
  for (const lap of laps) {
    let index = driverIndex.get(lap.driver);
    if (index === undefined) {
      index = columns.drivers.push(lap.driver) - 1;
      driverIndex.set(lap.driver, index);
    }
    columns.car.push(lap.car);
    columns.driver.push(index);
    columns.lapNumber.push(lap.lapNumber);
    columns.lapSeconds.push(lap.lapSeconds);
    columns.sectorCount.push(lap.sectors.length);
    for (const sector of lap.sectors) columns.sectors.push(sector);
    columns.kph.push(lap.kph);
    columns.flags.push((lap.pit ? PIT : 0) | (lap.deleted ? DELETED : 0));
    columns.elapsedSeconds.push(lap.elapsedSeconds ?? null);
  }
  return columns;
}

/** Rebuilds laps from their columns; columns of different lengths are a damaged file. */
export function lapsFromColumns(columns: LapColumns): Lap[] {
  const count = columns.car?.length ?? 0;
  const fields = [columns.driver, columns.lapNumber, columns.lapSeconds, columns.sectorCount, columns.kph, columns.flags, columns.elapsedSeconds];
  if (fields.some((field) => !Array.isArray(field) || field.length !== count)) {
    throw new RacedeskError('bad-file', 'timing session file: lap columns of different lengths');
  }
  const laps: Lap[] = new Array(count);
  let sector = 0;
  for (let index = 0; index < count; index++) {
    const sectorCount = columns.sectorCount[index];
    laps[index] = {
      car: columns.car[index],
      driver: columns.drivers[columns.driver[index]] ?? '',
      lapNumber: columns.lapNumber[index],
      lapSeconds: columns.lapSeconds[index],
      sectors: columns.sectors.slice(sector, sector + sectorCount),
      kph: columns.kph[index],
      pit: (columns.flags[index] & PIT) !== 0,
      deleted: (columns.flags[index] & DELETED) !== 0,
      elapsedSeconds: columns.elapsedSeconds[index],
    };
    sector += sectorCount;
  }
  return laps;
}
