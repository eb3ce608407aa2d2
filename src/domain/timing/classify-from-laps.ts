import { fastestCountingLap } from './best-laps';
import type { Entry, Lap, Result, SessionKind } from './types';

interface CarRun {
  car: string;
  laps: Lap[];
  lapCount: number;
  finishSeconds: number | null;
  best: Lap | null;
}

function roundThousandths(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

function runsByCar(laps: readonly Lap[]): CarRun[] {
  const byCar = new Map<string, Lap[]>();
  for (const lap of laps) {
    const list = byCar.get(lap.car);
    if (list) list.push(lap);
    else byCar.set(lap.car, [lap]);
  }
  return [...byCar].map(([car, carLaps]) => {
    const last = carLaps.reduce((a, b) => (b.lapNumber > a.lapNumber ? b : a));
    return { car, laps: carLaps, lapCount: last.lapNumber, finishSeconds: last.elapsedSeconds ?? null, best: fastestCountingLap(carLaps) };
  });
}

function raceOrder(a: CarRun, b: CarRun): number {
  if (a.lapCount !== b.lapCount) return b.lapCount - a.lapCount;
  return (a.finishSeconds ?? Infinity) - (b.finishSeconds ?? Infinity);
}

function bestLapOrder(a: CarRun, b: CarRun): number {
  return (a.best?.lapSeconds ?? Infinity) - (b.best?.lapSeconds ?? Infinity);
}

/**
 * A classification worked out from a lap analysis alone (WEC publishes race lap analyses without a results
 * file): races by laps completed then time at the line, other sessions by the fastest lap that counted.
 * Ties keep the order cars first appear in the file.
 */
export function classifyFromLaps(laps: readonly Lap[], entries: readonly Entry[], kind: SessionKind): Result[] {
  const classOf = new Map(entries.map((entry) => [entry.car, entry.className]));
  const runs = runsByCar(laps).sort(kind === 'race' ? raceOrder : bestLapOrder);
  const leader = runs[0];
  return runs.map((run, index) => {
    const previous = runs[index - 1];
    const gapTo = (other: CarRun | undefined): number | null => {
      if (!other) return null;
      if (kind === 'race') {
        if (other.lapCount !== run.lapCount || run.finishSeconds === null || other.finishSeconds === null) return null;
        return roundThousandths(run.finishSeconds - other.finishSeconds);
      }
      if (!run.best || !other.best) return null;
      return roundThousandths(run.best.lapSeconds - other.best.lapSeconds);
    };
    return {
      position: index + 1,
      classPosition: 0,
      car: run.car,
      className: classOf.get(run.car) ?? '',
      bestLapSeconds: run.best?.lapSeconds ?? null,
      bestLapNumber: run.best?.lapNumber ?? null,
      bestLapDriver: run.best?.driver ?? null,
      gapFirstSeconds: index === 0 ? 0 : gapTo(leader),
      gapPreviousSeconds: gapTo(previous),
      laps: run.lapCount,
      status: null,
      kph: run.best?.kph ?? null,
      totalSeconds: kind === 'race' ? run.finishSeconds : null,
    };
  });
}
