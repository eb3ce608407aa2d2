import { byFirstLetter } from './by-first-letter';
import { readBareLap } from './bare-lap';
import { readBareGap, readDigitsFraction, readFractionWords, readMinuteWords, readQuotedSeconds, readSeconds, readSecondWords, readSlashFraction } from './gap';
import { findFastestPhrases } from './fastest-phrase';
import { findFastestLapBonus } from './fastest-lap-bonus';
import { findFirstPlaces } from './first-places';
import { findHeadedOrder } from './headed-order';
import { asRoadOrder } from './road-order';
import { asResultsGaps } from './results-gaps';
import { findGluedOrdinals } from './glued-ordinal';
import { claimWordsFor, type ClaimWords } from './languages/claim-words';
import { findGermanFastest } from './languages/german-compounds';
import { findWordedClockTimes, readClockTime, readLimitTime } from './lap-time';
import { codeEnd, isCarNumber, isGluedToWord, isTallied, nonClaimEnd } from './non-claims';
import { readNumberToken } from './number-token';
import { ordinalWordPattern } from './number-words';
import { readPole } from './pole';
import { readCountPairedAfter, readNounThenCount, readOrdinal, readPNumber } from './position';
import { ONE_TWO_WORDS, readOneTwo, readOneTwoWord } from './one-two';
import { readRow } from './grid-row';
import { readBestTime, readClassBest, readFrontOfGrid, readLedSession, readRunnerUp, readTop } from './place-phrases';
import { readSuperlative } from './superlative';
import { english } from './languages/english';
import { readSpeed } from './speed';
import type { Figure, Reading } from './types';

const englishAnchors = ['tenths?', 'hundredths?', 'thousandths?', 'quarters?', 'seconds?', 'minutes?', 'pole', 'poleposition', 'one-two', 'runner-up', 'top', 'front', 'led', 'best', 'polesitter', 'polesitting', 'poleman', 'row', 'fastest', 'quickest', 'topped', 'topping', 'tops', ...ONE_TWO_WORDS, ...ordinalWordPattern.split('|')];
const ordinalSuffix = /(?:st|nd|rd|th|e|er|ème|eme|º|ª|°)(?![\p{L}\d])/iuy;
// "(7./Ferrari)", "Alex Albon (16.)", "auf die 12. Startposition", "wird der Finne 13.": a German-style ordinal.
const dotOrdinal = /\.(?=\/|\)|\s+\p{Lu}|\s*$|\s*[,;])/uy;

interface Anchors {
  pattern: RegExp;
  /** The language's phrases for the best time ("de snelste tijd"), sticky, and an ordinal ending the text before. */
  bestTime: RegExp | null;
  ordinalBefore: RegExp;
  fractionWord: RegExp;
  secondsWord: RegExp;
  /** A place noun before a count ("Plätze vier"), in a language other than English. */
  placeNounThenCount: RegExp;
  /** A noun naming a competitor by his place before a count ("de nummer drie"). */
  rankNoun: RegExp | null;
}

const anchorsByWords = new WeakMap<ClaimWords, Anchors>();

