import type { NameMention } from '../names';
import type { Figure } from './types';

// "Bottas set the pace at 1m31.669s, with Hamilton just 0.023s slower": a trailing "with" clause that names one
// driver and a bare comparative measures him against the one the main clause is about.
const WITH_OPENING = /^\s*with\s+$/i;
const BARE_COMPARATIVE = /^\s*(?:slower|quicker|faster|behind|adrift|back|down|further back)(?!\s+(?:than|of|on)\b)(?:[\s,.;:)–—]|$)/i;

/** The one a trailing "with" clause's gap is measured against: the last driver or car named before the clause, not beaten. */
export function mainClauseReference(text: string, figure: Figure, inSentence: NameMention[], objects: Set<NameMention>, clauseStart: number): NameMention | undefined {
  if (!BARE_COMPARATIVE.test(text.slice(figure.end, figure.end + 24))) return undefined;
  const inClause = inSentence.filter((mention) => mention.start >= clauseStart && mention.end <= figure.start);
  const [own] = inClause;
  if (inClause.length !== 1 || !WITH_OPENING.test(text.slice(clauseStart, own.start))) return undefined;
  return inSentence.filter((mention) => mention.end <= clauseStart && (mention.kind === 'person' || mention.kind === 'car') && !objects.has(mention)).at(-1);
}
