import { clauseAround } from './clause';
import { fullNameFor } from '../names';
import { createContext, partiesBetween, type ClaimContext } from './context';
import { findRundownRows, gridFigure, headingEvent, headingKind, rowFigure, type RundownRow } from './rundown';
import { readDirection } from './direction';
import { isDealtBefore } from './dealt-margin';
import { capitalisedDriver, initialledDriver } from './initialled-name';
import { findFigures } from './figures';
import { claimWordsFor, claimWordsOf, type ClaimWords } from './languages/claim-words';
import { againstFirstPlace } from './leader-reference';
import { againstTeamMate } from './team-mate-reference';
import { carriedComparison } from './elliptical';
import { againstMake } from './make-reference';
import { ofMakeSubject } from './make-subject';
import { againstLapBefore } from './lap-before-reference';
import { timeOfTheBeaten } from './beaten-time';
import { readQualifier } from './qualifier';
import { elidedRow } from './position';
import { sentenceSessionHint, sentenceWordsAt, type SentenceWords } from './sentence-words';
import { sentenceIndexAt } from './sentences';
import { readSessionHint } from './session';
import { readParties } from './subject';
import type { Claim, ExtractOptions, Figure } from './types';
import { unwrapLines } from './unwrap';

/**
 * Reads every lap-time, gap, speed and position claim in a raw report, in text order. Dates, times of day, car
 * numbers, durations, counts and years are left out: a false claim costs the writer more than a missed one.
 *
 * @example
 * extractClaims("Lazare’s lap was .185 seconds faster than Rennsport One’s Stevan McAleer.")
 * // [{ kind: 'gap', text: '.185 seconds', value: 0.185, subject: 'Lazare', reference: 'Stevan McAleer',
 * //    direction: 'ahead', qualifier: 'exact', ... }]
 */
export function extractClaims(written: string, options: ExtractOptions = {}): Claim[] {
  const text = unwrapLines(written);
  const words = options.language ? claimWordsOf(options.language) : claimWordsFor(text);
  const rows = options.lead ? rowsAfterLead(text, options.lead) : findRundownRows(text);
  const figures = withRowPlaces(findFigures(text, words), rows)
    .filter((figure) => !labelsAList(text, figure))
    .map((figure) => elidedRow(text, figure, words, options.lead) ?? figure);
  if (figures.length === 0) return [];
  const context = createContext(text, options.roster, words, options.lead);
  const wordsBySentence: SentenceWords[] = [];
  const claims: Claim[] = [];
  for (const figure of figures) {
    const claim = toClaim(context, figure, wordsBySentence, words);
    const row = rows.find((candidate) => figure.start >= candidate.start && figure.end <= candidate.end);
    const placed = row ? inRow(context, claim, row, rows) : (inFactSheet(context, claim) ?? claim);
    const measured = againstLapBefore(context, carriedComparison(context, againstTeamMate(context.text, againstFirstPlace(context.text, furtherFrom(context.text, timeOfTheBeaten(context, placed, claims), claims), claims))), claims);
    const sentenceIndex = sentenceIndexAt(context.sentences, figure.start);
    claims.push(ofMakeSubject(context, againstMake(context, measured, sentenceIndex), sentenceIndex));
  }
  return claims;
}

// "PRIMERA FILA:", "Second row:" alone on a line: a heading over the list whose entries are the claims.
function labelsAList(text: string, figure: Figure): boolean {
  const lineStart = text.lastIndexOf('\n', figure.start - 1) + 1;
  const lineEnd = text.indexOf('\n', figure.end);
  return text.slice(lineStart, figure.start).trim() === '' && /^\s*:\s*$/.test(text.slice(figure.end, lineEnd < 0 ? text.length : lineEnd));
}

