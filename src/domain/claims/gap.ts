import { gapCueAfter, gapCueBefore, lapContextBefore, notSecondsAfter, notTimingAfter } from './cues';
import { round } from './lap-time';
import { numberNotation, type NumberToken } from './number-token';
import { cardinalValue, cardinalWordPattern, fractionUnits } from './number-words';
import type { Figure } from './types';

/** Below this many seconds a figure in seconds is a gap; from it on, a lap time ("129.9 seconds"). */
export const shortestLapSeconds = 20;
const longestLapSeconds = 600;

const secondsUnit = /(?:\s?-\s?|\s)?(?:seconds|second|secs|sec|s)(?![\p{L}])/iuy;
const fractionAfterDigits = /[\s-]+(tenth|hundredth|thousandth)s?(?:\s+of\s+a\s+second)?(?![\p{L}])/iuy;
const placeWordAfter = /^[\s-]+(?:place|position|spot|row|on the grid|overall)\b/i;
const ofASecond = /\s+of\s+an?\s+second(?![\p{L}])/iuy;
const countBefore = new RegExp(String.raw`(?:^|[^\p{L}\d])(half an?|${cardinalWordPattern})[\s-]+$`, 'diu');

/**
 * Reads a figure in seconds: `.185 seconds`, `0.076-second`, `1.2s` are gaps; `92.656s`, `129.9 seconds` lap times.
 * Whole seconds are read only where the words make them timing ("under 130 seconds" for a lap, "2 seconds
 * behind"), not in "30 seconds later".
 */
export function readSeconds(text: string, token: NumberToken): Figure | null {
  secondsUnit.lastIndex = token.end;
  if (!secondsUnit.test(text)) return null;
  const end = secondsUnit.lastIndex;
  if (notTimingAfter.test(text.slice(end, end + 24)) || token.value >= longestLapSeconds) return null;
  const lapTime = token.value >= shortestLapSeconds;
  if (token.decimals === 0 && !(lapTime ? hasLapContext(text, token) : hasGapCue(text, token.start, end))) return null;
  return {
    kind: lapTime ? 'lap_time' : 'gap',
    start: token.start,
    end,
    value: token.value,
    unit: 's',
    notation: numberNotation(token),
    decimals: token.decimals,
  };
}

/** Reads a gap counted in digits and fraction words: `80 thousandths`, `1 tenth`, `2 tenths of a second`. */
export function readDigitsFraction(text: string, token: NumberToken): Figure | null {
  if (token.decimals > 0) return null;
  fractionAfterDigits.lastIndex = token.end;
  const match = fractionAfterDigits.exec(text);
  if (!match) return null;
  const unit = fractionUnits[match[1].toLowerCase()];
  return {
    kind: 'gap',
    start: token.start,
    end: fractionAfterDigits.lastIndex,
    value: round(token.value * unit.seconds),
    unit: 's',
    notation: 'digits-fraction',
    decimals: unit.decimals,
  };
}

/** Reads a decimal with no unit as a gap only where the words say so: `+0.071`, `0.150 off`, `by 0.2`. */
export function readBareGap(text: string, token: NumberToken): Figure | null {
  if (token.decimals === 0 || token.value >= shortestLapSeconds) return null;
  if (notSecondsAfter.test(text.slice(token.end, token.end + 16))) return null;
  if (!token.plus && !hasGapCue(text, token.start, token.end)) return null;
  return {
    kind: 'gap',
    start: token.start,
    end: token.end,
    value: token.value,
    unit: 's',
    notation: numberNotation(token),
    decimals: token.decimals,
  };
}

/**
 * Reads a gap written in words around the fraction word at `wordStart`: `four-tenths`, `a tenth`, `Eight tenths`,
 * `a hundredth`, taking in "of a second". Returns null for an ordinal such as "tenth place".
 */
export function readFractionWords(text: string, wordStart: number, wordEnd: number): Figure | null {
  const count = readCountBefore(text, wordStart);
  if (!count || placeWordAfter.test(text.slice(wordEnd, wordEnd + 16))) return null;
  const word = text.slice(wordStart, wordEnd).toLowerCase().replace(/s$/, '');
  const unit = fractionUnits[word];
  ofASecond.lastIndex = wordEnd;
  const end = ofASecond.test(text) ? ofASecond.lastIndex : wordEnd;
  return {
    kind: 'gap',
    start: count.start,
    end,
    value: round(count.value * unit.seconds),
    unit: 's',
    notation: 'words-fraction',
    decimals: unit.decimals + (count.value % 1 === 0 ? 0 : 1),
  };
}

/**
 * Reads a gap of whole or half seconds in words around "second(s)" at `wordStart`: `half a second`, and
 * `a second` or `two seconds` where the words around make it a gap ("by over a second", "a second faster").
 */
export function readSecondWords(text: string, wordStart: number, wordEnd: number): Figure | null {
  const count = readCountBefore(text, wordStart);
  if (!count) return null;
  const half = count.value === 0.5;
  if (!half && !hasGapCue(text, count.start, wordEnd)) return null;
  return {
    kind: 'gap',
    start: count.start,
    end: wordEnd,
    value: count.value,
    unit: 's',
    notation: 'words-second',
    decimals: half ? 1 : 0,
  };
}

function hasGapCue(text: string, start: number, end: number): boolean {
  return gapCueAfter.test(text.slice(end, end + 24)) || gapCueBefore.test(text.slice(Math.max(0, start - 40), start));
}

function hasLapContext(text: string, token: NumberToken): boolean {
  return lapContextBefore.test(text.slice(Math.max(0, token.start - 80), token.start));
}

function readCountBefore(text: string, wordStart: number): { start: number; value: number } | null {
  const before = text.slice(Math.max(0, wordStart - 16), wordStart);
  const match = countBefore.exec(before);
  if (!match) return null;
  const word = match[1].toLowerCase();
  const value = word.startsWith('half') ? 0.5 : cardinalValue(word);
  if (value === null || value === 0) return null;
  const countStart = match.indices?.[1]?.[0] ?? match.index;
  return { start: wordStart - before.length + countStart, value };
}
