import type { Claim } from '../claims';
import type { SessionKind } from '../timing';
import { readSessionDay, type SessionDay } from './session-day';
import { clauseAround, lineAround, lineBefore, beforeLaterClause, sentenceBeforeLaterClause } from './hint-text';
import { continuesMoment, isMoment } from './moment';
import { RACE_START, RACE_WORDS, toldInTheRace } from './race-narrative';
import { gapMeasuredFrom, inStandings, penaltyTold, placeAfterPenalty } from './place-words';
import { namedNear } from './other-named';
import { lastPartIn, paragraphPart, partBefore, partIn, partNear } from './qualifying-part';
import { isCounterfactual } from './unreal';
import { isRecord, lastYearNamed, openingAdverbial, yearNamed } from './other-time';
import { withoutEarlierSession, withoutGridFrom } from './told-elsewhere';
import { GRID_PENALTY } from './grid-penalty';
import { forComingRace } from './coming-race';

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
  /** The day the claim's sentence gives its session ("Thursday afternoon's dry practice session"). */
  day: SessionDay | null;
  /** The words say the figure did not happen ("sixth instead of a possible pole", "could have taken pole"). */
  counterfactual: boolean;
  /** A race's figure told in the story of the race with no word of its result ("at the restart, with Bourdais third"). */
  raceStory?: boolean;
  /** The figure's sentence tells of a penalty ("crossed the line in seventh but was hit with a penalty"). */
  penaltyTold?: boolean;
  /** A place the order took after a penalty ("this became second place following #51 receiving a penalty"). */
  afterPenalty?: boolean;
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

// Session words of every language Racedesk reads: a report names its session in its own language. A front row is
// a row of the grid qualifying sets ("filled the remaining front-row spot with a time of 1:14.013").
const KIND_PATTERNS: [SessionKind, RegExp][] = [
  ['practice', /\bpracti[cs]e|\bFP\d\b|\bwarm-?up\b|\btraining\b|\bvrije training|\bentrenamientos? libres?|\bprove libere|\bessais libres|\btreinos? livres?/i],
  ['qualifying', /\bqualif\w*|\bQ[123]\b|\bpole\b|\bgrid\b|\bwill start\b|\bstarting\b|\bkwalificatie|\bclasificaci[oó]n|\bqualifiche|\bqualificação|\bclassificação|\bpole-?position|\bfront[- ]row\b|\bprimera fila\b|\bprima fila\b|\bpremière ligne\b|\bprimeira fila\b|\berste (?:Start)?reihe\b|\beerste (?:start)?rij\b/i],
  ['race', /\brace\b|\bcross(?:ed|es|ing)? the (?:finish )?line\b|\bwon\b(?!\s+(?:the\s+|his\s+|her\s+|a\s+)?(?:[\w-]+\s+){0,2}pole)|\bvictory\b|\bfinish(?:ed|es|ing)?\b|\brennen\b|\bcarrera\b|\bgara\b|\bcorrida\b/i],
];

