import { fullNameFor, type NameMention } from '../names';
import { partiesBetween, partiesInSentence, type ClaimContext } from './context';
import { nationalityOf } from './nationalities';
import { fitByNationality, nationalityDiffers } from './nationality-fit';
import { CUE_REACH, objectCueBefore, objectsOf } from './objects';
import type { SentenceSpan } from './sentences';
import type { Figure } from './types';

/** A driver called by nationality: "the German", "der 26-jährige Niederländer", "l'Allemand", "il finlandese". */
interface Epithet {
  start: number;
  end: number;
  nationality: string;
}

// An article, perhaps an age or a tally ("the 24-year-old", "Der 60-fache"), and a nationality word.
const EPITHET = /(?<![\p{L}])(?:(?:the|der|die|das|den|dem|de|het|el|la|le|il|lo|o|du|del|do|da)\s+|l['’])(?:\d+[-‑]\p{L}+(?:[-‑]\p{L}+)*\s+)?(\p{L}+(?:-\p{L}+)?)(?![\p{L}])/giu;
// A nationality word right before a name introduces that driver: "der Deutsche Nico Hülkenberg", "Dutchman Max Verstappen".
const WORD = /(?<![\p{L}])\p{L}+(?:-\p{L}+)?(?![\p{L}])/gu;
const AND = /^\s*(?:and|&|und|en|y|e|et)\s*$/i;
// "The Canadian crew of Pfaff Motorsport", "the German manufacturer": a nationality before a team or a thing is no driver's.
const NOT_A_DRIVER = /^\s+(?:crew|team|squad|outfit|side|manufacturer|marque|brand|constructor|entry|entries|car|cars|machine|pair|pairing|duo|trio|line-?up|camp|fans|crowd|flag|anthem|round|race|event|grand\s+prix|gp|circuit|track|series|championship|driver\s+pairing|drivers|teams)\b/i;
const sentencesBack = 2;

function epithetsIn(text: string, from: number, to: number): Epithet[] {
  const found: Epithet[] = [];
  for (const match of text.slice(from, to).matchAll(EPITHET)) {
    const nationality = nationalityOf(match[1]);
    if (nationality && !NOT_A_DRIVER.test(text.slice(from + match.index + match[0].length, from + match.index + match[0].length + 24))) found.push({ start: from + match.index, end: from + match.index + match[0].length, nationality });
  }
  return found;
}

const learnedByContext = new WeakMap<ClaimContext, Map<string, Set<string>>>();

// The drivers the text introduces with a nationality, by nationality: "l'Allemand Sebastian Vettel" makes a later
// "l'Allemand" Vettel.
function learnedNationalities(context: ClaimContext): Map<string, Set<string>> {
  const known = learnedByContext.get(context);
  if (known) return known;
  const learned = new Map<string, Set<string>>();
  for (const match of context.text.matchAll(WORD)) {
    const nationality = nationalityOf(match[0]);
    if (!nationality) continue;
    const end = match.index + match[0].length;
    const [next] = partiesBetween(context, end, end + 3);
    if (!next || next.kind !== 'person' || !/^\s+$/.test(context.text.slice(end, next.start))) continue;
    const names = learned.get(nationality) ?? new Set<string>();
    names.add(fullNameFor(next, context.fullNames));
    learned.set(nationality, names);
  }
  for (const [nationality, names] of resolvedNationalities(context)) if (!learned.has(nationality)) learned.set(nationality, names);
  learnedByContext.set(context, learned);
  return learned;
}

// "Lewis Hamilton took pole. The Briton’s team-mate …": a sentence that opens on a nationality right after one
// that names a single driver calls that driver by it.
function resolvedNationalities(context: ClaimContext): Map<string, Set<string>> {
  const resolved = new Map<string, Set<string>>();
  for (const [index, sentence] of context.sentences.entries()) {
    if (index === 0) continue;
    const opening = /^\s*/.exec(context.text.slice(sentence.start, sentence.end))![0].length + sentence.start;
    const [epithet] = epithetsIn(context.text, opening, Math.min(sentence.end, opening + 40));
    if (!epithet || epithet.start !== opening) continue;
    const people = partiesInSentence(context, index - 1).filter((mention) => mention.kind === 'person' && (!context.matchInRoster || context.matchInRoster(mention.text) !== null));
    const names = new Set(people.map((mention) => fullNameFor(mention, context.fullNames)));
    // "Hamilton took pole. The Finn …": not the one named when the timing gives him another nationality.
    if (names.size !== 1 || nationalityDiffers(context, people[0].text, epithet.nationality)) continue;
    const known = resolved.get(epithet.nationality) ?? new Set<string>();
    known.add([...names][0]);
    resolved.set(epithet.nationality, known);
  }
  return resolved;
}

// "0.646 off the Briton’s benchmark time", "a tenth behind the German": a gap measured against a driver called by
// the nationality the text gave him.
// "vier Zehntel langsamer als der Brite", "plus rapide que l'Allemand": comparatives in the other languages too.
const AGAINST = /^\s+(?:off(?:\s+of)?|behind|adrift of|short of|shy of|down on|(?:slower|quicker|faster) than|ahead of|clear of|achter|hinter|derrière|dietro(?:\s+a(?:l|llo)?)?|detrás de|atrás de|(?:langsamer|schneller) als|(?:trager|langzamer|sneller) dan|plus (?:lent|rapide) que|più (?:lento|veloce) (?:di|del|dello)|más (?:lento|rápido) que|mais (?:lento|rápido) (?:que|do que))\s+/iu;

export function epithetReference(context: ClaimContext, figure: Figure): { name: string; start: number; end: number } | undefined {
  const cue = AGAINST.exec(context.text.slice(figure.end, figure.end + 40));
  if (!cue) return undefined;
  const from = figure.end + cue[0].length;
  const found = introducedIn(context, from, from + 40);
  return found && found.start === from ? found : undefined;
}

/**
 * The driver a nationality before the figure stands for, with no one named between them and not the one beaten
 * ("ahead of the German"): the one driver of that nationality the text introduces ("l'Allemand Sebastian
 * Vettel"), for sure; else, where a sentence calls two drivers by two nationalities right after one naming a
 * pair ("Guanyu Zhou und Valtteri Bottas … Während der Chinese … 12., wird der Finne 13."), the pair in order,
 * as a guess.
 */
export function epithetHolder(context: ClaimContext, figure: Figure, sentence: SentenceSpan, sentenceIndex: number): { name: string | null; sure: boolean; at: number; end: number } | undefined {
  const { text } = context;
  const epithet = epithetsIn(text, sentence.start, figure.start).at(-1);
  // "Lo svedese ha per poco preceduto Olivier Askew, …, per appena 66 millesimi": one beaten between them leaves the
  // epithet the figure's.
  const between = partiesBetween(context, epithet?.start ?? 0, figure.start);
  const beaten = between.length > 0 ? objectsOf(context, partiesBetween(context, sentence.start, sentence.end)) : new Set<NameMention>();
  if (!epithet || between.some((mention) => !beaten.has(mention))) return undefined;
  // "protecting his pole from Bottas’ late improvement that put the Finn …": a cue whose object was named before the
  // epithet beat that one, not the epithet.
  const namedBefore = partiesBetween(context, sentence.start, epithet.start).at(-1)?.end ?? sentence.start;
  if (objectCueBefore(text.slice(Math.max(sentence.start, namedBefore, epithet.start - CUE_REACH), epithet.start))) return undefined;
  const introduced = learnedNationalities(context).get(epithet.nationality);
  if (introduced?.size === 1) return { name: [...introduced][0], sure: true, at: epithet.start, end: epithet.end };
  if (introduced) return undefined;
  // The timing's nationalities of the drivers named before, nearest first; when they cannot tell, no one.
  const fit = fitByNationality(context, epithet.start, epithet.nationality);
  if (fit) return { name: fit === 'open' ? null : fit.name, sure: false, at: epithet.start, end: epithet.end };
  // "Alonso beat Sebastian Vettel’s Red Bull to the line but the German was demoted to fifth": a nationality the
  // text never tied to a name, after names in its own sentence, stands for the last of them, as a guess.
  const named = partiesBetween(context, sentence.start, epithet.start).filter((mention) => mention.kind === 'person' && (!context.matchInRoster || context.matchInRoster(mention.text) !== null));
  if (named.length > 0) return { name: fullNameFor(named.at(-1)!, context.fullNames), sure: false, at: epithet.start, end: epithet.end };
  const all = epithetsIn(text, sentence.start, sentence.end);
  if (all.length !== 2 || all[0].nationality === all[1].nationality) return undefined;
  const pair = pairBefore(context, sentenceIndex);
  const at = all.findIndex((candidate) => candidate.start === epithet.start);
  return pair && at >= 0 ? { name: fullNameFor(pair[at], context.fullNames), sure: false, at: epithet.start, end: epithet.end } : undefined;
}

/** The driver an epithet in [start, end) stands for by the nationality the text gives him ("a déploré l'Allemand"). */
export function introducedIn(context: ClaimContext, start: number, end: number): { name: string; start: number; end: number } | undefined {
  const [epithet] = epithetsIn(context.text, start, end);
  if (!epithet) return undefined;
  const introduced = learnedNationalities(context).get(epithet.nationality);
  if (introduced) return introduced.size === 1 ? { name: [...introduced][0], start: epithet.start, end: epithet.end } : undefined;
  // "0.2s behind the Dutchman" after "Verstappen": the one named before whom the timing gives that nationality.
  const fit = fitByNationality(context, epithet.start, epithet.nationality);
  return fit && fit !== 'open' ? { name: fit.name, start: epithet.start, end: epithet.end } : undefined;
}

// The two drivers the nearest sentence before that names any names as a pair ("Guanyu Zhou und Valtteri Bottas").
function pairBefore(context: ClaimContext, sentenceIndex: number): [NameMention, NameMention] | null {
  for (let index = sentenceIndex - 1; index >= Math.max(0, sentenceIndex - sentencesBack); index -= 1) {
    const people = partiesInSentence(context, index).filter((mention) => mention.kind === 'person' && (!context.matchInRoster || context.matchInRoster(mention.text) !== null));
    if (people.length === 0) continue;
    const [first, second] = people;
    return people.length === 2 && AND.test(context.text.slice(first.end, second.start)) ? [first, second] : null;
  }
  return null;
}
