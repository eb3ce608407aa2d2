import type { Result } from './types';

function roundThousandths(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}

/**
 * The gap of a result to its class leader, on best laps (qualifying, practice) or total time (races):
 * 0 for the leader itself, null when either time is missing or, in a race, the car is laps down.
 */
export function gapToClassLeaderSeconds(result: Result, classLeader: Result, kind: 'practice' | 'qualifying' | 'race'): number | null {
  if (kind === 'race') {
    if (result.totalSeconds == null || classLeader.totalSeconds == null) return null;
    if (result.laps !== classLeader.laps) return null;
    return roundThousandths(result.totalSeconds - classLeader.totalSeconds);
  }
  if (result.bestLapSeconds == null || classLeader.bestLapSeconds == null) return null;
  return roundThousandths(result.bestLapSeconds - classLeader.bestLapSeconds);
}

/** Laps a race result is behind its class leader, or 0 on the lead lap. */
export function lapsBehindClassLeader(result: Result, classLeader: Result): number | null {
  if (result.laps == null || classLeader.laps == null) return null;
  return classLeader.laps - result.laps;
}
