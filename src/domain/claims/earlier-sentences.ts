import { fullNameFor, type NameMention } from '../names';
import { partiesBetween, partiesInSentence, type ClaimContext } from './context';
import { objectsOf } from './objects';
import type { SentenceSpan } from './sentences';
import type { Figure } from './types';

// Who a pronoun, an epithet or "the latter" stands for, read from the sentences before the figure's.

const sentencesBack = 2;
// "That lap held up to earn the pole": the lap the sentence before gave stands for its driver, as "his lap" does.
const pronounOpening = /^(?:he|she|they|it|his|her|their|its|the car|(?:that|this) car|(?:that|this) lap|the (?:entry|machine)|ce dernier|(?:el|le|il|o)\s+(?:alemán|británico|inglés|español|holandés|neerlandés|finlandés|francés|italiano|britannique|allemand|néerlandais|finlandais|espagnol|tedesco|inglese|olandese|finlandese|spagnolo|alemão|britânico|holandês|espanhol)|the\s+(?:briton|german|dutchman|spaniard|frenchman|finn|brazilian|australian|mexican|monegasque|italian|american|canadian|swiss|dane|belgian|brit|champion|rookie|veteran|pole-?sitter|(?:\d+-year-old))|er|sie|hij|zij|él|ella|lui|lei|il|elle|ele|ela)\b/iu;
// "The Briton", "The defending Formula 1 world champion", "El doble campeón", "l'Allemand": an article and a word
// describe the one named before; not a group ("The top eight GTP cars were separated by 0.815s", "the pair").
const GROUP = String.raw`(?:top|leading|first|last|rest|field|pair|duo|trio|both|whole|entire|remaining|other|two|three|four|five|six|seven|eight|nine|ten|\d+)\b`;
// Nor a thing the sentence is about ("The victory, from third on the starting grid, was Raikkonen's second").
const THING = String.raw`(?:victory|win|race|result|session|lap|weekend|day|start|grid|track|circuit|weather|rain|gap|margin|time|tyres?|tires?|strategy|title|championship|season|stewards|crowd|safety|fight|battle|incident|crash)s?\b`;
// "Der 60-fache GP-Sieger", "the 24-year-old German": an age or a tally may stand before the word.
const epithetOpening = new RegExp(String.raw`^(?:the|der|die|das|de|het|el|la|le|il|o|a)\s+(?:\d+[-‑]\p{L}+(?:[-‑]\p{L}+)*\s+)?(?!${GROUP}|${THING})\p{L}+|^l['’]\p{Lu}\p{L}+`, 'iu');
// "But the Portuguese then unleashed …", "And he …": a conjunction before the pronoun leaves it the opening.
const LEADING_CONJUNCTION = /^(?:but|and|yet|so|then)\s+/i;
// "The 2018 and 2019 Long Beach winner sealed the deal": a title won in years and at a place calls the one before by it.
const TITLE_OPENING = /^the\s+(?:(?:\d{4}(?:\s*(?:,|and|&)\s*\d{4})*)\s+)(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:race\s+)?(?:winner|champion|pole-?sitter|polesitter|pole-?winner)\b/iu;
export const opensOnPronoun = (text: string) => {
  const opening = text.replace(LEADING_CONJUNCTION, '');
  return pronounOpening.test(opening) || epithetOpening.test(opening) || TITLE_OPENING.test(opening);
};

/** A place the text names in a title ("the 2019 Long Beach winner"), which looks like a name but is no one's. */
export function namesTitle(text: string, mention: NameMention): boolean {
  return /^\s+(?:race\s+)?(?:winner|champion|pole-?sitter|polesitter|pole-?winner)\b/i.test(text.slice(mention.end, mention.end + 24)) && /\d{4}\s+$/.test(text.slice(Math.max(0, mention.start - 12), mention.start));
}

