import { clauseAround } from './clause';
import { createContext, type ClaimContext } from './context';
import { readDirection } from './direction';
import { findFigures } from './figures';
import { claimWordsFor, type ClaimWords } from './languages/claim-words';
import { readQualifier } from './qualifier';
import { sentenceSessionHint, sentenceWordsAt, type SentenceWords } from './sentence-words';
import { sentenceIndexAt } from './sentences';
import { readSessionHint } from './session';
import { readParties } from './subject';
import type { Claim, ExtractOptions, Figure } from './types';

/**
 * Reads every lap-time, gap, speed and position claim in a raw report, in text order. Dates, times of day, car
 * numbers, durations, counts and years are left out: a false claim costs the writer more than a missed one.
 *
 * @example
 * extractClaims("Lazare’s lap was .185 seconds faster than Rennsport One’s Stevan McAleer.")
 * // [{ kind: 'gap', text: '.185 seconds', value: 0.185, subject: 'Lazare', reference: 'Stevan McAleer',
 * //    direction: 'ahead', qualifier: 'exact', ... }]
 */
export function extractClaims(text: string, options: ExtractOptions = {}): Claim[] {
  const words = claimWordsFor(text);
  const figures = findFigures(text, words);
  if (figures.length === 0) return [];
  const context = createContext(text, options.roster);
  const wordsBySentence: SentenceWords[] = [];
  return figures.map((figure) => toClaim(context, figure, wordsBySentence, words));
}

function toClaim(context: ClaimContext, figure: Figure, wordsBySentence: SentenceWords[], claimWords: ClaimWords): Claim {
  const { text, matchInRoster } = context;
  const sentenceIndex = sentenceIndexAt(context.sentences, figure.start);
  const span = context.sentences[sentenceIndex] ?? { start: figure.start, end: figure.end };
  const words = sentenceWordsAt(text, span, sentenceIndex, wordsBySentence);
  const clause = clauseAround(text, span, figure.start, figure.end);
  const clauseBefore = text.slice(clause.start, figure.start);
  const clauseAfter = text.slice(figure.end, clause.end);
  const parties = readParties(context, figure, span, sentenceIndex, clause.start);
  const isGap = figure.kind === 'gap';
  const isPosition = figure.kind === 'position';
  return {
    kind: figure.kind,
    text: text.slice(figure.start, figure.end),
    start: figure.start,
    end: figure.end,
    value: figure.value,
    unit: figure.unit,
    qualifier: readQualifier(text, figure.start),
    subject: parties.subject,
    reference: isGap ? parties.reference : null,
    direction: isGap ? readDirection(clauseBefore, clauseAfter, claimWords) : null,
    scope: isPosition ? (figure.scope ?? words.scopeOpening) : null,
    sentence: words.sentence,
    notation: figure.notation,
    decimals: figure.decimals,
    sessionHint: readSessionHint(`${clauseBefore} ${clauseAfter}`) ?? sentenceSessionHint(words),
    placeRange: figure.placeRange ?? null,
    subjectRosterId: matchInRoster && parties.subject ? (matchInRoster(parties.subject)?.entry.id ?? null) : null,
    referenceRosterId:
      matchInRoster && isGap && parties.reference ? (matchInRoster(parties.reference)?.entry.id ?? null) : null,
  };
}
