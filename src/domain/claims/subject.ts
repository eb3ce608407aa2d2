import { fullNameFor, type NameMention } from '../names';
import { partiesBetween, partiesInSentence, type ClaimContext } from './context';
import { bracketedAfter, frontedPhraseHolder, heldAfterCopula, holderNamedAfter, namedInBracketsAfter, namedRightAfterPlace, placeAfterName, possessorAfter } from './holders';
import { findReferences, namedAfterSigned, objectsOf } from './objects';
import { beaterOf } from './beaten-subject';
import { beatenInto } from './beaten-into';
import { betweenPair, pairBefore } from './between';
import { mainClauseReference } from './trailing-with';
import { pronounReference } from './pronoun-reference';
import { bareBehindReference } from './bare-behind-reference';
import { respectiveReference } from './respectively';
import { CAR_PRONOUN, lastNamedPerson, latterOpen, namesTitle, opensOnPronoun, theLatter } from './earlier-sentences';
import { carSetIn } from './car-after';
import { carNamedWith } from './team-car';
import { dealtTo } from './dealt-margin';
import { epithetHolder, epithetReference } from './epithets';
import { antecedentOfMake } from './make-antecedent';
import { makeOfEpithet } from './make-epithet';
import { pairedParty, pairedWithSentenceBefore } from './pairing';
import { theFormer } from './former';
import { describedBefore, possessorAfterTime, possessorBefore, signedAfterName, timedOnBefore } from './possessor-before';
import { quotedSpeaker } from './speaker';
import { beaterOfPurpose } from './purpose-clause';
import { participleSubject } from './participle';
import { separatedPair, splitGroup } from './separated-pair';
import { sharedSubject } from './shared-subject';
import type { SentenceSpan } from './sentences';
import type { Figure } from './types';
import { teamBefore, VENUE, withTeams } from './team-subject';
import { pastRelative, relativeAntecedent } from './relative-antecedent';