const LATTER = /\bthe latter\b|\bce dernier\b|\bletzterer\b|\beste último\b|\bquest['’]ultimo\b|\bdeze laatste\b|\bo último\b/i;

export function theLatter(context: ClaimContext, figure: Figure, sentence: SentenceSpan): NameMention | undefined {
  const textBefore = context.text.slice(sentence.start, figure.start);
  const latter = LATTER.exec(textBefore);
  if (!latter) return undefined;
  // "with the latter driver becoming embroiled in a battle with … Robin Frijns, culminating in Frijns pulling off a
  // pass for third": a name between "the latter" and the figure is the figure's own.
  const latterEnd = sentence.start + latter.index + latter[0].length;
  if (partiesBetween(context, latterEnd, figure.start).some((mention) => mention.kind === 'person' || mention.kind === 'car')) return undefined;
  const people = partiesBetween(context, 0, sentence.start + latter.index).filter((mention) => mention.kind === 'person');
  // With the session's drivers at hand, the last of them ("the lead at Les Combes" names a corner).
  const known = context.matchInRoster ? people.filter((mention) => context.matchInRoster!(mention.text) !== null) : people;
  const last = (known.length > 0 ? known : people).at(-1);
  // "… distancé de 30 points par son rival. Ce dernier …": the latter is the rival, whom no name gives.
  return last && !PERSON_NOUN.test(context.text.slice(last.end, sentence.start + latter.index)) ? last : undefined;
}

const PERSON_NOUN = /\b(?:rival|team-?mate|compatriot|coéquipier|compatriote|teamgenoot|Teamkollege|compañero|compagno|companheiro|leader|winner|champion|poleman)s?\b/i;

// "The latter" where the one it points back to is named by no name: no one can be read for it.
export function latterOpen(context: ClaimContext, figure: Figure, sentence: SentenceSpan): boolean {
  return LATTER.test(context.text.slice(sentence.start, figure.start)) && !theLatter(context, figure, sentence);
}

// "He ended up .299 seconds ahead": the one person the nearest earlier sentence with people names; after "He",
// "The car" or "De Brit", the last one it names who is not beaten or measured against (its last subject).
// "Derani’s #31 Cadillac had taken pole before, but its run was stymied by a crash in Jack Aitken’s hands. Even so,
// it missed pole by 0.112s": "it" and "the car" stand for a car, not a driver.
// "LMP3 was won by the #74 Riley Motorsports Ligier … with drivers Gar Robinson, Felipe Fraga and Scott Andrews. The
// team started 6th": in sports cars a team, crew or squad opening a sentence is the entry the sentence before named.
export const CAR_PRONOUN = /^(?:(?:even so|instead|still|however|again),?\s+)?(?:it|its|the car|(?:that|this) car|the (?:entry|machine)|the (?:team|crew|squad)(?!-?mates?\b|\s+(?:of|from|at|behind|principal|boss|manager|orders?)\b))\b/i;

const RECORD_HOLDER = /\b(?:record|benchmark)\s+(?:\p{L}+\s+){0,2}?(?:held|set)\s+by\s+$/iu;

export function lastNamedPerson(context: ClaimContext, sentenceIndex: number, pronoun = false, carLike = false, from = Infinity, until = Infinity): string | null {
  let reach = sentencesBack;
  // "But the Portuguese then unleashed 1m10.428s to Blomqvist’s 1m10.489s": one the sentence names after its "he"
  // or epithet (from `from` on) is not the one it stands for; one named before may be ("Schneller als Vettel
  // umrundete niemand, er brauchte 1:41,496"), and so may one named in a later clause (from `until`, the end of
  // the figure's, on) who is not beaten or measured against there: "His lap of 1 minute, 8.555 seconds … was two
  // positions ahead of the No. 10 … driven by Ricky Taylor, pulling Blomqvist and co-driver Oliver Jarvis within 14
  // points" is Blomqvist's, but "then set his stunning 1m09.909s – putting him almost seven tenths clear of
  // Blomqvist" is not.
  const inSentence = pronoun && sentenceIndex >= 0 ? partiesInSentence(context, sentenceIndex) : [];
  const beaten = until < Infinity ? objectsOf(context, inSentence) : new Set<NameMention>();
  const namedAfter = inSentence.filter((mention) => mention.kind === 'person' && mention.start >= from && (mention.start < until || beaten.has(mention)));
  const namedHere = new Set(namedAfter.map((mention) => fullNameFor(mention, context.fullNames)));
  for (let index = sentenceIndex - 1; index >= Math.max(0, sentenceIndex - reach); index -= 1) {
    // With the session's drivers at hand, a capitalised run none of them answers to ("Mal von Pole-Position" in
    // German, where nouns take capitals) is no one to point back to.
    const parties = partiesInSentence(context, index).filter((mention) => mention.kind !== 'person' || !context.matchInRoster || context.matchInRoster(mention.text) !== null).filter((mention) => mention.kind !== 'person' || !namedHere.has(fullNameFor(mention, context.fullNames)));
    // "well off the 1m43.356s record held by Ross Gunn. It was enough, though, to snatch the pole": one who holds a
    // record from another day is no actor of the story, and "It" or "He" does not stand for him.
    const actors = parties.filter((mention) => !RECORD_HOLDER.test(context.text.slice(Math.max(0, mention.start - 40), mention.start)));
    if (actors.length < parties.length) parties.splice(0, parties.length, ...actors);
    const people = parties.filter((mention) => mention.kind === 'person');
    // "The impassive Finn had not been on the podium … 26 points adrift of Hamilton. He took the chequered flag":
    // a sentence about someone it does not name, who names only ones beaten or measured against, passes "He" on
    // to the one before it.
    if (pronoun && parties.length > 0 && opensOnPronoun(sentenceText(context, index)) && objectsOnly(context, parties)) {
      reach += 1;
      continue;
    }
    if (people.length === 0 && !(pronoun && parties.length > 0)) continue;
    const names = new Set(people.map((mention) => fullNameFor(mention, context.fullNames)));
    const car = carLike ? lastFreeCar(context, parties) : undefined;
    if (car) return written(context, car);
    if (names.size === 1) return [...names][0];
    if (!pronoun) return null;
    const objects = objectsOf(context, parties);
    const free = parties.filter((mention) => !objects.has(mention));
    const [before, last] = free.slice(-2);
    // "Gottsacker and Wittmer fought. He …": a pair leaves "He" open.
    if (last && before && /^\s*(?:and|&|und|en|y|e|et)\s*$/i.test(context.text.slice(before.end, last.start))) return null;
    return last ? written(context, last) : (free.length === 1 ? written(context, free[0]) : null);
  }
  return null;
}

function sentenceText(context: ClaimContext, index: number): string {
  const sentence = context.sentences[index];
  return sentence ? context.text.slice(sentence.start, sentence.end) : '';
}

function objectsOnly(context: ClaimContext, parties: NameMention[]): boolean {
  const objects = objectsOf(context, parties);
  return parties.every((mention) => objects.has(mention));
}

function lastFreeCar(context: ClaimContext, parties: NameMention[]): NameMention | undefined {
  const objects = objectsOf(context, parties);
  return parties.filter((mention) => mention.kind === 'car' && !objects.has(mention)).at(-1);
}

function written(context: ClaimContext, mention: NameMention): string {
  return mention.kind === 'car' ? `#${mention.carNumber}` : fullNameFor(mention, context.fullNames);
}
