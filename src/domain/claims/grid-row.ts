import { claimWordsOf, type ClaimWords } from './languages/claim-words';
import { english } from './languages/english';
import { cardinalValue } from './number-words';
import { place, rowNumber } from './position';
import { readScopeAfter } from './scope';
import type { Figure } from './types';

// A row of the starting grid read as the places it holds ("front row" is first and second, "row five" ninth and
// tenth), with the words that make a row or pole only a prospect: a reader of its own beside the ordinal's.

// "seemed poised for pole", "looked a threat for pole position", "looked to have done enough to take a sixth
// consecutive pole", "it could be a front row lockout": a pole or row in prospect, not taken ("it would be pole for
// Hamilton" tells the outcome, so only "would have been" is a prospect).
// "the teams that look set to gain pole position": so with any verb of taking.
// "in his efforts to get the Acura onto the front row", "trying to put the car on pole": a place striven for.
// "it was disappointing not to get onto the front row": a place not reached.
// "it would have been good to get pole", "it’s super important to qualify on pole because …": a wish or a need in a
// quote, no place taken.
export const PLACE_IN_PROSPECT = /\b(?:(?:poised|set|on course|on track|in line|headed|heading|bound|destined|a threat|favou?rite)\s+for|(?:looked|seemed|appeared|look|seem|appear|looks|seems|appears)\s+(?:set|likely|certain|sure|to have done enough)\s+to\s+(?:take|claim|secure|grab|seal|snatch|land|gain|win|earn|get)|(?:efforts?|attempts?|bid|quest|trying|tried|tries|try|hoping|aiming)\s+to\s+(?:get|put|haul|drag|take|claim|grab|snatch)\b[^.,;:!?]{0,50}?\s+(?:onto|on|into|to)|(?:could|might)\s+(?:have\s+)?(?:be|been)|would\s+have\s+been|(?:would|could|['’]d)\s+(?:have\s+)?(?:been|be|liked?|loved?)\s+(?:(?:good|nice|great|better|ideal|perfect)\s+)?to\s+(?:get|take|have|claim|secure|grab|be|start|qualify)(?:\s+(?:on|from|in))?|(?:important|crucial|vital|key|essential|necessary|imperative)\s+(?:for\s+\p{L}+\s+)?to\s+(?:get|take|have|claim|secure|grab|be|start|qualify)(?:\s+(?:on|from|in))?|(?:not|never|n['’]t|failed|unable)\s+(?:to\s+)?(?:get|getting|make|making|reach|reaching|be|being)\s+(?:on(?:to)?|into|in|on)?)\s*(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}\d-]+\s+){0,2}?$/iu;
const rowBefore = /(?<![\p{L}])(front|inside|outside|voorste|vorderste|erste|première|primeira)(?:\s+|-)$/iu;

/**
 * Reads a row of the grid: "front row" (first or second), "second row" (third or fourth), "inside row five" (9th),
 * "outside row five" (10th), "primera fila", "derde startrij", "deuxième ligne", "Reihe zwei".
 */
export function readRow(text: string, rowStart: number, rowEnd: number, words: ClaimWords = claimWordsOf(english)): Figure | null {
  const before = text.slice(Math.max(0, rowStart - 16), rowStart);
  const side = rowBefore.exec(before);
  if (side && !/^(?:inside|outside)$/i.test(side[1])) {
    const start = rowStart - side[0].length;
    if (PLACE_IN_PROSPECT.test(text.slice(Math.max(0, start - 90), start))) return null;
    return { ...place(start, rowEnd, 1, 'row', readScopeAfter(text, rowEnd)), placeRange: [1, 2] };
  }
  const ordinal = new RegExp(String.raw`(?<![\p{L}])(${words.ordinalWord}|\d{1,2}(?:st|nd|rd|th|e|º|ª|\.))\s+(?:(?:start|starting|grid)\s+)?$`, 'iu').exec(before);
  const row = ordinal ? (words.ordinalOf(ordinal[1]) ?? Number.parseInt(ordinal[1], 10)) : NaN;
  if (Number.isInteger(row) && row >= 1 && row <= 15) {
    const start = rowStart - ordinal![0].length;
    return { ...place(start, rowEnd, row * 2 - 1, 'row', readScopeAfter(text, rowEnd)), placeRange: [row * 2 - 1, row * 2] };
  }
  const number = rowNumber.exec(text.slice(rowEnd, rowEnd + 12));
  if (!number) return null;
  const count = words.countOf(number[1]) ?? cardinalValue(number[1]) ?? Number(number[1]);
  if (!Number.isInteger(count) || count < 1 || count > 15 || /^an?$/i.test(number[1])) return null;
  const end = rowEnd + number[0].length;
  if (side) {
    const value = side[1].toLowerCase() === 'inside' ? count * 2 - 1 : count * 2;
    return place(rowStart - side[0].length, end, value, 'row', readScopeAfter(text, end));
  }
  return { ...place(rowStart, end, count * 2 - 1, 'row', readScopeAfter(text, end)), placeRange: [count * 2 - 1, count * 2] };
}
