import { lengthKmFromSpeed } from './speed';
import type { Track } from './types';

/** A lap and the km/h its file publishes for it: a best lap of the results or a lap of the laps file. */
export interface TimedSpeed {
  seconds: number | null;
  kph: number | null;
}

// Al Kamel's km/h has one decimal, so at 100 km/h and more the length it gives is good to 0.05%; tracks in the
// catalogue closer together than 0.15% (Interlagos and Rodriguez) are never told apart by it.
const TOLERANCE = 0.0015;
// A handful of laps: one car's mistyped speed must not name a circuit.
const LEAST_LAPS = 3;

/**
 * The catalogue track whose length the file's own speeds give (km/h × lap time), when the file names no circuit:
 * timing chosen file by file in a browser comes without its folder ("01-roar-before-the-24"). The median of the
 * laps, and only a track that no other in the catalogue lies as close to.
 * @example trackBySpeed([{ seconds: 92.656, kph: 222.6 }, …], tracks)?.id // 'daytona' (5.729 km)
 */
export function trackBySpeed(laps: readonly TimedSpeed[], tracks: readonly Track[]): Track | null {
  const lengths = laps
    .filter((lap): lap is { seconds: number; kph: number } => lap.seconds !== null && lap.kph !== null && lap.seconds > 0 && lap.kph >= 100)
    .map((lap) => lengthKmFromSpeed(lap.kph, lap.seconds))
    .sort((a, b) => a - b);
  if (lengths.length < LEAST_LAPS) return null;
  const median = lengths[Math.floor(lengths.length / 2)];
  const near = tracks.filter((track) => Math.abs(median - track.lengthKm) / track.lengthKm <= TOLERANCE);
  return near.length === 1 ? near[0] : null;
}
