import type { Claim } from '../claims';
import type { SessionKind } from '../timing';
import { readSessionDay, type SessionDay } from './session-day';
import { clauseAround, lineAround, lineBefore, beforeLaterClause, sentenceBeforeLaterClause } from './hint-text';
import { continuesMoment, isMoment } from './moment';
import { toldInTheRace } from './race-narrative';
import { gapMeasuredFrom, inStandings, penaltyTold, placeAfterPenalty } from './place-words';
import { namedNear } from './other-named';
import { lastPartIn, paragraphPart, partBefore, partIn, partNear } from './qualifying-part';
import { isCounterfactual, struckOff } from './unreal';
import { isRecord, lastYearNamed, openingAdverbial, yearNamed } from './other-time';
import { withoutEarlierSession } from './told-elsewhere';
import { GRID_PENALTY } from './grid-penalty';
import { placeNamedAfter } from './place-elsewhere';
import { forComingRace } from './coming-race';
import { kindIn, kindOf, nearestKindBefore, sessionNumber } from './session-kind-words';
import { startingPlace } from './starting-place';
import { raceOnlyByLine, speaksOfQualifying, weakRace } from './paragraph-kind';
import { EARLIER_EVENTS, fromLastConjunction, otherEventIn } from './other-event';
import { seriesIn } from './other-series';
import { PENALTY_ORDER } from './penalty-order';
import { namesSprintQualifying } from './sprint-session';

export { tellsNoRace } from './paragraph-kind';
export { seriesCode } from './other-series';

/** What the words around a claim say about which session, and which part or moment of it, it is about. */
export interface SessionHint {
  kind: SessionKind | null;
  /** A year named next to the figure ("the 2023 edition"), or the year before for "last year". */
  year: number | null;
  lastYear: boolean;
  /** The figure is a record set before this session ("breaking the 2019 record of 1:33.655"). */
  record: boolean;
  /** Which session of its kind: 2 for "FP2", "second practice", "Practice 2", "Session 2". */
  number: number | null;
  /** A part of qualifying: 1, 2 or 3 for "Q1", "in the second segment", "the Q3 shoot-out". */
  part: number | null;
  /** The part was named outside the figure's clause ("made it through to Q2 …, in 14th position"), so the figure may be of another. */
  partAway?: boolean;
  /** The part the report named last before the figure's paragraph, which a place with no part of its own may be of. */
  partBefore?: number | null;
  /** The race was read only off "crossed the line" or "finished" in a paragraph about qualifying: a qualifying report's lap may be meant. */
  raceByLine?: boolean;
  /** The race was read only off "finishing" or "crossed the line" in a paragraph naming no race: a practice report's session end. */
  endByLine?: boolean;
  /** A series the figure's sentence (or its paragraph) names that the timing may not cover ("Michelin Pilot Challenge"). */
  series: string | null;
  /** Another event the figure's sentence is about ("last week in the Singapore Grand Prix"), as written. */
  otherEvent: string | null;
  /** The figure is an average ("top 20% average lap time", "averaged 1:26"), not one lap. */
  average: boolean;
  /** The figure is about a moment during the session ("after 15 minutes", "early on", "his first run"). */
  moment: boolean;
  /** The figure is a starting place ("will start from third", "on the grid"). */
  grid: boolean;
  /** A paragraph of a race report that speaks of qualifying, not the race ("On Saturday, Hamilton snatched pole…"). */
  qualifyingParagraph: boolean;
  /** The paragraph says penalties changed the order ("his time was disallowed", "inherited the pole"). */
  penaltyOrder: boolean;
  /** The figure's sentence names an F1 sprint qualifying or shootout ("Nella qualifica Sprint di venerdì"). */
  sprintQualifying?: boolean;
  /** The day the claim's sentence gives its session ("Thursday afternoon's dry practice session"). */
  day: SessionDay | null;
  /** The words say the figure did not happen ("sixth instead of a possible pole", "could have taken pole"). */
  counterfactual: boolean;
  /** The words right after the figure say its lap was struck off ("Hamilton's pole lap was cancelled"). */
  struckOff?: boolean;
  /** A race's figure told in the story of the race with no word of its result ("at the restart, with Bourdais third"). */
  raceStory?: boolean;
  /** The figure's sentence tells of a penalty ("crossed the line in seventh but was hit with a penalty"). */
  penaltyTold?: boolean;
  /** A place the order took after a penalty ("this became second place following #51 receiving a penalty"). */
  afterPenalty?: boolean;
  /** The circuit or event the place is told at ("runner-up at Interlagos"), which may not be the one checked. */
  placeNamed?: string | null;
  /** The paragraph tells of a grid penalty ("pénalisé de 10 places sur la grille"): the grid and qualifying orders differ. */
  gridPenalty?: boolean;
  /** The paragraph, or the one before it, tells a grid penalty still to be decided ("risque trois places de pénalité sur la grille"). */
  gridPending?: boolean;
  /** A place in the championship standings ("from ninth to sixth in the constructors' standings"). */
  standings?: boolean;
  /** The place a gap just before it is measured from ("0.328s off first place"). */
  gapFrom?: boolean;
  /** People named in the figure's sentence and the one before it: whose figure it may be. */
  named?: string[];
}

