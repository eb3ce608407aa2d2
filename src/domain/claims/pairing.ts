import type { NameMention } from '../names';
import { partiesInSentence, type ClaimContext } from './context';
import type { Figure } from './types';

export const RESPECTIVELY = /\b(?:respectively|respectivamente|rispettivamente|respectivement|beziehungsweise|respectievelijk)\b/i;
const AND = String.raw`(?:,|\band\b|&|\by\b|\bund\b|\ben\b|\be\b|\bet\b|\bsowie\b)`;

/**
 * The driver a place is paired with when several are listed together: "Ricciardo and Vettel finished third and
 * fourth, respectively", "Will Stevens and Roberto Merhi qualified P19 and P20", "Raikkonen y Bottas … séptimo y
 * octavo". Names and places pair in order when they are as many, listed one after another.
 */
export function pairedParty(context: ClaimContext, figure: Figure, inSentence: NameMention[]): NameMention | null {
  const { text } = context;
  if (figure.notation === 'one-two' || (figure.notation === 'p-number' && figure.placeRange)) return pairLeader(text, figure, inSentence);
  const rowPair = figure.notation === 'row' && figure.placeRange ? (teamSharingRow(text, figure, inSentence) ?? rowSharedBy(text, figure, inSentence)) : null;
  if (rowPair) return rowPair;
  const places = placeGroup(context, figure);
  if (places.length < 2) return null;
  const at = places.findIndex((place) => figure.start <= place.start && place.end <= figure.end);
  // Drivers first; else cars or teams listed the same way ("Proton Competition and JDC-Miller MotorSports will
  // tackle … from fifth and ninth").
  // "fielded by Wayne Taylor Racing and Meyer Shank Racing, qualified second and third, respectively, with Felipe
  // Albuquerque’s lap of 1:10.122 and Dane Cameron’s …": drivers named after the places, as many, hold them before the
  // teams named before.
  const withDrivers = namedAfterWith(text, places, inSentence);
  for (const kind of ['person', 'car', 'team'] as const) {
    if (kind === 'team' && withDrivers.length > 0) return withDrivers[at] ?? null;
    const parties = inSentence.filter((mention) => mention.kind === kind && mention.end <= places[0].start);
    if (parties.length < places.length) continue;
    const listed = parties.slice(-places.length);
    const joined = listed.every((mention, index) => index === 0 || joinsList(text.slice(listed[index - 1].end, mention.start)));
    if (joined || RESPECTIVELY.test(text.slice(listed[0].start, places.at(-1)!.end + 40))) return listed[at] ?? null;
  }
  return withDrivers[at] ?? null;
}

// "Zhou and Bottas looked quick. Both drivers missed Q3, ending up in P12 and P13 respectively": a sentence that
// opens on the pair ("both", "the duo", "they") and names no one before its places pairs them, in order, with
// the drivers or cars the sentence before lists last, as many as the places.
const PAIR_OPENING = /^\s*(?:both(?:\s+(?:drivers|cars|men|of them))?|the\s+(?:two|pair|duo)(?:\s+(?:drivers|cars))?|they)\b/i;

/** The driver or car of the sentence before a respective run of places opened on "both" or "they", or null. */
export function pairedWithSentenceBefore(context: ClaimContext, figure: Figure, sentenceIndex: number): NameMention | null {
  if (sentenceIndex < 1) return null;
  const sentence = context.sentences[sentenceIndex];
  const { text } = context;
  if (!PAIR_OPENING.test(text.slice(sentence.start, figure.start))) return null;
  const places = placeGroup(context, figure);
  if (places.length < 2 || !RESPECTIVELY.test(text.slice(places.at(-1)!.end, places.at(-1)!.end + 20))) return null;
  if (partiesInSentence(context, sentenceIndex).some((mention) => mention.end <= places[0].start)) return null;
  for (const kind of ['person', 'car'] as const) {
    const listed = partiesInSentence(context, sentenceIndex - 1).filter((mention) => mention.kind === kind).slice(-places.length);
    if (listed.length < places.length) continue;
    if (listed.every((mention, index) => index === 0 || joinsList(text.slice(listed[index - 1].end, mention.start)))) return listed[places.findIndex((place) => place.start === figure.start)] ?? null;
  }
  return null;
}

