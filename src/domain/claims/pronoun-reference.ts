import { fullNameFor, type NameMention } from '../names';
import { partiesBetween, type ClaimContext } from './context';
import type { SentenceSpan } from './sentences';
import type { Figure } from './types';

// "Derani set the early pace before Bourdais joined, producing 1m12.737s to get within 0.079s of him": "him" after
// the gap's measure is someone the sentence named before, not its subject.
const AGAINST_HIM = /^\s+(?:of|off|behind|than|ahead of|clear of|adrift of|short of|down on)\s+(?:him|her)(?![\p{L}])/iu;

/** The one "him" stands for after a gap: the last driver or car named before the figure who is not its subject. */
export function pronounReference(context: ClaimContext, figure: Figure, sentence: SentenceSpan, subject: string): NameMention | undefined {
  if (!AGAINST_HIM.test(context.text.slice(figure.end, figure.end + 24))) return undefined;
  const before = partiesBetween(context, sentence.start, figure.start).filter((mention) => mention.kind === 'person' && (!context.matchInRoster || context.matchInRoster(mention.text) !== null));
  const others = before.filter((mention) => fullNameFor(mention, context.fullNames) !== subject);
  const names = new Set(others.map((mention) => fullNameFor(mention, context.fullNames)));
  return names.size === 1 ? others.at(-1) : undefined;
}
