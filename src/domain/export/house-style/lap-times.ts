import { findFigures } from '../../claims/figures';
import type { LapTimeNotation } from './house-style';

const CLOCK_NOTATIONS = new Set(['colon', 'prime', 'prime-quote', 'minutes-letters']);

function clockParts(seconds: number, decimals: number): { minutes: number; seconds: string; fraction: string } {
  const scale = 10 ** decimals;
  const units = Math.round(seconds * scale);
  const wholeSeconds = Math.floor(units / scale);
  return {
    minutes: Math.floor(wholeSeconds / 60),
    seconds: String(wholeSeconds % 60).padStart(2, '0'),
    fraction: String(units % scale).padStart(decimals, '0'),
  };
}

/** Writes a lap time of `seconds`, stated to `decimals` places, in `notation`. */
export function formatLapTime(seconds: number, decimals: number, notation: LapTimeNotation): string {
  const parts = clockParts(seconds, decimals);
  switch (notation) {
    case 'colon':
      return `${parts.minutes}:${parts.seconds}.${parts.fraction}`;
    case 'minutes-letters':
      return `${parts.minutes}m${parts.seconds}.${parts.fraction}s`;
    case 'prime-quote':
      return `${parts.minutes}'${parts.seconds}"${parts.fraction}`;
  }
}

/**
 * Rewrites every lap time written as minutes and seconds in one notation, keeping its precision, and drops a
 * unit the clock form makes redundant.
 *
 * @example
 * normaliseLapTimes("Derani turned in 1'32''656'''", 'colon') // "Derani turned in 1:32.656"
 * normaliseLapTimes('a pole time of 2:06.544 seconds', 'colon') // "a pole time of 2:06.544"
 */
export function normaliseLapTimes(text: string, notation: LapTimeNotation): string {
  let result = '';
  let at = 0;
  for (const figure of findFigures(text)) {
    if (figure.kind !== 'lap_time' || !CLOCK_NOTATIONS.has(figure.notation) || figure.decimals === 0) continue;
    result += text.slice(at, figure.start) + formatLapTime(figure.value, figure.decimals, notation);
    at = figure.end;
  }
  return result + text.slice(at);
}
