import { fullNameFor, type NameMention } from '../names';
import { partiesBetween, type ClaimContext } from './context';
import type { SentenceSpan } from './sentences';
import type { Figure } from './types';

// "Giovinazzi, who pitted after Campbell with the Australian assuming the lead, exited five seconds behind", "Taylor
// jumped Barnicoat during the final pitstops, …, dropping him four seconds back", "Kimi Raikkonen would set the early
// top time of 1:09.405. That time would hold. Valtteri Bottas was just .047 seconds behind.": a bare "behind", with
// no one named after it, is behind the driver the story has just told of.
const BARE_BEHIND_AFTER = /^(?:\s+of\s+a\s+second)?\s+(?:behind|back|adrift)(?=\s*(?:[,;.!)]|$|(?:at|on|with|after|when|as|thanks|despite|and|but|by)\s))/iu;
// "Leclerc was third, 0.4s behind": a sentence that places its subject is a rundown's, measured from the top of it.
const PLACE_IN_SENTENCE = /(?<![\p{L}\d])(?:pole|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|P\d{1,2}|\d{1,2}(?:st|nd|rd|th))(?![\p{L}\d])/iu;
// "half a second", "0.2 seconds": the unit, not the ordinal.
const UNIT_SECOND = /(?<![\p{L}])(?:seconds|(?:of\s+)?an?\s+second|\d\s*second)(?![\p{L}])/giu;
/** How many sentences back the one told of may be named, when the gap's own sentence names no one else. */
const SENTENCES_BACK = 2;

/**
 * The one a bare "N behind" is measured against: the other driver named before it in its sentence, or, when it names
 * none, in the nearest sentence before that names anyone, when that is one driver; undefined where two are named
 * (who of them is ahead is not told) or the sentence places its subject.
 */
export function bareBehindReference(context: ClaimContext, figure: Figure, sentence: SentenceSpan, sentenceIndex: number, subject: string): NameMention | undefined {
  if (!BARE_BEHIND_AFTER.test(context.text.slice(figure.end, figure.end + 40))) return undefined;
  const own = context.text.slice(sentence.start, sentence.end);
  if (PLACE_IN_SENTENCE.test(own.replace(UNIT_SECOND, ''))) return undefined;
  const inSentence = others(context, sentence.start, figure.start, subject);
  if (inSentence.length > 0) return oneOf(context, inSentence);
  for (let index = sentenceIndex - 1; index >= Math.max(0, sentenceIndex - SENTENCES_BACK); index -= 1) {
    const span = context.sentences[index];
    const named = persons(context, span.start, span.end);
    if (named.length === 0) continue;
    return oneOf(context, named.filter((mention) => fullNameFor(mention, context.fullNames) !== subject));
  }
  return undefined;
}

function persons(context: ClaimContext, start: number, end: number): NameMention[] {
  return partiesBetween(context, start, end).filter((mention) => mention.kind === 'person' && (!context.matchInRoster || context.matchInRoster(mention.text) !== null));
}

function others(context: ClaimContext, start: number, end: number, subject: string): NameMention[] {
  return persons(context, start, end).filter((mention) => fullNameFor(mention, context.fullNames) !== subject);
}

function oneOf(context: ClaimContext, mentions: NameMention[]): NameMention | undefined {
  const names = new Set(mentions.map((mention) => fullNameFor(mention, context.fullNames)));
  return names.size === 1 ? mentions.at(-1) : undefined;
}
