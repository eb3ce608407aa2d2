import type { NameMention } from '../names';
import { carWords } from '../names/vocabulary';
import type { ClaimContext } from './context';
import type { SentenceSpan } from './sentences';
import type { Figure } from './types';

// "Peugeot failed to reach the podium. The French manufacturer left with only sixth and seventh place finishes",
// "Ferrari extended its streak … the Italian marque claimed a 1-2 finish": a make called by its country stands for
// the make the text named last, in the sentence or the two before.
const MAKE_EPITHET = /\bthe\s+(?:american|british|english|french|german|italian|japanese|korean|swedish|austrian|dutch|chinese)\s+(?:manufacturer|marque|brand|make|constructor)\b/gi;
const SENTENCES_BACK = 2;

/** The make that "the French manufacturer" before the figure, in its sentence, stands for, or undefined. */
export function makeOfEpithet(context: ClaimContext, figure: Figure, sentence: SentenceSpan, sentenceIndex: number): NameMention | undefined {
  const { text } = context;
  const epithet = [...text.slice(sentence.start, figure.start).matchAll(MAKE_EPITHET)].at(-1);
  if (!epithet) return undefined;
  const at = sentence.start + epithet.index;
  // A driver or car named between is the figure's, not the make.
  if (context.parties.some((party) => party.start >= at && party.end <= figure.start)) return undefined;
  const from = context.sentences[Math.max(0, sentenceIndex - SENTENCES_BACK)]?.start ?? sentence.start;
  return context.teams.filter((team) => team.start >= from && team.end <= at && carWords.has(team.text.toLowerCase())).at(-1);
}
