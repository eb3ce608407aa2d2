import type { NameMention } from '../names';
import type { Figure } from './types';

// "Molina briefly lost the position to Vandoorne's #94 but regained the runner-up spot": a verb after "but" or
// "and" with no subject of its own shares the sentence's first, not the name nearest before it.
const CONJOINED_VERB = /(?:^|\s)(?:but|and|yet|before|then|and then)\s+(?:\p{Ll}+ly\s+|then\s+)?(?:\p{Ll}{2,}ed|took|won|held|got|kept|made|fell|rose|came|ran|set|went|stole|drove|beat|grabbed|snatched|seized|retook|finished|ended)\s/u;
// "Pier Guidi pressionou Kubica até os últimos metros, mas terminou em terceiro": so in the Romance languages, a
// verb in the past after "but" or "and" (Portuguese "-ou", "-eu", "-iu", Spanish "-ó", Italian and French an
// auxiliary and a participle).
const CONJOINED_VERB_ROMANCE = /(?:^|\s)(?:mas|pero|ma|mais|e|y|et)\s+(?:\p{Ll}+mente\s+|\p{Ll}+ment\s+)?(?:\p{Ll}{3,}(?:ou|eu|iu|ó)|(?:ha|è|a|est)\s+\p{Ll}{3,}(?:at[oa]|ut[oa]|it[oa]|é|ée|i|u))\s/u;
// The rest of the clause up to the figure: no clause break but commas that set off a phrase of the same clause
// ("but finished second, just 0.412s behind"), which no other subject opens ("the German", "his team-mate").
const OTHER_SUBJECT_AFTER_COMMA = /,\s*(?:the|his|her|their|its|while|whilst|whereas|as|with|when|o|a|os|as|el|la|los|las|il|lo|le|les|sua|seu|su|suo)\s[^,]*$|,[^,]*\p{Lu}[^,]*$/u;

const CLAUSE_OPENING = /(?:^|[^\p{L}])(?:but|and|yet|while|whilst|as|when|mas|e|y|et|ma|mais|pero|enquanto|mientras)\s+(?:the\s+|o\s+|a\s+|el\s+|la\s+|il\s+|le\s+)?$/iu;

/** The driver or car a verb with no subject of its own, after "but" or "and", shares with the sentence's opening. */
export function sharedSubject(text: string, figure: Figure, before: NameMention[], sentenceStart: number): NameMention | undefined {
  const written = text.slice(sentenceStart, figure.start);
  const verb = lastMatch(CONJOINED_VERB, written) ?? lastMatch(CONJOINED_VERB_ROMANCE, written);
  if (!verb) return undefined;
  const at = sentenceStart + verb.index;
  const tail = written.slice(verb.index + verb[0].length);
  if (/[;:()—–]/.test(tail) || OTHER_SUBJECT_AFTER_COMMA.test(tail)) return undefined;
  const first = before.find((mention) => mention.kind === 'person' || mention.kind === 'car');
  // "Hamilton chased Verstappen to the flag, but finished second": a comma may stand right before the conjunction,
  // and an opening phrase before the first name ("Meanwhile, Pier Guidi …"), but no clause break between them
  // ("After Bottas pitted, Hamilton led and won" opens on another subject).
  if (!first || before.some((mention) => mention.start >= at) || /[,;:()—–]/.test(text.slice(first.end, at).replace(/,\s*$/, ''))) return undefined;
  // "Vettel and Raikkonen were unable to challenge …, but secured a one-two": a pair shares the verb, not the first.
  const second = before[before.indexOf(first) + 1];
  if (second && /^\s*(?:and|&|e|y|et|und|en)\s*$/i.test(text.slice(first.end, second.start))) return undefined;
  // "Vettel was behind Hamilton but Rosberg was not able to … and languished at 19th": a name that opens a clause of
  // its own between them is the verb's subject.
  if (before.some((mention) => mention.start > first.end && mention.end <= at && CLAUSE_OPENING.test(text.slice(Math.max(0, mention.start - 12), mention.start)))) return undefined;
  return first;
}

function lastMatch(pattern: RegExp, text: string): RegExpExecArray | undefined {
  const global = new RegExp(pattern.source, `${pattern.flags}g`);
  return [...text.matchAll(global)].at(-1);
}