// One pass finds the few places a figure can start; each is then read locally, never with a global regex. The
// words are grouped by first letter (see byFirstLetter): this pass runs over every character of the text.
function anchorsOf(words: ClaimWords): Anchors {
  const known = anchorsByWords.get(words);
  if (known) return known;
  const language = words.language;
  const ownWords = [
    ...Object.values(language.fractions).flat().filter((word): word is string => typeof word === 'string'),
    ...language.seconds.filter((word) => /^\p{L}{4,}$/u.test(word)),
    ...(language === english ? [] : [...Object.keys(language.ordinals), ...language.placeNouns, ...language.rowWords]),
    ...(language.bestTime ?? []).map((phrase) => phrase.split(/\s+/)[0]),
    ...(language.rankNouns ?? []),
  ];
  const anchorWords = [...new Set([...englishAnchors, ...ownWords])];
  const anchors = {
    pattern: new RegExp(String.raw`\d|\b(?:P(?=\d)|(?:${byFirstLetter(anchorWords)})(?![\p{L}]))`, 'giu'),
    bestTime: language.bestTime?.length ? new RegExp(`(?:${language.bestTime.join('|')})(?![\\p{L}])`, 'iuy') : null,
    ordinalBefore: new RegExp(String.raw`(?<![\p{L}])(?:${words.ordinalWord})\s+$`, 'iu'),
    fractionWord: new RegExp(`^(?:${words.fractionWord})$`, 'iu'),
    secondsWord: new RegExp(`^(?:${words.secondsWord})$`, 'iu'),
    placeNounThenCount: language === english ? /$^/ : new RegExp(String.raw`^(?:${words.placeNoun})\s+\p{L}+$`, 'iu'),
    rankNoun: language.rankNouns?.length ? new RegExp(`^(?:${language.rankNouns.join('|')})$`, 'iu') : null,
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
  const worded = findWordedClockTimes(text, words);
  anchorPattern.lastIndex = 0;
  for (let match = anchorPattern.exec(text); match; match = anchorPattern.exec(text)) {
    const inside = worded.find((figure) => match.index >= figure.start && match.index < figure.end);
    if (inside) {
      anchorPattern.lastIndex = inside.end;
      continue;
    }
    const anchorEnd = match.index + match[0].length;
    const reading = isDigit(text.charCodeAt(match.index)) ? readAtDigit(text, match.index, words) : readAtWord(text, match.index, anchorEnd, words, anchors);
    if (reading.figure && !(reading.figure.kind === 'position' && isTallied(text, reading.figure.start, reading.figure.end, words.countOf))) figures.push(reading.figure);
    const paired = reading.figure?.kind === 'position' && anchors.placeNounThenCount.test(text.slice(reading.figure.start, reading.figure.end)) ? readCountPairedAfter(text, reading.figure, words) : null;
    if (paired) figures.push(paired);
    anchorPattern.lastIndex = Math.max(paired?.end ?? reading.end, anchorEnd);
  }
  const compounds = words.language.name === 'German' ? findGermanFastest(text) : [];
  // A fastest lap named by the point it pays, where no reader at an anchor placed it already.
  const bonus = findFastestLapBonus(text).filter((found) => ![...figures, ...compounds].some((figure) => figure.start < found.end && found.start < figure.end));
  const glued = [...findGluedOrdinals(text), ...worded, ...compounds, ...bonus, ...findFastestPhrases(text, words), ...findFirstPlaces(text, words), ...findHeadedOrder(text, words)].sort((a, b) => a.start - b.start);
  const all = glued.length === 0 ? figures : inTextOrder(figures, glued);
  return asResultsGaps(text, all.filter((figure, index) => !isGapsYardstick(text, figure, all[index - 1])).map((figure) => asRoadOrder(text, figure)));
}

// "à 0’’328s de la première place", "a una décima de la pole", "0,3 Sekunden auf die Pole", "0.3s off P1": the
// place a gap is measured from, named right after the gap, is nobody's place ("second-placed Hamilton" is his).
const YARDSTICK_BETWEEN =
  /^\s*(?:off(?:\s+of)?|behind|short of|shy of|adrift of|away from|de|du|des|d['’]|da|dal|dalla|dallo|della|del|do|von|vom|hinter|auf|achter|van|op)\s*(?:(?:the|la|le|les|l['’]|el|il|lo|die|der|den|dem|de|het|a|o)\s*)?$/iu;

