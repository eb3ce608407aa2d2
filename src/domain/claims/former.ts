import { partiesBetween, type ClaimContext } from './context';
import type { NameMention } from '../names';
import type { SentenceSpan } from './sentences';
import type { Figure } from './types';

// "the former leading the way", "with the former nailing the best lap": "the former" as a clause's subject, with a
// verb after it; not "the former champion", an ex-title.
const FORMER = /\bthe former(?=\s+(?:\p{Ll}+(?:ing|ed)|was|is|had|has|took|set|went|got|made|held|kept|ran)(?![\p{L}])|\s*[,;])/iu;
const PAIRED = /^\s*(?:and|&)\s*$/i;

/**
 * The one "the former" stands for: the first of the pair named last before it ("nothing to separate Hamilton and
 * Verstappen in Q1, the former leading the way 0.056 seconds clear"), when no one is named between it and the figure.
 */
export function theFormer(context: ClaimContext, figure: Figure, sentence: SentenceSpan): NameMention | undefined {
  const former = FORMER.exec(context.text.slice(sentence.start, figure.start));
  if (!former) return undefined;
  const at = sentence.start + former.index;
  if (partiesBetween(context, at + former[0].length, figure.start).some((mention) => mention.kind === 'person' || mention.kind === 'car')) return undefined;
  const people = partiesBetween(context, sentence.start, at).filter((mention) => mention.kind === 'person' && (!context.matchInRoster || context.matchInRoster(mention.text) !== null));
  const [first, second] = people.slice(-2);
  return first && second && PAIRED.test(context.text.slice(first.end, second.start)) ? first : undefined;
}
