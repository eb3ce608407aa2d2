import { fullNameFor } from '../names';
import { partiesBetween, type ClaimContext } from './context';
import type { SentenceSpan } from './sentences';
import type { Figure } from './types';

// "Nur 1,333 Sekunden trennen Verstappen und Verfolger Hamilton", "Just 0.1s separated Hamilton and Verstappen",
// "0.2s split Leclerc from Sainz": a gap that is the subject of "separate" is between the two named after the verb,
// the first named ahead of the second, as "between" names them. In the languages reports are read in.
const SEPARATED =
  /^(?:\s+of\s+a\s+second)?\s+(?:separated|separates|separate|split|splits|divided|divides|trennen|trennten|trennt|trennte|scheidde|scheidden|scheidt|scheiden|séparait|séparaient|sépare|séparent|separava|separavano|separa|separano|dividevano|divideva|separaba|separaban|separó|separaron|separan|separavam|separou|separaram|separam)\s+(?:(?:the|die|den|de|het|le|les|il|el|los|o|os)\s+)?(?:\p{L}+[-\s]){0,2}?$/iu;
const JOINED = /^\s*(?:and|from|und|von|en|van|et|de|e|y|da|do|dal|del)\s+(?:\p{L}+\s+){0,2}$/iu;

/** The two drivers a gap "separating" them is measured between, as written, the first ahead; null when the words name no such pair. */
export function separatedPair(context: ClaimContext, figure: Figure, sentence: SentenceSpan): [string, string] | null {
  if (figure.kind !== 'gap') return null;
  const people = partiesBetween(context, figure.end, sentence.end).filter((mention) => mention.kind === 'person' && (!context.matchInRoster || context.matchInRoster(mention.text) !== null));
  const [first, second] = people;
  if (!first || !second || !SEPARATED.test(context.text.slice(figure.end, first.start)) || !JOINED.test(context.text.slice(first.end, second.start))) return null;
  const names = [fullNameFor(first, context.fullNames), fullNameFor(second, context.fullNames)];
  return names[0] === names[1] ? null : [names[0], names[1]];
}
