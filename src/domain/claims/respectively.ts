import type { NameMention } from '../names';
import type { Figure } from './types';

// "the #5 Porsche gave up 0.009s and 0.315s respectively to the #38 and #12": the figures and the ones they are
// measured against pair off in order.
const RESPECTIVELY = /\brespectively\b/i;
const SEPARATOR = /\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)/g;
// A figure before this one in the same run: "0.009s and " — a number, perhaps a unit, a separator.
const FIGURE_BEFORE = /[\d.,]+\s*(?:s|secs?|seconds?)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)$/i;

/** The driver or car the `respectively` after a run of gaps pairs this one with, or undefined. */
export function respectiveReference(text: string, figure: Figure, inSentence: NameMention[]): NameMention | undefined {
  const tail = text.slice(figure.end, figure.end + 80);
  const word = RESPECTIVELY.exec(tail);
  if (!word || /;|\.\s/.test(tail.slice(0, word.index))) return undefined;
  const following = (tail.slice(0, word.index).match(SEPARATOR) ?? []).filter((separator) => separator.trim() !== '').length;
  let preceding = 0;
  for (let at = figure.start; preceding < 6; preceding += 1) {
    const before = FIGURE_BEFORE.exec(text.slice(Math.max(0, at - 30), at));
    if (!before) break;
    at -= before[0].length;
  }
  const total = preceding + following + 1;
  if (total < 2) return undefined;
  const from = figure.end + word.index + word[0].length;
  const named = inSentence.filter((mention) => mention.start >= from && (mention.kind === 'person' || mention.kind === 'car')).slice(0, total);
  if (named.length !== total) return undefined;
  const joined = named.slice(1).every((mention, index) => /^(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?$/i.test(text.slice(named[index].end, mention.start)));
  return joined ? named[preceding] : undefined;
}
