import { followsMonthName } from './non-claims';
import { cardinalValue, ordinalValue } from './number-words';
import { readScopeAfter } from './scope';
import type { Figure, Notation } from './types';

const placeNounAfter =
  /^[\s-]+(?:place|position|spot|fastest|quickest|on the grid|overall|in class|starting (?:spot|position|place))\b/i;
// "the second-place finisher" describes another driver; it does not place this one.
const adjectivalPlace = /^-(?:place|placed)\s+\p{L}/iu;
const placeVerbBefore =
  /\b(?:start|starts|started|starting|was|is|were|be|been|finished|finish|finishes|ended up|end up|ends up|qualified|qualifies|qualify|classified|placed|came|comes|home|sits|sat|ran|went|in|good for|settled for|settle for|(?:fell|dropped|slipped|climbed|rose|moved|moved up|jumped|promoted|demoted|elevated|up) to)\s+$/i;
const endOfPlaceAfter = /^\s*(?:[.,;:!?)]|$|(?:in|on|for|with|and|overall|behind|ahead|after|then|at)\b)/i;
// "Lexus stands out, second in GTD-Pro": an ordinal set off by a comma places the subject when a class follows.
const appositiveBefore = /,\s+$/;

/**
 * Reads an ordinal as a finishing or starting place where the words make it one ("will start third",
 * "tenth place", "20th at the end", "second in class"), and not in "his first qualifying session" or "third pole".
 */
export function readOrdinal(text: string, start: number, end: number, notation: Notation): Figure | null {
  const written = text.slice(start, end);
  const value = ordinalValue(written) ?? Number.parseInt(written, 10);
  if (!Number.isFinite(value) || value < 1 || followsMonthName(text, start)) return null;
  const after = text.slice(end, end + 30);
  const before = text.slice(Math.max(0, start - 24), start);
  if (adjectivalPlace.test(after)) return null;
  const scope = readScopeAfter(text, end);
  const placed = placeNounAfter.test(after) || (placeVerbBefore.test(before) && endOfPlaceAfter.test(after)) || (appositiveBefore.test(before) && /^\s+in\b/i.test(after) && scope !== null);
  if (!placed) return null;
  return place(start, end, value, notation, scope);
}

const pNumber = /P(\d{1,2})(?![\w])/y;

/** Reads `P3`, `P13` as a place; not model names such as "JS P320" or "run P1" in a quote about ambition. */
export function readPNumber(text: string, letterIndex: number): Figure | null {
  if (letterIndex > 0 && /[\w]/.test(text[letterIndex - 1])) return null;
  pNumber.lastIndex = letterIndex;
  const match = pNumber.exec(text);
  if (!match || /\brun\s+$/i.test(text.slice(Math.max(0, letterIndex - 6), letterIndex))) return null;
  const end = pNumber.lastIndex;
  return place(letterIndex, end, Number(match[1]), 'p-number', readScopeAfter(text, end));
}

// "provisional pole", "third pole in four races", "0.3s off pole": pole named, but not as this car's place.
const notAPole =
  /(?:provisional|new|\d|first|second|third|fourth|fifth|\ba|(?:off(?: of)?|short of|shy of|behind|away from)(?: the)?)\s+$/i;
const poleNounAfter = /^[\s-]*(?:time|lap|sitter|winner|award|day|shootout|speed)\b/i;

/** Reads "pole" and "pole position" as first place ("won the pole"), but not "provisional pole" or "pole time". */
export function readPole(text: string, start: number, end: number): Figure | null {
  const before = text.slice(Math.max(0, start - 16), start);
  const afterPole = /^\s+position\b/i.exec(text.slice(end, end + 12));
  const poleEnd = afterPole ? end + afterPole[0].length : end;
  if (notAPole.test(before) || poleNounAfter.test(text.slice(poleEnd, poleEnd + 12))) return null;
  return place(start, poleEnd, 1, 'pole', readScopeAfter(text, poleEnd));
}

const rowBefore = /\b(front|inside|outside)\s+$/i;
const rowNumber = /^\s+(\d{1,2}|[a-z]+)\b/i;

/** Reads "front row" (first or second), "inside row five" (9th) and "outside row five" (10th). */
export function readRow(text: string, rowStart: number, rowEnd: number): Figure | null {
  const before = rowBefore.exec(text.slice(Math.max(0, rowStart - 10), rowStart));
  if (!before) return null;
  const start = rowStart - before[0].length;
  const side = before[1].toLowerCase();
  if (side === 'front') {
    return { ...place(start, rowEnd, 1, 'row', readScopeAfter(text, rowEnd)), placeRange: [1, 2] };
  }
  const number = rowNumber.exec(text.slice(rowEnd, rowEnd + 12));
  const row = number ? (cardinalValue(number[1]) ?? Number(number[1])) : NaN;
  if (!Number.isInteger(row) || row < 1 || number === null || /^an?$/i.test(number[1])) return null;
  const end = rowEnd + number[0].length;
  const value = side === 'inside' ? row * 2 - 1 : row * 2;
  return place(start, end, value, 'row', readScopeAfter(text, end));
}

function place(start: number, end: number, value: number, notation: Notation, scope: string | null): Figure {
  return { kind: 'position', start, end, value, unit: 'place', notation, decimals: 0, scope };
}
