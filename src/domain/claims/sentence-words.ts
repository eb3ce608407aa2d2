import { readScopeOpening } from './scope';
import type { SentenceSpan } from './sentences';
import { readSessionHint } from './session';

/** What a claim reads off its whole sentence: the same for every figure in it, so read once per sentence. */
export interface SentenceWords {
  /** The sentence with runs of white space collapsed. */
  sentence: string;
  scopeOpening: string | null;
  /** Read on first use: most claims take their session from their own clause. */
  sessionHint: string | null | undefined;
}

// Most sentences hold single spaces only; replacing each with itself would copy the sentence for nothing.
const whiteSpaceToCollapse = /\s\s|[^\S ]/;

/** Reads the words of `span` once and keeps them in `known` at `index` (a sentence index; -1 is not kept). */
export function sentenceWordsAt(text: string, span: SentenceSpan, index: number, known: SentenceWords[]): SentenceWords {
  const cached = index >= 0 ? known[index] : undefined;
  if (cached) return cached;
  const written = text.slice(span.start, span.end);
  const sentence = whiteSpaceToCollapse.test(written) ? written.replace(/\s+/g, ' ') : written;
  const words: SentenceWords = { sentence, scopeOpening: readScopeOpening(sentence), sessionHint: undefined };
  if (index >= 0) known[index] = words;
  return words;
}

/** The session the sentence points to, read once. */
export function sentenceSessionHint(words: SentenceWords): string | null {
  if (words.sessionHint === undefined) words.sessionHint = readSessionHint(words.sentence);
  return words.sessionHint;
}
