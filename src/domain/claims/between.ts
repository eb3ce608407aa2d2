import { fullNameFor, type NameMention } from '../names';
import { partiesInSentence, type ClaimContext } from './context';
import type { SentenceSpan } from './sentences';
import type { Figure } from './types';

// "Hamilton had snatched the pole in a photo-finish with Rosberg. The margin of difference between the two
// drivers was as low as seven thousandths": a gap between "the two" is between the two the sentence before names,
// the first named ahead of the second.
const BETWEEN_TWO = /\bbetween\s+(?:the\s+)?(?:two|pair|duo)\b(?:\s+(?:drivers|men|cars|rivals|team-?mates))?|\bbetween (?:them|both)\b/i;
const sentencesBack = 2;

/** The pair a gap "between the two" is measured between, read from the sentences before, or null. */
export function pairBefore(context: ClaimContext, sentenceIndex: number, textBefore: string): [NameMention, NameMention] | null {
  if (!BETWEEN_TWO.test(textBefore)) return null;
  for (let index = sentenceIndex - 1; index >= Math.max(0, sentenceIndex - sentencesBack); index -= 1) {
    const people = partiesInSentence(context, index).filter((mention) => mention.kind === 'person' && (!context.matchInRoster || context.matchInRoster(mention.text) !== null));
    const distinct = people.filter((mention, at) => people.findIndex((other) => other.text === mention.text) === at);
    if (distinct.length === 0) continue;
    return distinct.length === 2 ? [distinct[0], distinct[1]] : null;
  }
  return null;
}

// "with just 0.061s between the Acuras", "opened the gap between them to 0.349s", "with less than half a second
// separating the pair": a gap between a pair the words do not name, right before or after the figure.
const PAIR_BEFORE = /\b(?:gap|margin|difference)\s+between\s+(?:them|the\s+(?:two|pair|duo))\s+(?:to|of|at|was|stood at)\s+(?:just\s+|only\s+)?$/i;
const PAIR_AFTER = /^(?:\s+of\s+a\s+second)?\s+(?:between|separating|splitting|split)\s+(?:them|the\s+(?:two|pair|duo)|the\s+\p{Lu}[\p{L}-]+s)(?![\p{L}])/u;

/**
 * The two a gap "between the pair" is measured between: the two the sentence names before it, first named first
 * ("Juncadella fended off Saucy, with half a second separating the pair"); else the subject as read and the one other
 * driver the sentence, or the one before, names. Null when the words name no pair or the drivers do not make one.
 */
export function betweenPair(context: ClaimContext, figure: Figure, sentence: SentenceSpan, sentenceIndex: number, subject: string): [string, string] | null {
  const { text } = context;
  if (!PAIR_BEFORE.test(text.slice(Math.max(sentence.start, figure.start - 60), figure.start)) && !PAIR_AFTER.test(text.slice(figure.end, figure.end + 40))) return null;
  const known = (index: number) => partiesInSentence(context, index).filter((mention) => mention.kind === 'person' && (!context.matchInRoster || context.matchInRoster(mention.text) !== null) && mention.end <= figure.start);
  const names = (mentions: NameMention[]) => [...new Set(mentions.map((mention) => fullNameFor(mention, context.fullNames)))];
  const here = names(known(sentenceIndex));
  if (here.length === 2) return [here[0], here[1]];
  const surname = (name: string) => name.split(/\s+/).at(-1)!.toLowerCase();
  for (const candidates of [here, names(sentenceIndex > 0 ? known(sentenceIndex - 1) : [])]) {
    const others = candidates.filter((name) => surname(name) !== surname(subject));
    if (others.length === 1) return [subject, others[0]];
    if (others.length > 1) return null;
  }
  return null;
}
