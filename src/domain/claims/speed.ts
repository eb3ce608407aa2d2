import { numberNotation, type NumberToken } from './number-token';
import type { Figure } from './types';

const speedUnit =
  /\s?(mph|miles per hour|miles an hour|km\/h|kph|kmh|kilometres per hour|kilometers per hour)(?![\p{L}])/iuy;

/** Reads a speed after a number: `103.637 mph`, `222.6 km/h`, `220 kph`, `130 miles per hour`. */
export function readSpeed(text: string, token: NumberToken): Figure | null {
  speedUnit.lastIndex = token.end;
  const match = speedUnit.exec(text);
  const converted = match ? null : convertedInBrackets(text, token);
  if ((!match && !converted) || token.plus || isRaceAverage(text, token.start, match ? speedUnit.lastIndex : token.end)) return null;
  const imperial = match ? /^m/i.test(match[1]) : converted === 'mph';
  return {
    kind: 'speed',
    start: token.start,
    end: match ? speedUnit.lastIndex : cutUnit.lastIndex,
    value: token.value,
    unit: imperial ? 'mph' : 'km/h',
    notation: numberNotation(token),
    decimals: token.decimals,
  };
}

// "He averaged 107.201 mph (172.524 km)", "at 222.6 km/h (138.3 mi)": the same speed in the other unit in brackets right
// after a speed, its unit cut short to the distance's; a distance never follows a speed so.
const SPEED_THEN_BRACKET = /\d\s?(mph|miles per hour|km\/h|kph|kmh)\s*\(\s*$/i;
const cutUnit = /\s?(km|mi|miles)(?![\p{L}/])/iuy;

function convertedInBrackets(text: string, token: NumberToken): 'mph' | 'km/h' | null {
  const before = SPEED_THEN_BRACKET.exec(text.slice(Math.max(0, token.start - 24), token.start));
  cutUnit.lastIndex = token.end;
  const unit = before ? cutUnit.exec(text) : null;
  if (!before || !unit || text[cutUnit.lastIndex] !== ')') return null;
  const metric = /^k/i.test(unit[1]);
  return metric === /^m/i.test(before[1]) ? (metric ? 'km/h' : 'mph') : null;
}

// "average race speed 201.843 km/h", "a race average of 187.4 km/h", "averaged 120.5 mph over the race distance": the
// whole race's distance over its time, which no lap of the timing holds.
const RACE_AVERAGE_BEFORE = /\b(?:average\s+race\s+speed|race(?:'s|’s)?\s+average(?:\s+speed)?|average\s+speed\s+(?:of|for|over)\s+the\s+(?:race|distance|whole\s+race))\s*(?:of|was|at|:)?\s*$/i;
const RACE_AVERAGE_AFTER = /^\s*(?:average\s+)?(?:over|for|across)\s+the\s+(?:race|(?:race|full|whole|entire)\s+distance|distance)\b/i;

// "1st: Sebastian Vettel (Red Bull Renault) 1hr 32m 36.300s (198.202 km/h)", "1:32:36.300 (198.202 km/h)": a speed in
// brackets after a time counted in hours is the average over that time, the race's; a lap's speed follows a lap
// ("1:14.400 (108.290 mph)"), and no lap takes an hour.
const AFTER_HOURS = /(?:\d{1,2}\s?(?:h|hrs?|hours?)\.?\s?\d{1,2}\s?(?:m|min|mins|minutes?)\.?\s?\d{1,2}(?:[.,]\d+)?\s?(?:s|secs?|seconds?)?|\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?)\s*\(\s*$/i;

function isRaceAverage(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 48), start);
  return RACE_AVERAGE_BEFORE.test(before) || AFTER_HOURS.test(before) || RACE_AVERAGE_AFTER.test(text.slice(end, end + 40));
}