/**
 * Reads what a claim points to from its own clause, and practice or qualifying from its sentence too. A race,
 * a record or another year only counts when named in the claim's clause (a moment, anywhere in its sentence): in "Derani turned in
 * 1:32.656, breaking the 2019 record of 1:33.655" only the second time is the record.
 */
export function readHint(text: string, claim: Pick<Claim, 'start' | 'end' | 'sentence'> & Partial<Pick<Claim, 'tableSession' | 'tableEvent' | 'tableColumn' | 'kind'>>): SessionHint {
  const clause = clauseAround(text, claim.start, claim.end);
  const clauseStart = Math.max(0, text.lastIndexOf(clause, claim.start));
  const clauseBefore = text.slice(clauseStart, claim.start);
  // "clawing back to seventh place after starting 10th … in Saturday's final qualifying", "2.414 seconds ahead of
  // Massa, who had started on pole position": a session named in a clause after the figure's is that clause's.
  const ownClause = clause.slice(0, beforeLaterClause(clause.slice(clauseBefore.length), claim.end - claim.start) + clauseBefore.length);
  const titled = (part: string, from: number) => withoutPoleTitles(part, from, claim);
  const clauseKind = weakRace(clause, lineAround(text, claim.start)) ? 'qualifying' : (nearestKindBefore(withoutEarlierSession(titled(clause, clauseStart), clauseBefore.length), clauseBefore.length) ?? kindIn(withoutEarlierSession(titled(ownClause, clauseStart), clauseBefore.length), ['practice', 'qualifying', 'race']));
  // "took pole for Formula One's first ever night race by 6/10ths of a second in qualifying": a session said right
  // after the figure is the one it was set in, whatever event the words before describe.
  const statedAfter = /^\S*\s+in\s+(?:the\s+)?(qualifying|practice)\b/i.exec(text.slice(claim.end, clauseStart + clause.length));
  // "a hair quicker than in this morning's practice session to claim pole", "oltre il poleman": a pole is the order
  // qualifying ended in, whatever session the words around it tell of.
  const read = isPoleWord(text, claim) ? 'qualifying' : (statedAfter ? (statedAfter[1].toLowerCase() as SessionKind) : clauseKind) ?? kindIn(withoutEarlierSession(titled(sentenceBeforeLaterClause(claim.sentence, text, claim), text.lastIndexOf(claim.sentence.slice(0, 24), claim.start))), ['practice', 'qualifying']) ?? kindOf(claim.tableSession);
  // "third position overall for tomorrow's race": a place, or a gap, told for a race still to come is qualifying's.
  const kind = read !== 'practice' && read !== 'qualifying' && forComingRace(ownClause) ? 'qualifying' : read;
  // In a table with a grid column, the column says which place it is, whatever words the lines above hold.
  const grid = claim.tableColumn ? claim.tableColumn === 'grid' : startingPlace(text, claim);
  // "the first pole since Sebring 2018": a year after "since" dates the one before this, not the figure.
  return {
    // "Practice pacesetters Garcia and Taylor will line up third in Saturday's race": practice never sets a grid.
    kind: grid && kind === 'practice' ? 'qualifying' : kind,
    year: yearNamed(clause, claim.start - clauseStart),
    lastYear: lastYearNamed(clause) || lastYearNamed(openingAdverbial(claim.sentence)),
    record: isRecord(text, claim, clause, clauseStart),
    number: sessionNumber(claim.sentence),
    // Pole is the order qualifying ends in, never a place in one part of it ("Rosberg, behind in Q1 and Q2, took pole").
    part: isPole(text, claim) ? null : (partNear(clause, claim.start - clauseStart) ?? lastPartIn(text.slice(Math.max(0, text.lastIndexOf(claim.sentence.slice(0, 20), claim.start)), claim.start)) ?? paragraphPart(text, claim.start)),
    partAway: partIn(clause) === null,
    partBefore: isPole(text, claim) ? null : partBefore(text, claim.start),
    raceByLine: kind === 'race' && raceOnlyByLine(clause, clauseBefore.length, lineAround(text, claim.start)),
    endByLine: kind === 'race' && raceOnlyByLine(clause, clauseBefore.length, lineAround(text, claim.start), true),
    average: averageIn(clauseBefore) || averageIn(lineBefore(text, claim.start)),
    otherEvent: otherEventIn(fromLastConjunction(claim.sentence, text, claim)) ?? (EARLIER_EVENTS.test(clause) ? 'another event' : null) ?? claim.tableEvent ?? null,
    series: seriesIn(claim.sentence) ?? seriesIn(lineAround(text, claim.start)),
    moment: isMoment(text, claim, grid) || (!grid && continuesMoment(text, claim)),
    grid,
    qualifyingParagraph: speaksOfQualifying(withoutEarlierSession(lineWithoutLaterClause(text, claim))),
    penaltyOrder: PENALTY_ORDER.test(text),
    day: readSessionDay(clause) ?? readSessionDay(sentenceBeforeLaterClause(claim.sentence, text, claim)),
    sprintQualifying: sprintQualifyingNamed(text, claim, clause),
    counterfactual: isCounterfactual(clauseBefore),
    struckOff: struckOff(text, claim),
    raceStory: toldInTheRace(text, claim),
    penaltyTold: penaltyTold(text, claim),
    afterPenalty: placeAfterPenalty(text, claim),
    placeNamed: placeNamedAfter(text, claim),
    gridPenalty: GRID_PENALTY.test(text),
    standings: inStandings(text, claim),
    gapFrom: gapMeasuredFrom(text, claim),
    // A table's row names whose place it is on its own line; the rows around it name other cars.
    named: claim.tableSession === undefined ? namedNear(text, claim) : [],
  };
}

