import type { NameMention } from '../names';
import type { Figure } from './types';

// "to Blomqvist’s 1m10.489s", "Albuquerque's early benchmark of 1m11.582s", "Hamilton’s 0.2s margin": a driver or car
// whose figure the possessive names right before it holds it, even one the sentence measures another against.
// Not a person the possessive names instead ("Hamilton's team-mate clocked 1:32.1").
const POSSESSIVE_BEFORE = /^['’]s?\s+(?:(?:\p{Ll}+[\s-]+){0,3}?(?:of|at)\s+)?(?:a\s+)?$/u;
const PERSON_NOUN = /\b(?:team-?mates?|co-?drivers?|partners?|rivals?|compatriots?|crew|engineers?|boss|father|brother)\b/i;

export function possessorBefore(text: string, figure: Figure, inSentence: NameMention[]): NameMention | undefined {
  if (figure.kind === 'position') return undefined;
  const last = inSentence.filter((mention) => mention.end <= figure.start).at(-1);
  if (!last || (last.kind !== 'person' && last.kind !== 'car')) return undefined;
  const between = text.slice(last.end, figure.start);
  return POSSESSIVE_BEFORE.test(between) && !PERSON_NOUN.test(between) ? last : undefined;
}