// "joined on the front row by a revitalised Lewis Hamilton": an agent may come with an article and a word or two.
// "the 1m43.356s record held by Ross Gunn": a noun for what the figure is may stand before the verb.
// "the old 1m5.542s record, set by Colin Braun", "the 136.79mph lap turned by Oliver Jarvis": a comma may stand before
// the verb, and a lap is "turned" too.
const setByAfter = /^['’"”]*\s*,?\s*(?:(?:(?:(?:lap\s+|track\s+|pole\s+|qualifying\s+)?(?:record|benchmark|mark)\s*,?\s+|lap\s+)?(?:held|set|posted|done|achieved|clocked|recorded|managed|going|went|turned)\s+)?(?:by|to)|in the hands of)\s+(?:the\s+)?(?:(?:his|her|their)\s+)?(?:team-?mate\s+|co-?driver\s+|compatriot\s+)?$|^\s+by\s+an?\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,2}$/iu;
const unresolvable = /\b(?:his|her|their) team-?mates?\b|\bteam-?mate\b/i;
// "Der 60-fache GP-Sieger verpasst seine 40. Formel-1-Pole", "Leclerc manque la 5e place": a place the one named
// missed is not his, and no one else is named for it.
// "ahnt, wie die Pole verloren ging": German puts the verb that loses the place after it.
const LOST_AFTER = /^\s+(?:\p{Ll}+\s+){0,2}(?:verloren|verpasst)(?![\p{L}])/u;
// Only the place missed itself, a few words on: "missed Q3 and will start ninth" starts ninth all the same.
const MISSED =
  /(?<![\p{L}])(?:verpasst|verpasste|verpassten|missed|misses|manqué|manque|mancato|manca|miste|mist)(?![\p{L}])(?:\s+(?!(?:and|but|so|while|then|yet|und|aber|et|mais|e|ma|en|maar|y|pero)(?![\p{L}]))[\p{L}\d.'’-]+){0,6}\s*$/iu;

// "the previous DPi track record, 1:10.705", "the old lap record of 1:14.441": a time set off after a record the words
// say is past.
const PREVIOUS_RECORD = /(?<![\p{L}])(?:previous|old|former|existing|standing)\s+(?:[\p{L}-]+\s+){0,3}record\s*(?:,|of|at|was|stood at)\s*$/iu;

/** Who a figure is about and, for a gap, who it is measured against, written as the text names them. */
export interface Parties {
  subject: string | null;
  reference: string | null;
  /** Whether the subject was read from the figure's own sentence before it (or its pairing), not guessed. */
  subjectSure: boolean;
}

/**
 * Reads the subject and reference of a figure in its sentence. The subject is the driver a setter phrase names
 * ("held by Oliver Jarvis"), the one paired with it ("Ricciardo and Vettel finished third and fourth"), "the
 * latter", else the nearest driver, then car (`#31`), before the figure in its clause, then in its sentence, who
 * is not being beaten or measured against ("Rosberg edged Hamilton to pole") nor named in an appositive ("Bottas,
 * the team-mate of Hamilton, was third"); else the one person the previous sentence names ("He", "The Briton"),
 * else (for a position) the first driver or car after it. The reference is the driver after "than", "ahead of",
 * "off"… or one being beaten ("lowering Blomqvist's").
 */
export function readParties(context: ClaimContext, figure: Figure, sentence: SentenceSpan, sentenceIndex: number, clauseStart: number): Parties {
  const parties = partiesOf(context, figure, sentence, sentenceIndex, clauseStart);
  const separated = figure.kind === 'gap' && !parties.reference ? (separatedPair(context, figure, sentence) ?? splitGroup(context, figure, sentence)) : null;
  if (separated) return { subject: separated[0], reference: separated[1], subjectSure: true };
  if (figure.kind !== 'gap' || parties.reference || !parties.subject) return parties;
  const him = pronounReference(context, figure, sentence, parties.subject) ?? bareBehindReference(context, figure, sentence, sentenceIndex, parties.subject);
  if (him) return { ...parties, reference: written(context, him) };
  const pair = betweenPair(context, figure, sentence, sentenceIndex, parties.subject);
  return pair ? { ...parties, subject: pair[0], reference: pair[1] } : parties;
}

// "as Jack Aitken took sixth at Laguna while the Wayne Taylor pairing’s woeful season continued in seventh": "while" or
// "whereas" opening on a subject of its own starts a clause whose places are that subject's, not the one named before.
const NEW_SUBJECT_CLAUSE = /(?<![\p{L}])(?:while|whilst|whereas)\s+(?=(?:the|his|her|their|its)\s|\p{Lu})/gu;

function ownClauseStart(text: string, clauseStart: number, figureStart: number): number {
  let start = clauseStart;
  for (const match of text.slice(clauseStart, figureStart).matchAll(NEW_SUBJECT_CLAUSE)) start = clauseStart + match.index;
  return start;
}

function partiesOf(
  context: ClaimContext,
  figure: Figure,
  sentence: SentenceSpan,
  sentenceIndex: number,
  clauseFrom: number,
): Parties {
  const clauseStart = ownClauseStart(context.text, clauseFrom, figure.start);
  if (figure.kind === 'position' && (MISSED.test(context.text.slice(sentence.start, figure.start)) || LOST_AFTER.test(context.text.slice(figure.end, sentence.end)))) return { subject: null, reference: null, subjectSure: false };
  const inSentence =
    sentenceIndex >= 0 ? partiesInSentence(context, sentenceIndex) : partiesBetween(context, sentence.start, sentence.end);
  // "broke the previous DPi track record, 1:10.705, set two years ago": the old record's time, its holder unnamed.
  if (figure.kind !== 'position' && PREVIOUS_RECORD.test(context.text.slice(Math.max(sentence.start, figure.start - 60), figure.start)) && !setBy(context.text, figure, inSentence.filter((mention) => mention.start >= figure.end))) return { subject: null, reference: null, subjectSure: false };
  const objects = objectsOf(context, inSentence);
  const plus = context.text.slice(figure.start, figure.end).startsWith('+');
  // A place is measured against no one: "Na segunda posição da grelha de partida vai estar Max Verstappen" is his.
  // A signed gap ("George Russell im Mercedes (+0,055)") is to the leader unless words after it name another
  // ("who was +0.409s behind Albuquerque").
  const references = figure.kind === 'position' ? [] : plus ? namedAfterSigned(context.text, figure, inSentence, objects, clauseStart) : findReferences(context.text, figure, inSentence, objects, clauseStart);
  // "Verstappen was just quicker than the number three Carlos Sainz (0.092)": a margin in brackets after the one
  // beaten is measured against him; "George Russell im Mercedes (+0,055)" is Russell's own deficit.
  const leading = figure.kind === 'gap' && references.length === 0 ? mainClauseReference(context.text, figure, inSentence, objects, clauseStart) : undefined;
  if (leading) references.push(leading);
  const respective = figure.kind === 'gap' ? respectiveReference(context.text, figure, inSentence) : undefined;
  const dealt = figure.kind === 'gap' && references.length === 0 ? dealtTo(context.text, figure, inSentence, clauseStart) : undefined;
  if (dealt) references.push(dealt);
  if (respective) references.splice(0, references.length, respective);
  const against = figure.kind === 'gap' ? epithetReference(context, figure) : undefined;
  if (against) references.splice(0, references.length, { text: against.name, start: against.start, end: against.end, kind: 'person' });
  const bracketed = bracketedAfter(context.text, figure, inSentence);
  const bracketedBeaten = figure.kind === 'gap' && !plus && bracketed !== undefined && objects.has(bracketed);
  if (bracketedBeaten && references.length === 0) references.push(bracketed);
  // With the session's drivers at hand, a name they know comes before one they do not ("Lambiase", "Long Beach").
  const knownPerson = (mention: NameMention) => mention.kind === 'person' && !!context.matchInRoster && context.matchInRoster(mention.text) !== null;
  const open = inSentence.filter((mention) => !references.includes(mention) && !objects.has(mention) && !isEpithet(context, mention) && !isVenue(mention) && !(mention.kind === 'person' && namesTitle(context.text, mention)) && !ownerOfMate(context.text, mention) && !coDriver(context.text, mention) && !(figure.kind === 'position' && crewOfCarBefore(context.text, mention, inSentence, figure.start)));
  const candidates = open.some(knownPerson) ? open.filter((mention) => mention.kind !== 'person' || knownPerson(mention)) : open;
  const before = candidates.filter((mention) => mention.end <= figure.start);
  const after = candidates.filter((mention) => mention.start >= figure.end);
  const paired = figure.kind === 'position' ? (pairedParty(context, figure, withTeams(context, inSentence, sentence)) ?? pairedWithSentenceBefore(context, figure, sentenceIndex)) : null;
  // "a Ferrari one-two", "a Cadillac 1-2": the team named right before the pair is whose it is.
  const pairTeam = figure.notation === 'one-two' ? context.teams.find((mention) => mention.end <= figure.start && /^\s*$/.test(context.text.slice(mention.end, figure.start))) : undefined;
  if (pairTeam) return { subject: pairTeam.text, reference: null, subjectSure: true };
  const rowTeam = figure.kind === 'position' ? teamRightAfter(context, figure) : undefined;
  if (rowTeam) return { subject: rowTeam.text, reference: null, subjectSure: true };
  const sure =
    signedAfterName(context.text, figure, inSentence) ??
    possessorBefore(context.text, figure, inSentence) ??
    possessorAfterTime(context.text, figure, inSentence) ??
    timedOnBefore(context.text, figure, inSentence) ??
    describedBefore(context.text, figure, inSentence) ??
    (bracketedBeaten ? undefined : bracketed) ??
    namedInBracketsAfter(context.text, figure, inSentence) ??
    carSetIn(context.text, figure, inSentence) ??
    (figure.kind === 'position'
      ? beatenInto(context.text, figure, inSentence.filter((mention) => !isEpithet(context, mention) && (mention.kind !== 'person' || !context.matchInRoster || context.matchInRoster(mention.text) !== null))) ?? heldAfterCopula(context.text, figure, inSentence, clauseStart) ?? namedRightAfterPlace(context.text, figure, inSentence, clauseStart) ?? holderNamedAfter(context.text, figure, inSentence, context.teams) ?? placeAfterName(context.text, figure, inSentence, sentence.start) ?? possessorAfter(context, figure, inSentence)
      : undefined) ??
    frontedPhraseHolder(context.text, figure, inSentence, sentence.start) ??
    setBy(context.text, figure, inSentence.filter((mention) => mention.start >= figure.end), before.some((mention) => mention.kind === 'person' && mention.start >= clauseStart)) ??
    paired ??
    theLatter(context, figure, sentence) ??
    theFormer(context, figure, sentence) ??
    beaterOfPurpose(context.text, figure, before, sentence.start) ??
    sharedSubject(context.text, figure, before, sentence.start) ??
    participleSubject(context.text, figure, before, sentence.start) ??
    relativeAntecedent(context.text, figure, inSentence.filter((mention) => mention.end <= figure.start), sentence.start, before) ??
    nearestBefore(before, 'person', clauseStart) ??
    nearestBefore(before, 'car', clauseStart) ??
    pastRelative(context.text, figure, before, sentence.start);
  const beater = figure.kind === 'gap' && !plus && references.length === 0 && sure ? beaterOf(context.text, figure, sure, inSentence, objects) : undefined;
  if (beater) references.push(beater);
  // "Alonso beat Vettel’s Red Bull but the German was demoted to fifth": a nationality after the name before the
  // figure is the figure's own subject.
  const found = !sure || sure.end <= figure.start ? epithetHolder(context, figure, sentence, sentenceIndex) : undefined;
  const epithet = found && (!sure || (sure.end <= found.at && opensClause(context.text, found))) ? found : undefined;
  if (epithet) return { subject: epithet.name, reference: references[0] ? written(context, references[0]) : null, subjectSure: epithet.sure };
  // "McLaren fixiert Reihe zwei", "it was a Mercedes 1-2": a team in the figure's clause, with no driver or car.
  const team = sure ? undefined : (teamBefore(context, figure, objects, clauseStart, undefined, sentence.start) ?? makeOfEpithet(context, figure, sentence, sentenceIndex));
  // "Perez moved to within 0.023s, only for the three-time World Champion to … secure the pole": a clause that
  // opens on a subject of its own, unnamed, is not about the one the sentence named before.
  const ownSubject = /^\s*only for\s+(?:the|his|her|their|a|an)\s/i.test(context.text.slice(clauseStart, figure.start));
  const inSentenceBefore = sure || team || ownSubject ? undefined : (nearestBefore(before, 'person', sentence.start) ?? nearestBefore(before, 'car', sentence.start));
  // "Red Bull proved Mercedes' closest challengers, edging Ferrari to lock out the second row": with no one named
  // before the figure, the team the sentence opens with, as a guess that never contradicts.
  const textBefore = context.text.slice(sentence.start, figure.start);
  const pair = figure.kind === 'gap' && !sure && !team && !inSentenceBefore && references.length === 0 ? pairBefore(context, sentenceIndex, textBefore) : null;
  if (pair) return { subject: written(context, pair[0]), reference: written(context, pair[1]), subjectSure: false };
  const clausePronoun = opensOnPronoun(context.text.slice(clauseStart, figure.start).trim());
  const pronoun = clausePronoun || opensOnPronoun(textBefore.trim());
  const sentenceTeam = sure || team || inSentenceBefore || pronoun ? undefined : context.teams.find((mention) => mention.start >= sentence.start && mention.end <= figure.start && !VENUE.test(mention.text) && !/^['’]/.test(context.text.slice(mention.end, mention.end + 1)) && teamBefore(context, figure, objects, sentence.start, mention) === mention);
  const speaker = sure || team || inSentenceBefore ? undefined : quotedSpeaker(context, figure, sentence);
  const named = sure ?? inSentenceBefore ?? speaker;
  // "It paid dividends on his final lap when he jumped to pole": a "he" after "it" is the figure's.
  const carLike = (CAR_PRONOUN.test(context.text.slice(clauseStart, figure.start).trim()) || CAR_PRONOUN.test(textBefore.trim())) && !/\b(?:he|she|his|her|him)\b/i.test(textBefore);
  const previous = named || team || sentenceTeam || unresolvable.test(textBefore) || latterOpen(context, figure, sentence) ? null : lastNamedPerson(context, sentenceIndex, pronoun, carLike, clausePronoun ? clauseStart : sentence.start, clauseEndAfter(context.text, figure.end, sentence.end));
  // "Taylor's effort ensures he'll start third, alongside Jaminet's #6": "he" before the figure is the one named
  // before it, even a name the roster cannot tell apart ("Taylor"), never one named after.
  const heBefore = /\b(?:he|she)(?:['’]\p{L}+)?\s/iu.test(textBefore) ? open.filter((mention) => mention.end <= figure.start && mention.kind === 'person').at(-1) : undefined;
  // "“Third and fourth place is a very good result,” explained Urs Kuratle": one the session's drivers do not
  // include (a team principal) holds no car's place.
  const guessed = named || team || sentenceTeam ? undefined : pronoun && previous ? undefined : heBefore ?? (figure.kind === 'position' && !(after[0]?.kind === 'person' && context.matchInRoster && !knownPerson(after[0])) ? after[0] : undefined);
  const teamCar = team && figure.kind === 'position' ? carNamedWith(context.text, figure, inSentence) : undefined;
  const subject = named ? written(context, named) : teamCar ? written(context, teamCar) : team ? antecedentOfMake(context, team) : sentenceTeam ? antecedentOfMake(context, sentenceTeam) : guessed ? written(context, guessed) : previous;
  return {
    subject,
    reference: references[0] ? written(context, references[0]) : null,
    subjectSure: !!named || (pronoun && previous !== null),
  };
}

// "qualifiche Gp Cina: prima fila Red Bull", "front row for Ferrari", "1-2 for Mercedes": a row or a pair of places
// with a team right after it, closing the clause, is the team's (a headline's way), not that of a name before it.
function teamRightAfter(context: ClaimContext, figure: Figure): NameMention | undefined {
  if (figure.notation !== 'row' && figure.notation !== 'one-two') return undefined;
  const team = context.teams.find((mention) => mention.start >= figure.end);
  if (!team || !/^\s+(?:(?:for|per|para|pour|für|voor)\s+(?:the\s+|la\s+|le\s+|die\s+)?)?$/iu.test(context.text.slice(figure.end, team.start))) return undefined;
  return /^\s*(?:[.,;:!?]|$)/u.test(context.text.slice(team.end, team.end + 2)) ? team : undefined;
}

// "De Brit", "Der Niederländer", "The Briton": an article and one capitalised word that the session's drivers do
// not answer to is a description of someone named before ("De Brit zat 0,038 seconde achter"), not a name.
const EPITHET = /^(?:[Tt]he|[Dd]e[rs]?|[Dd]ie|[Dd]as|[Hh]et|[Ee]l|[Ll][ae]|[Ii]l|[Oo])\s+\p{Lu}\p{Ll}+$/u;

function isEpithet(context: ClaimContext, mention: NameMention): boolean {
  return mention.kind === 'person' && !!context.matchInRoster && EPITHET.test(mention.text) && context.matchInRoster(mention.text) === null;
}

// "around the Autodromo Enzo e Dino Ferrari", "at Circuit Gilles Villeneuve": a circuit named like a person holds no place.
const VENUE_NAME = /^(?:Autodromo|Autódromo|Circuit|Circuito|Circuits?)\s|\s(?:Raceway|Speedway|Circuit|Motorsport Park)$/u;

function isVenue(mention: NameMention): boolean {
  return mention.kind === 'person' && VENUE_NAME.test(mention.text);
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

function setBy(text: string, figure: Figure, after: NameMention[], driverBefore = false): NameMention | undefined {
  const next = after[0];
  if (!next || next.start - figure.end > 30) return undefined;
  const between = text.slice(figure.end, next.start);
  // "unleashed 1m10.428s to Blomqvist’s 1m10.489s": a bare "to" before one whose own figure follows compares.
  // "ending up 0.139s to Verstappen": a gap's bare "to" names the one it is measured against, as a lap's "went to" does not.
  if (setByAfter.test(between)) return /^\s*to\s*$/i.test(between) && (figure.kind === 'gap' || /^['’]s?\s/.test(text.slice(next.end, next.end + 3))) ? undefined : next;
  // "McLaren salvage fourth with Hamilton", not "second with Verstappen third", nor "Verstappen se lleva la pole con
  // Sainz acompañándole", where a driver before it holds the place and the one after keeps him company.
  // "L'inglese si ritroverà in prima fila con Verstappen", "he will start on the front row with Verstappen": a row is
  // shared, and the one it is shared with holds the other place of it.
  const withDriver = figure.kind === 'position' && figure.notation !== 'row' && !driverBefore && next.kind === 'person' && /^\s+(?:with|thanks to|courtesy of|mit|met|con|com|avec)\s+$/i.test(between) && !/^['’]s\b/.test(text.slice(next.end, next.end + 3));
  return withDriver && !/^\s*(?:in\s+)?(?:\d|P\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)/i.test(text.slice(next.end, next.end + 16)) ? next : undefined;
}

// "… but the German was demoted": a nationality after "but" or "and" opens a clause of its own, whose subject it is;
// not "off the Briton’s time" nor "with the Australian assuming the lead".
function opensClause(text: string, epithet: { at: number; end: number }): boolean {
  return /(?:\b(?:but|and|while|whereas|yet)|;)\s+$/i.test(text.slice(Math.max(0, epithet.at - 12), epithet.at)) && !/^['’]/.test(text.slice(epithet.end, epithet.end + 1));
}

// "Antonio Garcias Teamkollege auf der C8.R Nr. 3 … lag mit 0.1s vor Milner", "Garcia's team-mate in the No. 3":
// the one whose team-mate is meant is not the figure's subject; the car named with the team-mate is.
const MATE_AFTER = /^(?:['’]s?)?\s+(?:team-?\s?mates?|teamkollegen?|co-?drivers?|stallgefährten?|teamgenoot|coéquipier)(?![\p{L}])/iu;

function ownerOfMate(text: string, mention: NameMention): boolean {
  return mention.kind === 'person' && MATE_AFTER.test(text.slice(mention.end, mention.end + 24));
}

// "the No. 60 Acura ARX-06 entry he shares with Colin Braun", "the car he'll share with Jonathan Bomarito and Oliver
// Jarvis": a co-driver named is neither the figure's subject nor the one it is measured against.
const SHARED_WITH = /(?<![\p{L}])(?:shar(?:e|es|ed|ing)|co-?driv(?:e|es|en|ing)|co-?drove)\s+(?:(?:it|the\s+(?:car|seat|cockpit|drive))\s+)?with\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}(?:(?:and|&)\s+)?$|(?<![\p{L}])partnered\s+by\s+$/u;

// "The No. 6 Porsche, driven by Lawrence Vantor and Kevin Estre, climbed from seventh to fourth", "The #35 Alpine driven
// by Paul-Loup Chatin, Ferdinand Habsburg, and Charles Milesi coming from 9th": a crew named after its car describes
// the car, which holds the place; the crew shares it, so none of them is its subject. Only a crew listed as equals:
// "The #51 Ferrari, driven by Molina alongside Nicklas Nielsen and Antonio Fuoco, secured second" singles one out.
const CREW_AFTER_CAR = /^(?:\s+[\p{L}\d-]+){0,4}\s*,?\s*(?:driven|piloted|crewed|shared|raced)\s+by\s+[^.;:!?()]{0,90}$/u;
const SINGLED_OUT = /(?<![\p{L}])(?:alongside|with|together|joined|partnered|plus)(?![\p{L}])/iu;

function crewOfCarBefore(text: string, mention: NameMention, inSentence: NameMention[], figureStart: number): boolean {
  if (mention.kind !== 'person') return false;
  const car = inSentence.filter((other) => other.kind === 'car' && other.end <= mention.start).at(-1);
  if (!car) return false;
  return CREW_AFTER_CAR.test(text.slice(car.end, mention.start)) && !SINGLED_OUT.test(text.slice(car.end, figureStart));
}

function coDriver(text: string, mention: NameMention): boolean {
  return mention.kind === 'person' && SHARED_WITH.test(text.slice(Math.max(0, mention.start - 80), mention.start));
}

// Where the clause a figure stands in ends: at the first comma, semicolon, colon or dash after it, else its sentence's end.
function clauseEndAfter(text: string, from: number, sentenceEnd: number): number {
  const at = /[,;:–—]/.exec(text.slice(from, sentenceEnd));
  return at ? from + at.index : sentenceEnd;
}
