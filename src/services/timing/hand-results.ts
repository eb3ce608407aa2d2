import type { HandResult } from '../../api/timing';
import { RacedeskError } from '../../domain/errors';
import { carNumberOf, parseLapTime, type Entry, type Result } from '../../domain/timing';

function timeOf(text: string | undefined, what: string, car: string): number | null {
  if (text === undefined || text.trim() === '') return null;
  const seconds = parseLapTime(text);
  if (seconds === null) throw new RacedeskError('bad-input', `car ${car}: ${what} "${text}" is not a time (write e.g. 1:32.656)`);
  return seconds;
}

/** A hand-typed result laid over what is known of the car (nothing, for a new one). */
export function resultFromHand(input: Partial<HandResult>, car: string, known: Result | null, fallbackPosition: number): Result {
  const driver = input.driver ?? known?.driver;
  return {
    position: input.position ?? known?.position ?? fallbackPosition,
    classPosition: 0,
    car,
    className: input.className ?? known?.className ?? 'Overall',
    bestLapSeconds: input.time !== undefined ? timeOf(input.time, 'time', car) : known?.bestLapSeconds ?? null,
    bestLapNumber: known?.bestLapNumber ?? null,
    bestLapDriver: input.driver !== undefined ? input.driver : known?.bestLapDriver ?? null,
    gapFirstSeconds: input.gap !== undefined ? timeOf(input.gap, 'gap', car) : known?.gapFirstSeconds ?? null,
    gapPreviousSeconds: known?.gapPreviousSeconds ?? null,
    laps: input.laps ?? known?.laps ?? null,
    status: input.status ?? known?.status ?? null,
    kph: known?.kph ?? null,
    ...(driver ? { driver } : {}),
  };
}

export function entryFromHand(input: Partial<HandResult>, car: string, known: Entry | null): Entry {
  return {
    car,
    className: input.className ?? known?.className ?? 'Overall',
    team: input.team ?? known?.team ?? '',
    vehicle: known?.vehicle ?? '',
    drivers: input.driver ? [...new Set([input.driver, ...(known?.drivers ?? [])])] : known?.drivers ?? [],
  };
}

/** The car a hand-typed result is for, as stored: `01` stays `01`. */
export function handCar(input: Partial<HandResult>, fallback?: string): string {
  const car = carNumberOf(input.car ?? fallback ?? '');
  if (car === '') throw new RacedeskError('bad-input', 'a result needs a car number');
  return car;
}