// "Entries from Acura Meyer Shank Racing were second and third fastest, with Renger van der Zande in the No. 93
// leading teammate Tom Blomqvist in the No. 60": places listed, then "with" and as many drivers, in order.
function namedAfterWith(text: string, places: { start: number; end: number }[], inSentence: NameMention[]): NameMention[] {
  const last = places.at(-1)!;
  const opening = /^(?:[\s-]+(?:fastest|quickest|places?|positions?))?(?:\s*,?\s*respectively)?\s*,?\s*with\s/i.exec(text.slice(last.end, last.end + 44));
  if (!opening) return [];
  const people = inSentence.filter((mention) => mention.kind === 'person' && mention.start >= last.end + opening[0].length);
  return people.length >= places.length ? people.slice(0, places.length) : [];
}

// "Jenson Button and Alex Lynn running one-two": of two drivers or cars listed right before a one-two, the first
// holds first place.
function pairLeader(text: string, figure: Figure, inSentence: NameMention[]): NameMention | null {
  const before = inSentence.filter((mention) => mention.end <= figure.start);
  const [first, second] = before.slice(-2);
  if (!first || !second || first.kind !== second.kind || first.kind === 'team') return null;
  if (!new RegExp(String.raw`^\s*${AND}\s*$`, 'iu').test(text.slice(first.end, second.start))) return null;
  return /^[^,;:.()]{0,40}$/.test(text.slice(second.end, figure.start)) ? first : null;
}

// "Raikkonen (Ferrari) y Bottas (Williams) saldrán desde la cuarta", "X and Y will make up the third row": a row
// two drivers share opens on the first one named, its first place; only when the pair are all the sentence names
// before it ("Hamilton beat Vettel and Bottas to the front row" is Hamilton's).
// Cars are named with their team and make between ("The No. 31 Action Express Racing Cadillac and the No. 5
// JDC-Miller MotorSports Cadillac will make up the third row").
function rowSharedBy(text: string, figure: Figure, inSentence: NameMention[]): NameMention | null {
  const people = inSentence.filter((mention) => mention.kind === 'person' && mention.end <= figure.start);
  const cars = inSentence.filter((mention) => mention.kind === 'car' && mention.end <= figure.start);
  const [first, second] = people.length > 0 ? people : cars;
  if ((people.length > 0 ? people : cars).length !== 2) return null;
  const between = text.slice(first.end, second.start);
  if (people.length > 0 ? !joinsList(between) : !new RegExp(String.raw`^[^,;:.]{0,60}?\s${AND}\s+(?:the\s+)?$`, 'iu').test(between)) return null;
  // "devant Valtteri Bottas (Mercedes) et Pierre Gasly (AlphaTauri), en deuxième ligne": the row may be set off by a comma.
  return /^(?:\s*\([^)]*\))?(?:\s*,)?[^,;:.()]{0,60}$/.test(text.slice(second.end, figure.start)) ? first : null;
}

// "Stroll and Perez made it an all-Racing Point second row", "Ricciardo y Vettel (ambos de Red Bull) … saldrán desde la
// segunda fila", "de Ferrari-coureurs Leclerc en Sainz nemen op de derde startrij": a row two team-mates share is
// their team's, as a one-two is.
const TEAM_NAME = String.raw`\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,2}`;
const ALL_TEAM = new RegExp(String.raw`(?<![\p{L}])all-(${TEAM_NAME})\s+$`, 'u');
const BOTH_OF = new RegExp(String.raw`\(\s*(?:both|ambos|ambas|beide|entrambi|allebei|tous deux)\s+(?:(?:of|de|di|von|van|da|do|dos)\s+)?(${TEAM_NAME})\s*\)`, 'iu');
const TEAM_DRIVERS = new RegExp(String.raw`(?<![\p{L}])(${TEAM_NAME})-(?:coureurs|drivers|pilotos|piloti|pilotes|piloten|fahrer)\s+$`, 'u');

