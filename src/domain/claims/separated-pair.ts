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

// "… through Nico Hulkenberg, Valtteri Bottas, Sergio Perez and Felipe Massa respectively - the quartet incredibly
// split by just 0.1s": a group the sentence has just listed, "split" or "covered" by the figure, spans from the first
// of the list to the last, as "the top eight were separated by" spans the order.
const GROUP_SPLIT =
  /(?<![\p{L}])(?:the\s+)?(pair|duo|trio|quartet|quintet|threesome|foursome)\s+(?:(?:were|was|is|are|all|incredibly|remarkably|only|just|then)\s+){0,3}(?:split|separated|covered|blanketed|spanned)\s+by\s+(?:(?:just|only|a mere|less than|under|barely)\s+){0,2}$/iu;
const GROUP_SIZES: Record<string, number> = { pair: 2, duo: 2, trio: 3, threesome: 3, quartet: 4, foursome: 4, quintet: 5 };
const LISTED_BETWEEN = /^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)$/iu;

/** The last and first of a group the sentence lists before "the quartet split by", as subject and reference; null when no such list. */
export function splitGroup(context: ClaimContext, figure: Figure, sentence: SentenceSpan): [string, string] | null {
  if (figure.kind !== 'gap') return null;
  const before = context.text.slice(sentence.start, figure.start);
  const group = GROUP_SPLIT.exec(before);
  if (!group) return null;
  const at = sentence.start + group.index;
  const people = partiesBetween(context, sentence.start, at).filter((mention) => mention.kind === 'person' && (!context.matchInRoster || context.matchInRoster(mention.text) !== null));
  const size = GROUP_SIZES[group[1].toLowerCase()];
  const list = people.slice(-size);
  if (list.length !== size || list.some((mention, index) => index > 0 && !LISTED_BETWEEN.test(context.text.slice(list[index - 1].end, mention.start)))) return null;
  const names = list.map((mention) => fullNameFor(mention, context.fullNames));
  return new Set(names).size === size ? [names[size - 1], names[0]] : null;
}
