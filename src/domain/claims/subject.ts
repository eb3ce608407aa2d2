import { fullNameFor, type NameMention } from '../names';
import { partiesBetween, partiesInSentence, type ClaimContext } from './context';
import type { SentenceSpan } from './sentences';
import type { Figure } from './types';

const setByAfter = /^['’"”]*\s*,?\s*(?:(?:held|set|posted|done|achieved|clocked|recorded|managed)\s+)?by\s+(?:the\s+)?$/i;
const referenceCueAfter = /\b(?:than|ahead of|behind|off|clear of|over|to|on|from)\b/i;
const referenceCueBefore =
  /\b(?:lowering|lowered|beating|beat|bettering|bettered|ahead of|than|behind|usurping)\s+(?:the\s+)?$/i;
const unresolvable = /\b(?:his|her|their) team-?mates?\b|\bteam-?mate\b/i;
const sentencesBack = 2;

/** Who a figure is about and, for a gap, who it is measured against, written as the text names them. */
export interface Parties {
  subject: string | null;
  reference: string | null;
}

/**
 * Reads the subject and reference of a figure in its sentence. The subject is the driver a setter phrase names
 * ("held by Oliver Jarvis"), else "the latter", else the nearest driver, then car (`#31`), before the figure in its
 * clause, then in its sentence, else (for a position) the first driver or car after it, else the one person the previous sentence
 * names ("He", "It", a quote). The reference is the driver after "than", "ahead of", "off"... or one being beaten
 * ("lowering Blomqvist's").
 */
export function readParties(
  context: ClaimContext,
  figure: Figure,
  sentence: SentenceSpan,
  sentenceIndex: number,
  clauseStart: number,
): Parties {
  const inSentence =
    sentenceIndex >= 0 ? partiesInSentence(context, sentenceIndex) : partiesBetween(context, sentence.start, sentence.end);
  const references = figure.kind === 'gap' ? findReferences(context.text, figure, inSentence) : [];
  const candidates = inSentence.filter((mention) => !references.includes(mention));
  const before = candidates.filter((mention) => mention.end <= figure.start);
  const after = candidates.filter((mention) => mention.start >= figure.end);
  const subject =
    setBy(context.text, figure, after) ??
    theLatter(context, figure, sentence) ??
    nearestBefore(before, 'person', clauseStart) ??
    nearestBefore(before, 'car', clauseStart) ??
    nearestBefore(before, 'person', sentence.start) ??
    nearestBefore(before, 'car', sentence.start) ??
    (figure.kind === 'position' ? after[0] : undefined);
  const textBefore = context.text.slice(sentence.start, figure.start);
  const fallback = subject || unresolvable.test(textBefore) ? null : lastNamedPerson(context, sentenceIndex);
  return {
    subject: subject ? written(context, subject) : fallback,
    reference: references[0] ? written(context, references[0]) : null,
  };
}

// The same clause first, so "Derani led, and the #7 Porsche was 0.3s behind" is about #7, not Derani.
function nearestBefore(before: NameMention[], kind: 'person' | 'car', from: number): NameMention | undefined {
  for (let index = before.length - 1; index >= 0 && before[index].start >= from; index -= 1) {
    if (before[index].kind === kind) return before[index];
  }
  return undefined;
}

function written(context: ClaimContext, mention: NameMention): string {
  return mention.kind === 'car' ? `#${mention.carNumber}` : fullNameFor(mention, context.fullNames);
}

function setBy(text: string, figure: Figure, after: NameMention[]): NameMention | undefined {
  const next = after[0];
  if (!next || next.start - figure.end > 30) return undefined;
  return setByAfter.test(text.slice(figure.end, next.start)) ? next : undefined;
}

function theLatter(context: ClaimContext, figure: Figure, sentence: SentenceSpan): NameMention | undefined {
  const textBefore = context.text.slice(sentence.start, figure.start);
  const latter = /\bthe latter\b/i.exec(textBefore);
  if (!latter) return undefined;
  const people = partiesBetween(context, 0, sentence.start + latter.index).filter((mention) => mention.kind === 'person');
  return people.at(-1);
}

function findReferences(text: string, figure: Figure, inSentence: NameMention[]): NameMention[] {
  const references: NameMention[] = [];
  const sentenceEnd = inSentence.at(-1)?.end ?? figure.end;
  const cue = referenceCueAfter.exec(text.slice(figure.end, sentenceEnd));
  if (cue) {
    const cueEnd = figure.end + cue.index + cue[0].length;
    const first = inSentence.find((mention) => mention.start >= cueEnd);
    if (first) references.push(first);
  }
  for (const mention of inSentence) {
    if (mention.end > figure.start) break;
    if (referenceCueBefore.test(text.slice(Math.max(0, mention.start - 20), mention.start))) references.push(mention);
  }
  return references;
}

// "He ended up .299 seconds ahead": the one person the nearest earlier sentence with people names.
function lastNamedPerson(context: ClaimContext, sentenceIndex: number): string | null {
  for (let index = sentenceIndex - 1; index >= Math.max(0, sentenceIndex - sentencesBack); index -= 1) {
    const people = partiesInSentence(context, index).filter((mention) => mention.kind === 'person');
    if (people.length === 0) continue;
    const names = new Set(people.map((mention) => fullNameFor(mention, context.fullNames)));
    return names.size === 1 ? [...names][0] : null;
  }
  return null;
}
