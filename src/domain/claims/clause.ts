import type { SentenceSpan } from './sentences';

/** Where the clause around a figure starts and ends, as offsets into the text. */
export interface ClauseSpan {
  start: number;
  end: number;
}

/** The clause of `sentence` around [start, end): from the last comma, colon, dash or bracket before to the next after. */
export function clauseAround(text: string, sentence: SentenceSpan, start: number, end: number): ClauseSpan {
  let from = start;
  while (from > sentence.start && !isClauseBreak(text.charCodeAt(from - 1))) from -= 1;
  let to = end;
  while (to < sentence.end && !isClauseBreak(text.charCodeAt(to))) to += 1;
  return { start: from, end: to };
}

// , ; : ( ) — –, by character code: this runs over every character of every clause that holds a figure.
function isClauseBreak(code: number): boolean {
  return code === 44 || code === 59 || code === 58 || code === 40 || code === 41 || code === 0x2014 || code === 0x2013;
}
