import { numberNotation, type NumberToken } from './number-token';
import type { Figure } from './types';

const speedUnit =
  /\s?(mph|miles per hour|miles an hour|km\/h|kph|kmh|kilometres per hour|kilometers per hour)(?![\p{L}])/iuy;

/** Reads a speed after a number: `103.637 mph`, `222.6 km/h`, `220 kph`, `130 miles per hour`. */
export function readSpeed(text: string, token: NumberToken): Figure | null {
  speedUnit.lastIndex = token.end;
  const match = speedUnit.exec(text);
  if (!match || token.plus) return null;
  const imperial = /^m/i.test(match[1]);
  return {
    kind: 'speed',
    start: token.start,
    end: speedUnit.lastIndex,
    value: token.value,
    unit: imperial ? 'mph' : 'km/h',
    notation: numberNotation(token),
    decimals: token.decimals,
  };
}