const GRID = /\b(?:start(?:s|ed|ing)?|launch(?:es|ed|ing)?(?=\s+from\b))\s+(?:the\s+(?:race|grand prix|GP)\s+)?(?:(?:alongside|right|just|\p{L}+ly)\s+)?(?:from\s+|on\s+|in\s+)?(?:the\s+)?(?:\S+\s+)?(?:P?\d|(?:place|position|row|pole|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(?:eleven|twelf|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twentie)th)\b)|\bon the grid\b|\bgrid\b|\bline(?:s)? up\b|\bstarting (?:position|place|spot|slot|grid)|\bstartplatz|\bstartposition|\bstartpositie|\bstartrij|\bparrilla|\bgriglia|\bgrille|\bwill start\b|\bsaldrá(?!\w)|\bpartirá(?!\w)|\bpartira\b|\bs['’]élancera\b|\bpartirà(?!\w)|\blargará(?!\w)|\bstartet\b/iu;

// "quatrième sur la grille", "tercero en la parrilla", "terzo sulla griglia", "Vierter in der Startaufstellung".
const GRID_AFTER = /^\s*(?:\p{L}+\s+)?(?:sur la grille|en (?:la )?parrilla|sulla griglia|in griglia|na grelha|no grid de largada|in der Startaufstellung|auf (?:der|dem) (?:Startaufstellung|Grid|Startplatz)|op de (?:grid|startgrid))(?![\p{L}])/iu;

const FINISH_VERB = /\b(?:finish(?:ed|es|ing)?|came home|cross(?:ed|es|ing)? the (?:finish )?line|ended|wound up|classified|took the flag)\b/i;

// "Will start third", "third on the grid", "front-row starter Carlos Sainz", "launched from fourth", not "finished
// fourth after starting on the front row".
function startingPlace(text: string, claim: Pick<Claim, 'start' | 'end'>): boolean {
  const clause = clauseAround(text, claim.start, claim.end);
  const clauseStart = text.lastIndexOf(clause, claim.start);
  const before = text.slice(Math.max(clauseStart, 0), claim.start);
  const after = text.slice(claim.end, claim.end + 24);
  if (/^\s*(?:place\s+|position\s+)?on the grid\b|^\s*(?:on|in)\s+the\s+starting\b|^(?:-place)?\s+starters?\b/i.test(after) || GRID_AFTER.test(text.slice(claim.end, claim.end + 40))) return true;
  // "the race started with Leclerc leading from pole", "won from pole": the place a car set off from.
  if (/^pole/i.test(text.slice(claim.start, claim.end)) && /\bfrom\s+(?:the\s+)?$/i.test(before)) return true;
  const cue = GRID.exec(withoutGridFrom(before) + text.slice(claim.start, claim.end));
  return cue !== null && !FINISH_VERB.test(before.slice(cue.index + cue[0].length));
}

const ORDINAL_NUMBERS: Record<string, number> = { first: 1, opening: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6 };

/**
 * Reads what a claim points to from its own clause, and practice or qualifying from its sentence too. A race,
 * a record or another year only counts when named in the claim's clause (a moment, anywhere in its sentence): in "Derani turned in
 * 1:32.656, breaking the 2019 record of 1:33.655" only the second time is the record.
 */
export function readHint(text: string, claim: Pick<Claim, 'start' | 'end' | 'sentence'> & Partial<Pick<Claim, 'tableSession' | 'tableEvent' | 'kind'>>): SessionHint {
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
  // "the first pole since Sebring 2018": a year after "since" dates the one before this, not the figure.
  const grid = startingPlace(text, claim);
  return {
    // "Practice pacesetters Garcia and Taylor will line up third in Saturday's race": practice never sets a grid.
    kind: grid && kind === 'practice' ? 'qualifying' : kind,
    year: yearNamed(clause),
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
    counterfactual: isCounterfactual(clauseBefore),
    raceStory: toldInTheRace(text, claim),
    penaltyTold: penaltyTold(text, claim),
    afterPenalty: placeAfterPenalty(text, claim),
    gridPenalty: GRID_PENALTY.test(text),
    standings: inStandings(text, claim),
    gapFrom: gapMeasuredFrom(text, claim),
    named: namedNear(text, claim),
  };
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

function speaksOfQualifying(paragraph: string): boolean {
  const qualifying = paragraph.match(/\bqualif\w*|\bQ[123]\b|(?<!\bfrom |\bon |\bof )\bpole\b|\bkwalificatie|\bclasificaci[oó]n|\bqualifiche/gi)?.length ?? 0;
  const race = paragraph.match(RACE_WORDS)?.length ?? 0;
  return qualifying > 0 && qualifying > race;
}

// "Ricciardo and Vettel finished third and fourth" in a paragraph about qualifying: "finished" alone does not make
// a race, the paragraph's own words decide.
function weakRace(clause: string, paragraph: string): boolean {
  const finish = /\bfinish(?:ed|es|ing)?\b/gi;
  if (!finish.test(clause) || kindIn(clause.replace(finish, ''), ['practice', 'qualifying', 'race']) !== null) return false;
  return qualifyingParagraph(paragraph);
}

// "despite starting on pole, … ultimately finishing third": a pole started from is told in the race's story.
function qualifyingParagraph(paragraph: string): boolean {
  const qualifying = paragraph.match(/\bqualif\w*|\bQ[123]\b|(?<!\bfrom |\bon )\bpole\b/gi)?.length ?? 0;
  const race = paragraph.match(RACE_WORDS)?.length ?? 0;
  return qualifying > race;
}

// "claimed provisional pole … and when Norris crossed the line 0.082s off the champion on his final lap": in a
// paragraph about qualifying, a race read only off crossing the line or finishing, which end a qualifying lap or
// session too, may be the article's qualifying.
// With `noRaceWord`, a paragraph with no word of a race at all: "the #31 Cadillac set the benchmark for the field,
// finishing 0.351 seconds clear of van der Zande" in a practice report is the session's end.
function raceOnlyByLine(clause: string, figureAt: number, paragraph: string, noRaceWord = false): boolean {
  const line = /\bcross(?:ed|es|ing)? the line\b|\bfinish(?:ed|es|ing)?\b/gi;
  const stripped = clause.replace(line, (found) => ' '.repeat(found.length));
  // "Bourdais – who won the Grand Prix of Long Beach three times in his career – delivered …": an aside's race is not the paragraph's.
  const fits = noRaceWord ? tellsNoRace(paragraph) : qualifyingParagraph(paragraph);
  return stripped !== clause && nearestKindBefore(clause, figureAt) === 'race' && nearestKindBefore(stripped, figureAt) !== 'race' && fits;
}

/** Whether a paragraph has no word of a race but "finishing" or "crossed the line", which end any session or lap. */
export function tellsNoRace(paragraph: string): boolean {
  // "Bourdais – who won the Grand Prix of Long Beach three times in his career – delivered …": an aside's race is not the paragraph's.
  const without = withoutEarlierSession(paragraph).replace(/\bcross(?:ed|es|ing)? the line\b|\bfinish(?:ed|es|ing)?\b/gi, '');
  return (without.match(RACE_WORDS)?.length ?? 0) === 0 && kindIn(without, ['race']) === null && !RACE_START.test(without);
}

// "last week in the Singapore Grand Prix", "at last month's 6 Hours of Spa": a named event, which the session's
// own name is compared with; "last week", "three weeks ago" or "last time out" alone is another event too, and so is
// "the last time" something happened ("The last time Nasr earned pole at Road Atlanta, in 2019, he … won the race").
// "Last week's winner in Singapore, Carlos Sainz, settled into sixth": a title earned at another event describes
// the driver; the place is this event's.
const TITLE_FROM_ELSEWHERE = /\blast (?:week|weekend|month|time out)['’]s\s+(?:\p{L}+\s+){0,2}?(?:winner|victor|polesitter|pole-sitter|pole winner|champion|hero|podium finisher)(?:\s+(?:in|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+\s*){1,3})?/giu;

// "A rare blunder … last week in the Singapore Grand Prix … was quickly put behind them as the Dutch driver
// snagged pole for Sunday's Japanese Grand Prix": a figure in a clause an "as", "but" or "while" opens is told of
// that clause's event.
const CONJUNCTION = /(?:,\s*|\s)(?:as|but|while|whilst|whereas)\s/gi;

function fromLastConjunction(sentence: string, text: string, claim: Pick<Claim, 'start'>): string {
  const sentenceStart = text.lastIndexOf(sentence.slice(0, 24), claim.start);
  if (sentenceStart < 0) return sentence;
  const at = claim.start - sentenceStart;
  const opened = [...sentence.slice(0, at).matchAll(CONJUNCTION)].at(-1);
  return opened ? sentence.slice(opened.index) : sentence;
}

// "had taken pole in each of the trio of preceding races": events before this one, in the figure's own clause ("a
// team that had struggled … in the last three races" after an "and" tells of something else).
const EARLIER_EVENTS = /\b(?:previous|preceding|prior)\s+(?:\p{L}+\s+)?(?:rounds|races|weekends|events)\b|\b(?:last|past)\s+(?:two|three|four|five|\d)\s+(?:rounds|races|events)\b/iu;

// "a time of 1m30.404s that, like last weekend, will leave them on the outside of the front row": this event's
// figure, compared with the last one.
const LIKE_LAST_EVENT = /\b(?:just\s+)?(?:like|as)\s+(?:(?:he|she|it|they)\s+(?:did|was|were)\s+)?(?:last (?:week|weekend|month|time out)|the (?:week|weekend) before|a (?:week|fortnight) (?:ago|earlier))/gi;

// "broke the previous track record, 1:10.705, set two years ago, by seven-tenths": a participle set off by commas dates
// the noun before it (the old record), not the sentence's other figures.
const DATED_ASIDE = /,\s*(?:set|established|achieved|recorded|posted)\s+(?:[\p{L}-]+\s+){1,3}(?:ago|earlier|before)\s*,/giu;

function otherEventIn(written: string): string | null {
  const sentence = written.replace(TITLE_FROM_ELSEWHERE, '').replace(LIKE_LAST_EVENT, '').replace(DATED_ASIDE, ',');
  if (!/\blast (?:week|weekend|time out|month)\b|\bprevious (?:round|race|weekend|event)\b|\bthe (?:week|weekend) before\b|\ba (?:week|fortnight) (?:ago|earlier)\b|\b(?:two|three|four|five|six|several|a few|a couple of|\d+) (?:weeks|weekends|months|years|seasons) (?:ago|earlier|before)\b|\bearlier this (?:season|year|month)\b|\bthe last time\s+(?=\p{Lu}|(?:he|she|they|it|an?|the)\s)/iu.test(sentence)) return null;
  const named = /\b(?:the|at|in)\s+((?:\p{Lu}[\p{L}-]+\s+){1,3})(?:Grand Prix|GP)\b/u.exec(sentence);
  return named ? named[1].trim() : 'another event';
}

// Series a report may cover beside the one whose timing is loaded, by the name their copy uses, with the
// series code the timing files carry (IMSA, F1, WEC) for those Racedesk has data of.
const SERIES: [RegExp, string, string | null][] = [
  [/\bWeatherTech\b/i, 'WeatherTech SportsCar Championship', 'IMSA'],
  [/\bMichelin Pilot Challenge\b|\bPilot Challenge\b/i, 'Michelin Pilot Challenge', null],
  [/\bVP Racing Sportscar Challenge\b|\bVP Racing SportsCar Challenge\b/i, 'VP Racing SportsCar Challenge', null],
  [/\bMX-5 Cup\b/i, 'Mazda MX-5 Cup', null],
  [/\bLamborghini Super Trofeo\b|\bSuper Trofeo\b/i, 'Lamborghini Super Trofeo', null],
  [/\bCarrera Cup\b/i, 'Porsche Carrera Cup', null],
  [/\bGT World Challenge\b|\bGT America\b|\bGT4 America\b/i, 'SRO GT World Challenge', null],
  [/\bEuropean Le Mans Series\b|\bELMS\b|\bAsian Le Mans\b/i, 'European or Asian Le Mans Series', null],
  [/\bIndyCar\b(?!\s+(?:star|champion|driver|gun|veteran|winner|race winner|regular|rookie))/i, 'IndyCar', null],
  [/\bFormula (?:2|3|E)\b|\bF[23]\b/i, 'a junior or electric series', null],
];

// "Nick Yelloly, poleman nella recente 4 Ore di Le Castellet della ELMS", "the reigning ELMS champion": a title the
// driver holds in another series describes him; the figure stays in the series loaded.
const SERIES_TITLE =
  /\b(?:pole-?man|pole-?sitter|polesitter|winner|champion|vincitore|campione|vainqueur|ganador|campe[oó]n|vencedor|campe[aã]o|Sieger|Meister|winnaar|kampioen)\b[^,;.()]{0,80}$|\b(?:reigning|defending|former|ex-|campione|champion)\s*$/iu;

function seriesIn(text: string): string | null {
  for (const [pattern, name] of SERIES) {
    const global = new RegExp(pattern.source, 'gi');
    if ([...text.matchAll(global)].some((found) => !SERIES_TITLE.test(text.slice(0, found.index)))) return name;
  }
  return null;
}

/** The timing series code of a series Racedesk can name, or null when it has no timing of it. */
export function seriesCode(name: string): string | null {
  return SERIES.find(([, named]) => named === name)?.[2] ?? null;
}

// Words saying the order was changed after the session: the timing holds the order on time only.
const PENALTY_ORDER =
  /\binherit(?:ed|s)?\s+(?:the\s+)?(?:\w+\s+)?(?:pole|win|victory|lead|position|place)\b|\b(?:times?|laps?)\s+(?:was|were|has been|have been)\s+(?:also\s+)?(?:disallowed|deleted|cancelled|scrubbed|removed)|\bhad (?:his|her|their) (?:best\s+)?(?:time|lap)s?\s+(?:disallowed|deleted|cancelled)|\b(?:moved|sent|relegated|dropped)\s+to\s+the\s+(?:rear|back)\b|\bstripped of\b|\bgrid penalt|\b(?:excluded|disqualified)\s+from\s+(?:qualifying|the (?:session|results))|\b(?:by virtue of|because of|after|following)\s+(?:the|a|his|her|their)\s+(?:\w+\s+)?penalt/i;

const AVERAGE = /\baverage|\baveraged\b|\bmedia\b|\bmoyenne|\bdurchschnitt|\bgemiddeld/i;
// "The time, good for a 113.24mph average around VIR, was 0.714s ahead": the average of a lap's speed, said of
// the lap itself, makes no other figure an average.
const SPEED_AVERAGE = /\d[\d.,]*\s*(?:mph|km\/h|kph|kmh)\s+average\b|\baverage (?:speed|of \d[\d.,]*\s*(?:mph|km\/h|kph))/gi;

function averageIn(text: string): boolean {
  return AVERAGE.test(text.replace(SPEED_AVERAGE, ''));
}

// The kind whose word comes last before the figure: "finished fourth after starting on the front row" is a race.
function nearestKindBefore(clause: string, figureAt: number): SessionKind | null {
  let best: { kind: SessionKind; at: number } | null = null;
  for (const [kind, pattern] of KIND_PATTERNS) {
    for (const match of clause.matchAll(new RegExp(pattern.source, 'gi'))) if (match.index < figureAt && (!best || match.index > best.at)) best = { kind, at: match.index };
  }
  return best?.kind ?? null;
}

function kindIn(text: string, kinds: SessionKind[]): SessionKind | null {
  for (const [kind, pattern] of KIND_PATTERNS) if (kinds.includes(kind) && pattern.test(text)) return kind;
  return null;
}

// The session a claim read off its table's heading ("QUALIFYING RESULTS").
function kindOf(hint: string | null | undefined): SessionKind | null {
  return hint === 'practice' || hint === 'qualifying' || hint === 'race' ? hint : null;
}

// "FP2", "Practice 2", "Session 5", "the second practice session", "opening practice".
function sessionNumber(text: string): number | null {
  const coded = /\bFP([1-4])\b|\b(?:practice|session|training)\s+(?:no\.\s*)?([1-9])\b/i.exec(text);
  if (coded) return Number(coded[1] ?? coded[2]);
  const worded = /\b(first|opening|second|third|fourth|fifth|sixth)\s+(?:free\s+)?(?:practice|session)\b/i.exec(text);
  return worded ? ORDINAL_NUMBERS[worded[1].toLowerCase()] : null;
}
