import type { SentenceSpan } from './sentences';

const clauseBreaks = new Set([',', ';', ':', '(', ')', '—', '–']);

/** The clause of `sentence` around [start, end): from the last comma, colon, dash or bracket before to the next after. */
export function clauseAround(text: string, sentence: SentenceSpan, start: number, end: number): { before: string; after: string } {
  let from = start;
  while (from > sentence.start && !clauseBreaks.has(text[from - 1])) from -= 1;
  let to = end;
  while (to < sentence.end && !clauseBreaks.has(text[to])) to += 1;
  return { before: text.slice(from, start), after: text.slice(end, to) };
}
