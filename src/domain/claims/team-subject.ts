import type { NameMention } from '../names';
import type { ClaimContext } from './context';
import { CUE_REACH, objectCueBefore } from './objects';
import type { SentenceSpan } from './sentences';
import type { Figure } from './types';

// The team a figure's clause or sentence names as its subject when no driver or car is ("McLaren fixiert Reihe
// zwei", "it was a Mercedes 1-2"), and the venues and series named like teams that are none: the subject reader's
// team readers, kept in one place.

// Places, events and series are named like teams but hold no place.
export const VENUE = /\b(?:raceway|speedway|circuit|park|international|ring|autodromo|autódromo|grand prix|gp|series|championship|cup|motorsport park|imsa|wec|fia|weathertech(?!\s+racing))\b/i;

// The sentence's drivers and cars with its teams, in order; not venues or series ("the North American IMSA championship").
export function withTeams(context: ClaimContext, inSentence: NameMention[], sentence: SentenceSpan): NameMention[] {
  const teams = context.teams.filter((mention) => mention.start >= sentence.start && mention.end <= sentence.end && !VENUE.test(mention.text));
  return [...inSentence, ...teams].sort((a, b) => a.start - b.start);
}

const DRIVER_NOUN = /^\s+(?:man|driver|racer|pilot|rookie|youngster|veteran|ace|star)(?![\p{L}])/iu;
// "O piloto da Mercedes fechou o treino com 1:18.887", "le pilote Ferrari", "il pilota della Red Bull": the noun comes
// first in the Romance languages.
const DRIVER_NOUN_BEFORE = /(?<![\p{L}])(?:piloto|pilota|pilote|corredor|coureur)\s+(?:(?:da|de|do|della|del|di|dela)\s+)?(?:la\s+)?$/iu;

// "McLaren fixiert Reihe zwei", "it was a Mercedes 1-2": the last team before the figure from `from`, with no
// driver or car, that is not beaten nor describes the one beaten (`only` asks whether that one team qualifies).
export function teamBefore(context: ClaimContext, figure: Figure, objects: Set<NameMention>, from: number, only?: NameMention, sentenceStart = from): NameMention | undefined {
  return (only ? [only] : context.teams)
    .filter((mention) => mention.start >= from && mention.end <= figure.start && !VENUE.test(mention.text))
    .filter((mention) => !/\b(?:he|she|they|him|her|his)\b/i.test(context.text.slice(mention.end, figure.start)))
    // "leaving the Williams man in P16", "the Ferrari driver was third": a team before a noun for a driver names
    // him, not the team; the driver named before holds the place.
    .filter((mention) => !DRIVER_NOUN.test(context.text.slice(mention.end, mention.end + 12)) && !DRIVER_NOUN_BEFORE.test(context.text.slice(Math.max(0, mention.start - 16), mention.start)))
    // "AO Racing secured a starting position with the Porsche 911 GT3 R and will start … second": the make a team
    // races with describes its car ("in the Meyer Shank Racing Acura" too); the team comes first. So does a driver, in the clause or the sentence before it
    // ("it was Blomqvist … who found the speed from the Acura ARX-05 to … duck under the 1min19sec barrier").
    .filter((mention) => !/(?<![\p{L}])(?:[Ww]ith|[Aa]board|[Dd]riving|[Ff]rom|[Ii]n)\s+(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:\p{Lu}[\p{L}-]*\s+){0,4}$/u.test(context.text.slice(Math.max(from, mention.start - 48), mention.start)) || ![...context.teams, ...context.parties].some((other) => other.start >= sentenceStart && other.end <= mention.start))
    // "but he still managed to score Heart of Racing's first GTD PRO pole": the clause is his, not the team's.
    .filter((mention) => !/\b(?:he|she)\b/i.test(context.text.slice(from, mention.start)))
    // "His top time cleared the McLarens by over half a second": a team beaten is not the subject either.
    .filter((mention) => !objectCueBefore(context.text.slice(Math.max(from, mention.start - CUE_REACH), mention.start)))
    // "an Roman de Angelis (Aston Martin Nr. 23 – Heart of Racing), Bestzeit in 51″729": a team in brackets closed
    // before the figure describes the driver before them.
    .filter((mention) => !inBracketsClosedBefore(context.text, mention, figure))
    // "beating Mercedes team mate Lewis Hamilton by 0.1s": a team describing the one beaten is not the subject.
    .filter((mention) => ![...objects].some((object) => object.start >= mention.end && /^[\s\p{L}'’-]{0,30}$/u.test(context.text.slice(mention.end, object.start))))
    .at(-1);
}

function inBracketsClosedBefore(text: string, mention: NameMention, figure: Figure): boolean {
  const before = text.slice(0, mention.start);
  return before.lastIndexOf('(') > before.lastIndexOf(')') && text.slice(mention.end, figure.start).includes(')');
}
