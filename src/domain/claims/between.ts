import type { NameMention } from '../names';
import { partiesInSentence, type ClaimContext } from './context';

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
