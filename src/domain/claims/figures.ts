import { byFirstLetter } from './by-first-letter';
import { readBareGap, readDigitsFraction, readFractionWords, readSeconds, readSecondWords } from './gap';
import { findGluedOrdinals } from './glued-ordinal';
import { claimWordsFor, type ClaimWords } from './languages/claim-words';
import { readClockTime } from './lap-time';
import { codeEnd, isCarNumber, isGluedToWord, nonClaimEnd } from './non-claims';
import { readNumberToken } from './number-token';
import { ordinalWordPattern } from './number-words';
import { readOrdinal, readPNumber, readPole, readRow } from './position';
import { readSpeed } from './speed';
import type { Figure, Reading } from './types';

const englishAnchors = ['tenths?', 'hundredths?', 'thousandths?', 'seconds?', 'pole', 'row', ...ordinalWordPattern.split('|')];
const ordinalSuffix = /(?:st|nd|rd|th)(?![\p{L}\d])/iuy;

interface Anchors {
  pattern: RegExp;
  fractionWord: RegExp;
  secondsWord: RegExp;
}

const anchorsByWords = new WeakMap<ClaimWords, Anchors>();

// One pass finds the few places a figure can start; each is then read locally, never with a global regex. The
// words are grouped by first letter (see byFirstLetter): this pass runs over every character of the text.
function anchorsOf(words: ClaimWords): Anchors {
  const known = anchorsByWords.get(words);
  if (known) return known;
  const language = words.language;
  const ownWords = [...Object.values(language.fractions).flat(), ...language.seconds.filter((word) => /^\p{L}{4,}$/u.test(word))];
  const anchorWords = [...new Set([...englishAnchors, ...ownWords])];
  const anchors = {
    pattern: new RegExp(String.raw`\d|\b(?:P(?=\d)|(?:${byFirstLetter(anchorWords)})(?![\p{L}]))`, 'giu'),
    fractionWord: new RegExp(`^(?:${words.fractionWord})$`, 'iu'),
    secondsWord: new RegExp(`^(?:${words.secondsWord})$`, 'iu'),
  };
  anchorsByWords.set(words, anchors);
  return anchors;
}

/**
 * Every lap time, gap, speed and position figure in the text, in text order, before the words around are read.
 * `words` are the timing words of the text's language (English and the language found, by default).
 */
export function findFigures(text: string, words: ClaimWords = claimWordsFor(text)): Figure[] {
  const figures: Figure[] = [];
  const anchors = anchorsOf(words);
  const anchorPattern = anchors.pattern;
  anchorPattern.lastIndex = 0;
  for (let match = anchorPattern.exec(text); match; match = anchorPattern.exec(text)) {
    const anchorEnd = match.index + match[0].length;
    const reading = isDigit(text.charCodeAt(match.index)) ? readAtDigit(text, match.index, words) : readAtWord(text, match.index, anchorEnd, words, anchors);
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

function readAtDigit(text: string, index: number, words: ClaimWords): Reading {
  if (isGluedToWord(text, index)) return { figure: null, end: codeEnd(text, index) };
  if (isCarNumber(text, index)) return { figure: null, end: codeEnd(text, index) };
  const skipEnd = nonClaimEnd(text, index);
  if (skipEnd >= 0) return { figure: null, end: skipEnd };
  const clock = readClockTime(text, index, words);
  if (clock) return { figure: clock, end: clock.end };
  const token = readNumberToken(text, index, words.decimalComma);
  const figure =
    readSpeed(text, token) ??
    readSeconds(text, token, words) ??
    readDigitsFraction(text, token, words) ??
    readOrdinalDigits(text, token.start, token.end, token.decimals) ??
    readBareGap(text, token, words);
  return { figure, end: figure?.end ?? token.end };
}

function readOrdinalDigits(text: string, start: number, end: number, decimals: number): Figure | null {
  if (decimals > 0) return null;
  ordinalSuffix.lastIndex = end;
  if (!ordinalSuffix.test(text)) return null;
  return readOrdinal(text, start, ordinalSuffix.lastIndex, 'ordinal-digits');
}

function readAtWord(text: string, start: number, end: number, words: ClaimWords, anchors: Anchors): Reading {
  const written = text.slice(start, end);
  const word = written.toLowerCase();
  let figure: Figure | null;
  if (word === 'p') figure = readPNumber(text, start);
  else if (word === 'pole') figure = readPole(text, start, end);
  else if (word === 'row') figure = readRow(text, start, end);
  else if (anchors.fractionWord.test(written)) {
    figure = readFractionWords(text, start, end, words) ?? (word === 'tenth' ? readOrdinal(text, start, end, 'ordinal-word') : null);
  } else if (anchors.secondsWord.test(written)) {
    figure = readSecondWords(text, start, end, words) ?? (word === 'second' ? readOrdinal(text, start, end, 'ordinal-word') : null);
  } else figure = readOrdinal(text, start, end, 'ordinal-word');
  if (word === 'p' && !figure) return { figure: null, end: codeEnd(text, start) };
  return { figure, end: figure?.end ?? end };
}
