import type { Figure, Notation } from './types';

const secondsWord = String.raw`(?:\s?(?:seconds|secs?|s)(?![\p{L}]))?`;
const clockNotations: [Notation, RegExp][] = [
  ['hours-colon', new RegExp(String.raw`(\d{1,2}):(\d{2}):(\d{2})\.(\d{1,4})${secondsWord}`, 'uy')],
  ['colon', new RegExp(String.raw`(\d{1,2}):(\d{2})\.(\d{1,4})${secondsWord}`, 'uy')],
  ['prime', new RegExp(String.raw`(\d{1,2})['′’](\d{2})\.(\d{1,4})${secondsWord}`, 'uy')],
  ['prime-quote', /(\d{1,2})['′’](\d{2})(?:''|"|″|”|’’)(\d{1,4})(?:'''|‴|’’’|''|"|″|”|’’|'|’)?/y],
  ['minutes-letters', /(\d{1,2})\s?m(?:in)?\s?(\d{1,2})\.(\d{1,4})\s?s(?![a-z])/iy],
];

/**
 * Reads a lap or race time written as a clock at `start`: `1:32.656`, `1:02:03.456`, `1'32.656`, `1'32"656`,
 * `1'32''656'''`, `1m32.656s`, `1min 32.656s`, `2:06.544 seconds`. A time without a fraction ("12:20") is not read.
 */
export function readClockTime(text: string, start: number): Figure | null {
  if (!mayStartClock(text, start)) return null;
  for (const [notation, pattern] of clockNotations) {
    pattern.lastIndex = start;
    const match = pattern.exec(text);
    if (!match) continue;
    const parts = match.slice(1).map(Number);
    const fraction = match[match.length - 1];
    const [hours, minutes, seconds] = parts.length === 4 ? parts : [0, ...parts];
    if (minutes >= 60 || seconds >= 60) return null;
    return {
      kind: 'lap_time',
      start,
      end: pattern.lastIndex,
      value: round(hours * 3600 + minutes * 60 + seconds + Number(fraction) / 10 ** fraction.length),
      unit: 's',
      notation,
      decimals: fraction.length,
    };
  }
  return null;
}

// Every clock opens with one or two digits and then a colon, a prime or quote, or "m": most numbers are ruled out
// by the character after their digits, without trying the five patterns.
function mayStartClock(text: string, start: number): boolean {
  let end = start;
  while (end < text.length && end - start <= 2 && isDigit(text.charCodeAt(end))) end += 1;
  if (end - start > 2) return false;
  const next = text[end];
  return next === ':' || next === "'" || next === '′' || next === '’' || next === 'm' || next === 'M' || /\s/.test(next ?? '');
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Rounds away binary noise so 60 + 32.656 reads as 92.656. */
export function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