// "Fastest lap: 01:25.871" under a "Car #35" heading: the figure of a labelled line is the heading's car's.
function inFactSheet(context: ClaimContext, claim: Claim): Claim | null {
  if (claim.subjectSure) return null;
  const { text } = context;
  const lineStart = text.lastIndexOf('\n', claim.start - 1) + 1;
  if (!/^[^:\n]{1,40}:\s*$/.test(text.slice(lineStart, claim.start))) return null;
  let at = lineStart - 1;
  for (let back = 0; back < 6 && at > 0; back += 1) {
    const start = text.lastIndexOf('\n', at - 1) + 1;
    const line = text.slice(start, at);
    const heading = /^\s*(?:car\s+)?(?:#|no\.\s*)(\d{1,3})\b[^:]*$/i.exec(line);
    if (heading) return { ...claim, subject: `#${heading[1]}`, subjectSure: true };
    if (line.trim() === '') return null;
    at = start - 1;
  }
  return null;
}

// "Third was the #36 Alpine, a further four seconds adrift": measured against the car of the figure before.
function furtherFrom(text: string, claim: Claim, before: Claim[]): Claim {
  if (claim.kind !== 'gap' || claim.reference || !/\b(?:a further|another|ein weiterer|weitere|otros|otras|altri|altre|encore)\s+$/i.test(text.slice(Math.max(0, claim.start - 16), claim.start))) return claim;
  // The gap before it first: "Third was the #36 Alpine of … Makowiecki" is the place of its own car.
  const others = [...before].reverse().filter((other) => other.subject && other.subject !== claim.subject);
  const previous = others.find((other) => other.kind === 'gap') ?? others[0];
  if (!previous) return claim;
  // "Bourdais eked out a margin of two seconds on Blomqvist. Lynn was a further 18 seconds adrift": after a lead, the
  // chain runs on from the one led, the last car of it.
  const last = previous.kind === 'gap' && previous.direction === 'ahead' && previous.reference && previous.reference !== claim.subject ? previous.reference : previous.subject;
  return { ...claim, reference: last, direction: claim.direction ?? 'behind' };
}

// The rows of a one-line paragraph read with the line before it: a table whose rows are paragraphs of their own.
function rowsAfterLead(text: string, lead: string): RundownRow[] {
  if (text.trim().includes('\n') || lead.trim().includes('\n')) return findRundownRows(text);
  const offset = lead.length + 1;
  const shift = (at: number) => at - offset;
  return findRundownRows(`${lead}\n${text}`)
    .filter((row) => row.start >= offset)
    .map((row) => ({ ...row, start: shift(row.start), end: shift(row.end), placeStart: shift(row.placeStart), placeEnd: shift(row.placeEnd) }));
}

// The places of bare-numbered rundown rows ("1. Alonso Ferrari …") are figures too; other readers skip bare numbers.
function withRowPlaces(figures: Figure[], rows: RundownRow[]): Figure[] {
  const free = (start: number, end: number) => !figures.some((figure) => figure.start < end && start < figure.end);
  const places = rows.filter((row) => row.bare && free(row.placeStart, row.placeEnd)).map(rowFigure);
  // "1 | Riccardo Patrese | Williams | 2 | 53 |" under "Pos | Driver | Team | Grid | Laps": the grid column's place too.
  for (const row of rows) if (row.gridCell && free(row.gridCell.start, row.gridCell.end)) places.push(gridFigure(row.gridCell));
  return places.length === 0 ? figures : [...figures, ...places].sort((a, b) => a.start - b.start);
}

// A figure on a rundown row is about the row's driver (or car); a gap there is to the row in first place.
function inRow(context: ClaimContext, claim: Claim, row: RundownRow, rows: RundownRow[]): Claim {
  const subject = rowHolder(context, row);
  if (!subject) return claim;
  const tableSession = headingKind(row);
  const tableEvent = headingEvent(row);
  // A table with a grid column tells each row's finishing place and its starting place apart by column.
  const tableColumn = row.gridCell ? (claim.start === row.gridCell.start ? 'grid' : claim.start === row.placeStart ? 'place' : null) : null;
  if (claim.kind !== 'gap') return { ...claim, subject, subjectSure: true, tableSession, ...(tableEvent ? { tableEvent } : {}), ...(tableColumn ? { tableColumn } : {}), subjectRosterId: rosterIdOf(context, subject) };
  const leader = [...rows].reverse().find((candidate) => candidate.place === 1 && candidate.start <= row.start);
  const reference = claim.reference ?? (leader && leader !== row ? rowHolder(context, leader, 'person') : null);
  return { ...claim, subject, subjectSure: true, tableSession, ...(tableEvent ? { tableEvent } : {}), reference, direction: claim.direction ?? 'behind', subjectRosterId: rosterIdOf(context, subject), referenceRosterId: reference ? rosterIdOf(context, reference) : null };
}

// Who holds a row's place: a name glued to it or written with an initial ("F. Alonso"), else the first driver
// (or, unless only people will do, car) named after the place.
function rowHolder(context: ClaimContext, row: RundownRow, only?: 'person'): string | null {
  const cells = context.text.slice(row.placeEnd, row.end);
  const written = gluedDriver(context, row) ?? initialledDriver(cells, context.drivers) ?? capitalisedDriver(cells, context.drivers);
  if (written) return written;
  const parties = partiesBetween(context, row.start, row.end).filter((mention) => mention.start >= row.placeEnd);
  const holder = parties.find((mention) => mention.kind === 'person') ?? (only ? undefined : parties.find((mention) => mention.kind === 'car'));
  if (!holder) return null;
  return holder.kind === 'car' ? `#${holder.carNumber}` : fullNameFor(holder, context.fullNames);
}

// "1Lewis HamiltonMercedes66 laps": a table pasted without its cell borders glues name to place and team, so no
// name is read there; the first of the session's drivers the row spells out holds the place.
function gluedDriver(context: ClaimContext, row: RundownRow): string | null {
  const cells = context.text.slice(row.placeStart, row.end);
  if (!/^\d+\p{Lu}|\p{Ll}{3}\p{Lu}/u.test(cells)) return null;
  const found = context.drivers.map((name) => ({ name, at: cells.indexOf(name) })).filter((hit) => hit.at >= 0);
  return found.sort((a, b) => a.at - b.at || b.name.length - a.name.length)[0]?.name ?? null;
}

function rosterIdOf(context: ClaimContext, name: string): string | null {
  return context.matchInRoster ? (context.matchInRoster(name)?.entry.id ?? null) : null;
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
    qualifier: readQualifier(text, figure.start, figure.decimals),
    subject: parties.subject,
    subjectSure: parties.subjectSure,
    reference: isGap ? parties.reference : null,
    // "ha rifilato a Norris quasi tre decimi": a margin dealt to one named before it puts its subject ahead, whatever
    // the clause's "a" would say of a figure alone.
    direction: isGap ? (isDealtBefore(text.slice(span.start, figure.start)) && !text.startsWith('+', figure.start) ? 'ahead' : readDirection(clauseBefore, clauseAfter, claimWords, text.startsWith('+', figure.start))) : null,
    scope: isPosition ? (figure.scope ?? words.scopeOpening) : null,
    sentence: words.sentence,
    notation: figure.notation,
    decimals: figure.decimals,
    sessionHint: readSessionHint(`${clauseBefore} ${clauseAfter}`) ?? sentenceSessionHint(words),
    placeRange: figure.placeRange ?? null,
    rank: figure.rank ?? null,
    subjectRosterId: matchInRoster && parties.subject ? (matchInRoster(parties.subject)?.entry.id ?? null) : null,
    referenceRosterId:
      matchInRoster && isGap && parties.reference ? (matchInRoster(parties.reference)?.entry.id ?? null) : null,
  };
}
