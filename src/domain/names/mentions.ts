import { foldName } from './fold';
import { isSurnameOf } from './surname';
import type { NameMention } from './types';
import { carWords, nameParticles, notNameWords, organisationEndWords, organisationWords } from './vocabulary';

interface Word {
  text: string;
  start: number;
  end: number;
  possessive: boolean;
}

// A word followed by a digit is a code ("P8", "GT4"), not a name.
const wordPattern = "\\p{Lu}[\\p{L}\\p{M}'’\\-]*(?![\\p{L}\\p{M}\\d])";
const particlePattern = [...nameParticles].join('|');
const runPattern = new RegExp(
  `${wordPattern}(?:[ \\t\\u00A0]+(?:(?:${particlePattern})[ \\t\\u00A0]+)*${wordPattern})*`,
  'gu',
);
// "Lazare’s lap", "McAlister’s time": only a driver owns a lap.
const lapOwner = /^['’]s\s+(?:lap|time|best|fastest|effort|pole)\b/;
const carPattern = /(?<![\w#])(?:#\s?(\d{1,3})|No\.\s?(\d{1,3}))(?![\d.,]\d)/g;

/**
 * Finds the people, teams and cars a report names, in text order: capitalised name runs ("Rory van der Steur"),
 * possessives split off ("Rennsport One’s Stevan McAleer" → a team and a person), crew lists
 * ("Christensen-Heinrich-Priaulx" → three people) and car numbers (`#31`, `No. 31`, "#77 AO Racing Porsche").
 * A lone capitalised word counts as a person only when it is the surname of a full name the text also uses.
 */
export function findNameMentions(text: string): NameMention[] {
  const mentions: NameMention[] = [];
  for (const run of text.matchAll(runPattern)) {
    for (const segment of splitRun(words(run[0], run.index))) {
      mentions.push(...classify(text, segment).map((mention) => teamBeforeCar(text, mention)));
    }
  }
  mentions.push(...findCars(text, mentions));
  mentions.sort((left, right) => left.start - right.start);
  return promoteSurnames(mergeCarsWithTeams(text, mentions));
}

function words(run: string, offset: number): Word[] {
  const found: Word[] = [];
  for (const match of run.matchAll(new RegExp(wordPattern, 'gu'))) {
    let word = match[0];
    const possessive = /['’]s$/u.test(word) || /s['’]$/u.test(word);
    word = word.replace(/['’]s$/u, '').replace(/['’-]+$/u, '');
    if (word.length === 0) continue;
    found.push({ text: word, start: offset + match.index, end: offset + match.index + word.length, possessive });
  }
  // A lone capital after a name is a marker ("Parker Thompson Q" = qualifying driver), not an initial.
  return found.filter((word) => !nameParticles.has(word.text) && word.text.length > 1);
}

// A run such as "Daytona International Speedway Jesse Lazare" holds several names; cut it where one ends.
function splitRun(runWords: Word[]): Word[][] {
  const segments: Word[][] = [];
  let current: Word[] = [];
  const close = () => {
    if (current.length > 0) segments.push(current);
    current = [];
  };
  for (const word of runWords) {
    const folded = foldName(word.text);
    if (notNameWords.has(folded)) {
      close();
      continue;
    }
    current.push(word);
    if (word.possessive || organisationEndWords.has(folded)) close();
  }
  close();
  return segments;
}

function isNameLike(word: string): boolean {
  return /^\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}]/u.test(word) && !/\d/.test(word);
}

function classify(text: string, segment: Word[]): NameMention[] {
  const first = segment[0];
  const last = segment[segment.length - 1];
  const mention = (from: number, to: number, kind: NameMention['kind']): NameMention => ({
    text: text.slice(from, to),
    start: from,
    end: to,
    kind,
  });
  const folded = segment.flatMap((word) => foldName(word.text).split('-'));
  if (folded.some((word) => organisationWords.has(word) || carWords.has(word))) {
    return [mention(first.start, last.end, 'team')];
  }
  const crewIndex = segment.findIndex((word) => word.text.split('-').length >= 3);
  if (crewIndex >= 0) return crewList(text, segment, crewIndex);
  const nameLike = segment.every((word) => word.text.split('-').every(isNameLike));
  const kind = nameLike && segment.length >= 2 && segment.length <= 4 ? 'person' : 'unknown';
  if (kind === 'unknown' && nameLike && segment.length === 1 && lapOwner.test(text.slice(last.end, last.end + 12))) {
    return [mention(first.start, last.end, 'person')];
  }
  return [mention(first.start, last.end, kind)];
}

// "Pier Guidi-Calado-Serra-Rigon": the first part closes the name before it, the rest are one surname each.
// "Inter Europol #52", "Iron Lynx's Lamborghini": a name right before a car number or make is the car's team.
function teamBeforeCar(text: string, mention: NameMention): NameMention {
  if (mention.kind !== 'person') return mention;
  const after = text.slice(mention.end, mention.end + 24);
  const make = /^(?:['’]s)?\s+(\p{L}+)/u.exec(after);
  const beforeCar = /^\s+(?:#\s?\d|No\.\s?\d)/.test(after);
  return beforeCar || (make !== null && carWords.has(foldName(make[1]))) ? { ...mention, kind: 'team' } : mention;
}

function crewList(text: string, segment: Word[], crewIndex: number): NameMention[] {
  const crew = segment[crewIndex];
  const parts = crew.text.split('-');
  const found: NameMention[] = [];
  let offset = crew.start;
  parts.forEach((part, index) => {
    const start = index === 0 ? segment[0].start : offset;
    const end = offset + part.length;
    if (isNameLike(part)) found.push({ text: text.slice(start, end), start, end, kind: 'person' });
    offset = end + 1;
  });
  return found;
}

function findCars(text: string, names: NameMention[]): NameMention[] {
  const cars: NameMention[] = [];
  for (const match of text.matchAll(carPattern)) {
    const start = match.index;
    if (names.some((name) => name.start <= start && start < name.end)) continue;
    const carNumber = match[1] ?? match[2];
    cars.push({ text: match[0], start, end: start + match[0].length, kind: 'car', carNumber });
  }
  return cars;
}

// "the #77 AO Racing Porsche" is one car: fold a team run that follows a car number into it.
function mergeCarsWithTeams(text: string, mentions: NameMention[]): NameMention[] {
  const merged: NameMention[] = [];
  for (const mention of mentions) {
    const previous = merged[merged.length - 1];
    const follows = previous?.kind === 'car' && mention.kind === 'team';
    if (follows && text.slice(previous.end, mention.start) === ' ') {
      merged[merged.length - 1] = { ...previous, text: text.slice(previous.start, mention.end), end: mention.end };
      continue;
    }
    merged.push(mention);
  }
  return merged;
}

function promoteSurnames(mentions: NameMention[]): NameMention[] {
  const fullNames = mentions.filter((mention) => mention.kind === 'person' && mention.text.includes(' '));
  return mentions.map((mention) => {
    if (mention.kind !== 'unknown' || mention.text.includes(' ')) return mention;
    const known = fullNames.some((full) => isSurnameOf(mention.text, full.text));
    return known ? { ...mention, kind: 'person' } : mention;
  });
}
