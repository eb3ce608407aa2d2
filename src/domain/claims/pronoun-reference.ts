import { fullNameFor, type NameMention } from '../names';
import { partiesBetween, type ClaimContext } from './context';
import type { SentenceSpan } from './sentences';
import type { Figure } from './types';

// "Derani set the early pace before Bourdais joined, producing 1m12.737s to get within 0.079s of him": "him" after
// the gap's measure is someone the sentence named before, not its subject.
// Not "his title rival": a rival is known from the story, not the sentence ("Hamilton and Verstappen …, the former
// leading the way 0.056 seconds clear of his title rival" is of Q1 before its red flag, and was refuted by Q1's end).
const AGAINST_HIM = /^\s+(?:of|off|behind|than|ahead of|clear of|adrift of|short of|down on)\s+(?:him|her)(?![\p{L}])/iu;

// "held the top spot briefly … before Deletraz pipped him by 0.038s": "him" beaten by the margin is the same.
const BEATEN_HIM = /(?<![\p{L}])(?:beat|beats|beating|pipped|pips|pipping|edged|edges|edging|outpaced|outpaces|outqualified|outqualifies|bested|bests|topped|tops|shaded|shades|denied|denies)\s+(?:him|her)\s+(?:out\s+)?(?:\p{L}+\s+){0,2}?by\s+(?:(?:just|only|a\s+mere|a|some)\s+)?$/iu;

/** The one "him" stands for after a gap, or beaten by it: the last driver named before the figure who is not its subject. */
export function pronounReference(context: ClaimContext, figure: Figure, sentence: SentenceSpan, subject: string): NameMention | undefined {
  if (!AGAINST_HIM.test(context.text.slice(figure.end, figure.end + 48)) && !BEATEN_HIM.test(context.text.slice(Math.max(sentence.start, figure.start - 60), figure.start))) return undefined;
  const before = partiesBetween(context, sentence.start, figure.start).filter((mention) => mention.kind === 'person' && (!context.matchInRoster || context.matchInRoster(mention.text) !== null));
  const others = before.filter((mention) => fullNameFor(mention, context.fullNames) !== subject);
  const names = new Set(others.map((mention) => fullNameFor(mention, context.fullNames)));
  return names.size === 1 ? others.at(-1) : undefined;
}