// "bravo a recuperare tre decimi al tempo realizzato nella qualifica Sprint", "Nella qualifica Sprint di venerdì, con
// Verstappen poleman …": a sprint qualifying named in the figure's clause, or before it in its sentence when the
// figure's clause names no session of its own ("La seconda fila vede …, e la Ferrari di Sainz, bravo a recuperare … nella
// qualifica Sprint" leaves the second row to this qualifying).
function sprintQualifyingNamed(text: string, claim: Pick<Claim, 'start' | 'end' | 'sentence'>, clause: string): boolean {
  if (namesSprintQualifying(clause)) return true;
  const sentenceStart = text.lastIndexOf(claim.sentence.slice(0, 24), claim.start);
  return sentenceStart >= 0 && namesSprintQualifying(text.slice(sentenceStart, claim.start)) && kindIn(clause, ['practice', 'qualifying', 'race']) === null;
}

// "claimed fourth place in the Motul Pole Award-winning No. 40", "Oliver Jarvis third in the polesitting No. 50": a pole
// that describes a car is no word of the session the figure is from ("0.3s off the polesitter" still measures from it).
const POLE_TITLE = /\bpole(?:[- ]award)?[- ]?(?:winning|sitting)\b/giu;

// The words with every pole title blanked (offsets kept), the figure's own words aside: `from` is where `words` start in the text.
function withoutPoleTitles(words: string, from: number, claim: Pick<Claim, 'start' | 'end'>): string {
  return words.replace(POLE_TITLE, (found, at: number) => (from + at < claim.end && from + at + found.length > claim.start ? found : ' '.repeat(found.length)));
}

function isPole(text: string, claim: Pick<Claim, 'start' | 'end'>): boolean {
  return /^pole/i.test(text.slice(claim.start, claim.end));
}

// "pole", "pole position", "polesitter", "Pole-Position", "poleman": a word naming the pole, in any language.
function isPoleWord(text: string, claim: Pick<Claim, 'start' | 'end'>): boolean {
  return /^pole|pole-?sitt/i.test(text.slice(claim.start, claim.end));
}

/** The sentence-wide reading, for checks that are not about one figure (who drives which car). */
export function readSentenceHint(sentence: string): SessionHint {
  return {
    kind: kindIn(sentence, ['practice']),
    year: null,
    lastYear: /\blast (?:year|season)\b/i.test(sentence),
    record: false,
    number: sessionNumber(sentence),
    part: null,
    average: false,
    otherEvent: null,
    series: null,
    moment: false,
    grid: false,
    qualifyingParagraph: false,
    penaltyOrder: false,
    day: null,
    counterfactual: false,
  };
}

// The paragraph around the claim without the clause that follows the claim's own in its sentence, where "after
// starting 10th … in Saturday's final qualifying" tells of another session.
function lineWithoutLaterClause(text: string, claim: Pick<Claim, 'start' | 'end' | 'sentence'>): string {
  const lineStart = text.lastIndexOf('\n', claim.start - 1) + 1;
  const line = lineAround(text, claim.start);
  const sentenceStart = text.lastIndexOf(claim.sentence.slice(0, 24), claim.start);
  if (sentenceStart < lineStart) return line;
  const own = sentenceBeforeLaterClause(claim.sentence, text, claim);
  const cutFrom = sentenceStart + own.length - lineStart;
  const cutTo = sentenceStart + claim.sentence.length - lineStart;
  return line.slice(0, cutFrom) + line.slice(cutTo);
}

const AVERAGE = /\baverage|\baveraged\b|\bmedia\b|\bmoyenne|\bdurchschnitt|\bgemiddeld/i;
// "The time, good for a 113.24mph average around VIR, was 0.714s ahead": the average of a lap's speed, said of
// the lap itself, makes no other figure an average.
const SPEED_AVERAGE = /\d[\d.,]*\s*(?:mph|km\/h|kph|kmh)\s+average\b|\baverage (?:speed|of \d[\d.,]*\s*(?:mph|km\/h|kph))/gi;

function averageIn(text: string): boolean {
  return AVERAGE.test(text.replace(SPEED_AVERAGE, ''));
}
