import { byFirstLetter } from './by-first-letter';
import { readBareGap, readDigitsFraction, readFractionWords, readSeconds, readSecondWords } from './gap';
import { findGluedOrdinals } from './glued-ordinal';
import { readClockTime } from './lap-time';
import { codeEnd, isCarNumber, isGluedToWord, nonClaimEnd } from './non-claims';
import { readNumberToken } from './number-token';
import { ordinalWordPattern } from './number-words';
import { readOrdinal, readPNumber, readPole, readRow } from './position';
import { readSpeed } from './speed';
import type { Figure, Reading } from './types';

// One pass finds the few places a figure can start; each is then read locally, never with a global regex.
const anchorWords = ['tenths?', 'hundredths?', 'thousandths?', 'seconds?', 'pole', 'row', ...ordinalWordPattern.split('|')];
// Grouped by first letter (see byFirstLetter): this pass runs over every character of the text.
const anchorSource = String.raw`\d|\b(?:P(?=\d)|(?:${byFirstLetter(anchorWords)})\b)`;
const anchorPattern = new RegExp(anchorSource, 'gi');
const ordinalSuffix = /(?:st|nd|rd|th)(?![\p{L}\d])/iuy;

/** Every lap time, gap, speed and position figure in the text, in text order, before the words around are read. */
export function findFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  anchorPattern.lastIndex = 0;
  for (let match = anchorPattern.exec(text); match; match = anchorPattern.exec(text)) {
    const anchorEnd = match.index + match[0].length;
    const reading = isDigit(text.charCodeAt(match.index)) ? readAtDigit(text, match.index) : readAtWord(text, match.index, anchorEnd);
    if (reading.figure) figures.push(reading.figure);
    anchorPattern.lastIndex = Math.max(reading.end, anchorEnd);
  }
  const glued = findGluedOrdinals(text);
  return glued.length === 0 ? figures : inTextOrder(figures, glued);
}

// Both lists are in text order already: merge them.
function inTextOrder(figures: Figure[], more: Figure[]): Figure[] {
  const merged: Figure[] = [];
  let index = 0;
  for (const figure of more) {
    while (index < figures.length && figures[index].start <= figure.start) merged.push(figures[index++]);
    merged.push(figure);
  }
  while (index < figures.length) merged.push(figures[index++]);
  return merged;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function readAtDigit(text: string, index: number): Reading {
  if (isGluedToWord(text, index)) return { figure: null, end: codeEnd(text, index) };
  if (isCarNumber(text, index)) return { figure: null, end: codeEnd(text, index) };
  const skipEnd = nonClaimEnd(text, index);
  if (skipEnd >= 0) return { figure: null, end: skipEnd };
  const clock = readClockTime(text, index);
  if (clock) return { figure: clock, end: clock.end };
  const token = readNumberToken(text, index);
  const figure =
    readSpeed(text, token) ??
    readSeconds(text, token) ??
    readDigitsFraction(text, token) ??
    readOrdinalDigits(text, token.start, token.end, token.decimals) ??
    readBareGap(text, token);
  return { figure, end: figure?.end ?? token.end };
}

function readOrdinalDigits(text: string, start: number, end: number, decimals: number): Figure | null {
  if (decimals > 0) return null;
  ordinalSuffix.lastIndex = end;
  if (!ordinalSuffix.test(text)) return null;
  return readOrdinal(text, start, ordinalSuffix.lastIndex, 'ordinal-digits');
}

function readAtWord(text: string, start: number, end: number): Reading {
  const word = text.slice(start, end).toLowerCase();
  let figure: Figure | null;
  if (word === 'p') figure = readPNumber(text, start);
  else if (word === 'pole') figure = readPole(text, start, end);
  else if (word === 'row') figure = readRow(text, start, end);
  else if (/^(?:tenth|hundredth|thousandth)s?$/.test(word)) {
    figure = readFractionWords(text, start, end) ?? (word === 'tenth' ? readOrdinal(text, start, end, 'ordinal-word') : null);
  } else if (word.startsWith('second')) {
    figure = readSecondWords(text, start, end) ?? (word === 'second' ? readOrdinal(text, start, end, 'ordinal-word') : null);
  } else figure = readOrdinal(text, start, end, 'ordinal-word');
  if (word === 'p' && !figure) return { figure: null, end: codeEnd(text, start) };
  return { figure, end: figure?.end ?? end };
}
