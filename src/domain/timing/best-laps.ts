import type { Lap, Result } from './types';

/**
 * Fills in who drove each car's best lap from its laps, and flags laps that did not count: laps faster than
 * the car's classified best (deleted by race control), and every lap of a car whose times were all removed
 * outside races. The classified lap is matched by lap number, else by time.
 */
export function joinResultsWithLaps(results: Result[], laps: Lap[], isRace: boolean): { results: Result[]; laps: Lap[] } {
  const lapsByCar = new Map<string, Lap[]>();
  for (const lap of laps) {
    const list = lapsByCar.get(lap.car);
    if (list) list.push(lap);
    else lapsByCar.set(lap.car, [lap]);
  }
  const deleted = new Set<Lap>();
  const joined = results.map((result) => {
    const carLaps = lapsByCar.get(result.car) ?? [];
    const best = result.bestLapSeconds;
    if (best === null) {
      if (!isRace) carLaps.forEach((lap) => deleted.add(lap));
      return result;
    }
    for (const lap of carLaps) if (lap.lapSeconds < best) deleted.add(lap);
    const bestLap =
      carLaps.find((lap) => lap.lapNumber === result.bestLapNumber && lap.lapSeconds === best) ??
      carLaps.find((lap) => lap.lapSeconds === best);
    if (!bestLap) return result;
    return { ...result, bestLapDriver: bestLap.driver, bestLapNumber: bestLap.lapNumber };
  });
  return { results: joined, laps: laps.map((lap) => (deleted.has(lap) ? { ...lap, deleted: true } : lap)) };
}

/** A car's fastest lap that counted (not in the pits, not deleted), first one on a tie. */
export function fastestCountingLap(laps: readonly Lap[]): Lap | null {
  let best: Lap | null = null;
  for (const lap of laps) {
    if (lap.pit || lap.deleted) continue;
    if (!best || lap.lapSeconds < best.lapSeconds) best = lap;
  }
  return best;
}
