import type { Claim } from '../claims';

// The stretches of text around a claim that the session reading looks at: its clause, its paragraph as the
// writer broke it, and its sentence up to the clause that follows its own.

export function clauseAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !isBreak(text, from - 1)) from--;
  let to = end;
  while (to < text.length && !isBreak(text, to)) to++;
  return text.slice(from, to);
}

// A full stop ends a clause only before a space: "1.2s" and "No.7" do not; nor does the colon of "1:15.666" or
// the decimal comma of "1.11,317" and "+0,055".
function isBreak(text: string, at: number): boolean {
  const character = text[at];
  if ((character === ':' || character === ',') && /\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? '')) return false;
  if (',;:()\n'.includes(character)) return true;
  return '.!?'.includes(character) && (at + 1 >= text.length || /\s/.test(text[at + 1]));
}

// The paragraph around an offset as the writer broke it: web copy often breaks paragraphs with one line break.
export function lineAround(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? text.length : end);
}

// The words of the figure's sentence before it (a line break or a full stop before a space ends a sentence).
export function lineBefore(text: string, offset: number): string {
  const start = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('. ', offset - 1)) + 1;
  return text.slice(start, offset);
}

// "Alonso could only manage 7th … after both drivers were caught out … early in the race", "McLaren salvage fourth
// with Hamilton, but problems in the pits today …": a moment told in a clause that follows the claim's own is of
// what that clause tells, not of the place ("fastest until Rosberg improved" still reads as a moment).
// An "after" opens a clause only when a verb follows ("after both drivers were caught out", "after starting 10th");
// "running one-two after pit stops" is the moment itself. A perfect participle tells what came before ("claimed
// fifth and sixth …, the number 8 leading home the number 7 having started on the back row of the grid"). Tyres
// "used", "scrubbed" or "worn" are no verb ("after the first run on used soft-compound tyres").
// ", with Sebastian Vettel recovering from a botched stop to finish fourth": a "with" clause on another driver.
const LATER_CLAUSE = /(?:,\s*|\s)(?:(?:but|while|whilst|whereas|although|though)\s|having\s+\p{Ll}+(?:ed|en|un|ne|wn)\b|after\s(?=\p{Ll}+ing\b|(?:[^\s,;.]+\s+){1,8}?(?:was|were|had|has|is|are|(?!(?:used|scrubbed|worn)\b)\p{Ll}+ed)\b))|,\s*(?:who|which)\s|,\s*with\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Ll}+ing\b/iu;

export function beforeLaterClause(fromFigure: string, figureLength: number): number {
  const later = LATER_CLAUSE.exec(fromFigure.slice(figureLength));
  return later ? figureLength + later.index : fromFigure.length;
}

export function sentenceBeforeLaterClause(sentence: string, text: string, claim: Pick<Claim, 'start' | 'end' | 'sentence'>): string {
  const sentenceStart = text.lastIndexOf(sentence.slice(0, 24), claim.start);
  if (sentenceStart < 0) return sentence;
  const at = claim.start - sentenceStart;
  return sentence.slice(0, at + beforeLaterClause(sentence.slice(at), claim.end - claim.start));
}

// The claim's clause, cut again at words that open another ("0.2s down after the first runs of Q3 but strung
// together a final lap" is about the first runs).
const SEGMENT_BREAK = /\s(?:but|while|whilst|whereas|although|though|before|after|only for)\s/gi;

export function segmentAround(text: string, claim: Pick<Claim, 'start' | 'end'>): string {
  const clause = clauseAround(text, claim.start, claim.end);
  const clauseStart = Math.max(0, text.lastIndexOf(clause, claim.start));
  const at = claim.start - clauseStart;
  let from = 0;
  let to = clause.length;
  for (const found of clause.matchAll(SEGMENT_BREAK)) {
    if (found.index + found[0].length <= at) from = found.index + found[0].length;
    else if (found.index >= at + (claim.end - claim.start)) {
      to = found.index;
      break;
    }
  }
  return clause.slice(from, to);
}
