import { byFirstLetter } from './by-first-letter';
import { ordinalWordPattern } from './number-words';
import { readOrdinal } from './position';
import type { Figure } from './types';

// "it is Porschethird on the grid": machine translation glues an ordinal onto the capitalised word before it.
// Lower-case ordinals only, found as literals; whether a lower-case letter comes before is checked in code.
const ordinal = new RegExp(String.raw`(?:${byFirstLetter(ordinalWordPattern.split('|'))})\b`, 'g');
// The English words with three letters or more before a trailing ordinal (a 275,000-word list has these 11), and
// the other units of time in seconds.
const wordsEndingInOrdinals = new Set([
  'headfirst', 'feetfirst', 'standfirst', 'arcsecond', 'attosecond', 'femtosecond', 'picosecond', 'nanosecond',
  'microsecond', 'millisecond', 'kilosecond', 'megasecond', 'gigasecond', 'yoctosecond', 'zeptosecond',
]);
const shortestPrefix = 3;

/**
 * Positions written as an ordinal glued to the word before it ("Porschethird on the grid" is third), read only
 * where that word is capitalised, at least three letters long and not itself an English word ("Headfirst").
 * The figure covers the ordinal alone.
 */
export function findGluedOrdinals(text: string): Figure[] {
  const figures: Figure[] = [];
  ordinal.lastIndex = 0;
  for (let match = ordinal.exec(text); match; match = ordinal.exec(text)) {
    const ordinalStart = match.index;
    if (!isLowerCaseAscii(text.charCodeAt(ordinalStart - 1))) continue;
    const wordStart = startOfWord(text, ordinalStart);
    if (!isPlausiblePrefix(text, wordStart, ordinalStart)) continue;
    if (wordsEndingInOrdinals.has(text.slice(wordStart, ordinal.lastIndex).toLowerCase())) continue;
    const figure = readOrdinal(text, ordinalStart, ordinal.lastIndex, 'ordinal-word');
    if (figure) figures.push(figure);
  }
  return figures;
}

function isLowerCaseAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

function startOfWord(text: string, index: number): number {
  let start = index;
  while (start > 0 && /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]/.test(text[start - 1])) start -= 1;
  return start;
}

// A capital, then lower-case letters with a vowel among them: "Porsche", not "GTD" or "Xyz" or part of a code.
function isPlausiblePrefix(text: string, wordStart: number, ordinalStart: number): boolean {
  if (ordinalStart - wordStart < shortestPrefix || /[\d_]/.test(text[wordStart - 1] ?? '')) return false;
  const prefix = text.slice(wordStart, ordinalStart);
  return /^[A-Z\u00C0-\u00D6\u00D8-\u00DE][a-z\u00DF-\u00F6\u00F8-\u00FF]+$/.test(prefix) && /[aeiouy]/.test(prefix);
}