function isGapsYardstick(text: string, figure: Figure, before: Figure | undefined): boolean {
  if (figure.kind !== 'position' || before?.kind !== 'gap' || /placed$/i.test(text.slice(figure.start, figure.end))) return false;
  return YARDSTICK_BETWEEN.test(text.slice(before.end, figure.start));
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

// "quase quebrou a barreira de 75 segundos", "the barrier of 1:15": the time a barrier stands at is nobody's lap and no
// gap; a lap under it is read where the words say so ("under the 1min19sec barrier").
const BARRIER_OF = /(?<![\p{L}])(?:barrier|barreira|barrera|barriera|barrière|muur|grens|marca|marke)\s+(?:of|de|da|do|dos|des|del|dei|della|von|van)\s+(?:the\s+|os\s+|los\s+|les\s+|la\s+|le\s+)?$/iu;

function readAtDigit(text: string, index: number, words: ClaimWords): Reading {
  // "a Toyota 1-2-3": the pair is read with its third (readOneTwo), where the hyphen after "2" hid it.
  const oneTwo = /^1\s?[-–]\s?2(?=\s?[-–]\s?3(?![\d/-]|[.,:]\d))|^1\s?[-–]\s?2(?![\d/-]|[.,:]\d)/.exec(text.slice(index, index + 6));
  const pair = oneTwo ? readOneTwo(text, index, index + oneTwo[0].length) : null;
  if (pair) return { figure: pair, end: pair.end };
  if (isGluedToWord(text, index)) return { figure: null, end: codeEnd(text, index) };
  if (isCarNumber(text, index)) return { figure: null, end: codeEnd(text, index) };
  // "3/10 devant Verstappen" is read before "3/10" can be taken for a date: only a gap's words make it a fraction.
  const slashed = /^\d{1,3}\/10{1,3}(?!\d)/.test(text.slice(index, index + 8)) ? readSlashFraction(text, readNumberToken(text, index, words.decimalComma), words) : null;
  if (slashed) return { figure: slashed, end: slashed.end };
  const limit = readLimitTime(text, index);
  if (limit) return { figure: limit, end: limit.end };
  if (BARRIER_OF.test(text.slice(Math.max(0, index - 32), index))) return { figure: null, end: readNumberToken(text, index, words.decimalComma).end };
  const skipEnd = nonClaimEnd(text, index);
  if (skipEnd >= 0) return { figure: null, end: skipEnd };
  const clock = readClockTime(text, index, words);
  // "1h 33:36.531", "1:35:29.972s": no lap of any circuit takes a quarter of an hour (Pescara's took ten
  // minutes), so a clock that long is a race's or a stint's total time, which the timing does not hold as a lap.
  if (clock && clock.value >= LONGEST_LAP_SECONDS) return { figure: null, end: clock.end };
  if (clock) return { figure: gapAfterPlus(text, clock), end: clock.end };
  const token = readNumberToken(text, index, words.decimalComma);
  const figure =
    readSpeed(text, token) ??
    readQuotedSeconds(text, token) ??
    readSeconds(text, token, words) ??
    readDigitsFraction(text, token, words) ??
    readOrdinalDigits(text, token.start, token.end, token.decimals, words) ??
    readPlaceAfterNoun(text, token.start, token.end, token.decimals, words) ??
    readBareGap(text, token, words) ??
    readBareLap(text, token);
  return { figure, end: figure?.end ?? token.end };
}

const LONGEST_LAP_SECONDS = 15 * 60;

// "+ 1:00.665" in a classification is a gap to the winner written as a clock, not a lap.
function gapAfterPlus(text: string, clock: Figure): Figure {
  const plus = /\+\s?$/.exec(text.slice(Math.max(0, clock.start - 2), clock.start));
  if (!plus || clock.notation === 'hours-colon') return clock;
  return { ...clock, kind: 'gap', start: clock.start - plus[0].length };
}

function readOrdinalDigits(text: string, start: number, end: number, decimals: number, words: ClaimWords): Figure | null {
  if (decimals > 0) return null;
  ordinalSuffix.lastIndex = end;
  if (ordinalSuffix.test(text)) return readOrdinal(text, start, ordinalSuffix.lastIndex, 'ordinal-digits', words);
  dotOrdinal.lastIndex = end;
  if (text[end] !== '.' || !dotOrdinal.test(text) || /\d/.test(text[end + 1] ?? '')) return null;
  const after = text.slice(end + 1, end + 24);
  const before = text.slice(Math.max(0, start - 40), start);
  const placeNoun = new RegExp(String.raw`^\s*(?:${words.placeNoun})`, 'iu').test(after);
  const bracketed = /^[/)]/.test(after) && /\(\s*$/.test(before);
  const verbed = /^\s*(?:$|[,;])/.test(after) && new RegExp(String.raw`(?<![\p{L}])(?:${words.placeVerb})(?:\s+\p{L}+){0,3}\s+$`, 'iu').test(before);
  if (!placeNoun && !bracketed && !verbed) return null;
  return { kind: 'position', start, end, value: Number(text.slice(start, end)), unit: 'place', notation: 'ordinal-digits', decimals: 0, scope: null };
}

const EVENT_HOURS_AFTER = /^\s*(?:hours|horas|heures|ore|stunden|uur|h)\b/iu;

// "Platz 4", "P 4", "posición 5": a place noun, then the number.
function readPlaceAfterNoun(text: string, start: number, end: number, decimals: number, words: ClaimWords): Figure | null {
  if (decimals > 0 || Number(text.slice(start, end)) > 99) return null;
  if (!new RegExp(String.raw`(?<![\p{L}])(?:${words.placeNoun})\s+(?:n(?:o|º|r)\.?\s*)?$`, 'iu').test(text.slice(Math.max(0, start - 20), start))) return null;
  // "Posiciones 6 Horas de São Paulo", "Classifica 24 Ore di Le Mans": the number opens an event's name, a count of hours.
  if (EVENT_HOURS_AFTER.test(text.slice(end, end + 16))) return null;
  return { kind: 'position', start, end, value: Number(text.slice(start, end)), unit: 'place', notation: 'ordinal-digits', decimals: 0, scope: null };
}

function readAtWord(text: string, start: number, end: number, words: ClaimWords, anchors: Anchors): Reading {
  const written = text.slice(start, end);
  const word = written.toLowerCase();
  let figure: Figure | null;
  const bestTime = anchors.bestTime ? readBestTime(text, start, anchors.bestTime, anchors.ordinalBefore) : null;
  if (bestTime) return { figure: bestTime, end: bestTime.end };
  if (word === 'p') figure = readPNumber(text, start);
  else if (word === 'pole' || word === 'poleposition' || word === 'polesitter' || word === 'polesitting' || word === 'poleman') figure = readPole(text, start, end, words.language.name);
  else if (word === 'one-two') figure = readOneTwo(text, start, end);
  else if (ONE_TWO_WORDS.has(word)) figure = readOneTwoWord(text, start, end);
  else if (word === 'runner-up') figure = readRunnerUp(text, start, end);
  else if (word === 'top') figure = readTop(text, start, end);
  else if (word === 'front') figure = readFrontOfGrid(text, start, end);
  else if (word === 'led') figure = readLedSession(text, start, end);
  else if (word === 'best') figure = readClassBest(text, start, end) ?? readSuperlative(text, start, end);
  else if (/^(?:fastest|quickest|topped|topping|tops)$/.test(word)) figure = readSuperlative(text, start, end);
  else if (new RegExp(`^(?:${words.rowWord})$`, 'iu').test(written)) figure = readRow(text, start, end, words);
  else if (new RegExp(`^(?:${words.placeNoun})$`, 'iu').test(written) && words.language !== english) figure = readNounThenCount(text, start, end, words);
  else if (anchors.rankNoun?.test(written)) figure = /(?<![\p{L}])(?:de|het)\s+$/iu.test(text.slice(Math.max(0, start - 6), start)) ? readNounThenCount(text, start, end, words) : null;
  else if (anchors.fractionWord.test(written)) {
    figure = readFractionWords(text, start, end, words) ?? (words.ordinalOf(word) !== null ? readOrdinal(text, start, end, 'ordinal-word', words) : null);
  } else if (/^minutes?$/i.test(word)) figure = readMinuteWords(text, start, end, words);
  else if (anchors.secondsWord.test(written)) {
    figure = readSecondWords(text, start, end, words) ?? (words.ordinalOf(word) !== null ? readOrdinal(text, start, end, 'ordinal-word', words) : null);
  } else figure = readOrdinal(text, start, end, 'ordinal-word', words);
  if (word === 'p' && !figure) return { figure: null, end: codeEnd(text, start) };
  return { figure, end: figure?.end ?? end };
}