function teamSharingRow(text: string, figure: Figure, inSentence: NameMention[]): NameMention | null {
  const people = inSentence.filter((mention) => mention.kind === 'person' && mention.end <= figure.start);
  if (people.length < 2) return null;
  const teamAt = (name: string, at: number): NameMention => ({ text: name, start: at, end: at + name.length, kind: 'team' });
  const last = people.at(-1)!;
  const all = ALL_TEAM.exec(text.slice(last.end, figure.start));
  if (all) return teamAt(all[1], last.end + all.index + 4);
  const both = BOTH_OF.exec(text.slice(last.end, figure.start));
  if (both && joinsList(text.slice(people.at(-2)!.end, last.start))) return teamAt(both[1], last.end + both.index + both[0].indexOf(both[1]));
  for (let at = 0; at + 1 < people.length; at += 1) {
    const drivers = TEAM_DRIVERS.exec(text.slice(Math.max(0, people[at].start - 40), people[at].start));
    if (drivers && joinsList(text.slice(people[at].end, people[at + 1].start))) return teamAt(drivers[1], Math.max(0, people[at].start - 40) + drivers.index);
  }
  return null;
}

// The places written as a list around the figure: "third and fourth", "P19 and P20", "séptimo y octavo".
// "die Plätze vier und fünf": counts after one place noun are listed places too.
function placeGroup(context: ClaimContext, figure: Figure): { start: number; end: number }[] {
  const counted = countedPlaces(context, figure);
  if (counted) return counted;
  const pattern = placePatternOf(context);
  const group = [{ start: figure.start, end: figure.end }];
  const article = String.raw`(?:(?:the|de|la|le|el|del|della|di|da|du|a|à|der|die|den|het)\s+)*`;
  const forward = new RegExp(String.raw`^\s*${AND}\s*${article}(${pattern})(?![\p{L}\d])`, 'iu');
  const backward = new RegExp(String.raw`(?<![\p{L}\d])(${pattern})\s*${AND}\s*${article}$`, 'iu');
  for (let end = figure.end, match = forward.exec(context.text.slice(end)); match; match = forward.exec(context.text.slice(end))) {
    const start = end + match[0].length - match[1].length;
    group.push({ start, end: start + match[1].length });
    end = start + match[1].length;
  }
  for (let start = figure.start, match = backward.exec(context.text.slice(Math.max(0, start - 40), start)); match; match = backward.exec(context.text.slice(Math.max(0, start - 40), start))) {
    const from = Math.max(0, start - 40) + match.index;
    group.unshift({ start: from, end: from + match[1].length });
    start = from;
  }
  return group;
}

// The counts of "Plätze vier und fünf" that hold the figure, the first after its place noun; null for other places.
function countedPlaces(context: ClaimContext, figure: Figure): { start: number; end: number }[] | null {
  const { text, words } = context;
  const run = new RegExp(String.raw`(?<![\p{L}])(?:${words.placeNoun})\s+(\p{L}+)((?:\s*${AND}\s*\p{L}+)+)`, 'giu');
  for (const match of text.slice(Math.max(0, figure.start - 60), figure.end + 60).matchAll(run)) {
    const from = Math.max(0, figure.start - 60) + match.index;
    const counts = [...match[0].matchAll(/\p{L}+/gu)].slice(1).filter((word) => words.countOf(word[0]) !== null);
    const places = counts.map((word) => ({ start: from + word.index, end: from + word.index + word[0].length }));
    if (places.length >= 2 && places.some((place) => figure.start <= place.start && place.end <= figure.end)) return places;
  }
  return null;
}

const patterns = new WeakMap<ClaimContext, string>();

function placePatternOf(context: ClaimContext): string {
  const known = patterns.get(context);
  if (known) return known;
  const pattern = String.raw`P\d{1,2}|\d{1,2}(?:st|nd|rd|th|e|º|ª|°|\.)|${context.words.ordinalWord}`;
  patterns.set(context, pattern);
  return pattern;
}

// Between two listed names: a comma or "and", perhaps after a bracket ("(Ferrari)") or lower-case descriptors.
function joinsList(between: string): boolean {
  return new RegExp(String.raw`^\s*(?:\([^)]*\)\s*)?${AND}\s*(?:[\p{Ll}\s]|l['’]\p{Lu}\p{L}*|the\s+\p{Lu}\p{L}*)*$`, 'u').test(between);
}
