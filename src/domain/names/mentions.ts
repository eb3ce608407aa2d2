import { createFullNameIndex } from './full-name';
import type { NameMention } from './types';
import { carWords, nameParticles, notNameWords, organisationEndWords, organisationWords } from './vocabulary';

interface Word {
  text: string;
  start: number;
  end: number;
  possessive: boolean;
}

// Latin letters by explicit range: Unicode property classes make this pass several times slower.
const capital = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE';
const letter = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F';
// A word followed by a digit is a code ("P8", "GT4"), not a name.
const wordPattern = `[${capital}][${letter}'’\\-]*(?![${letter}\\d])`;
const particlePattern = [...nameParticles].join('|');
const runPattern = new RegExp(`${wordPattern}(?:[ \\t\\u00A0]+(?:(?:${particlePattern})[ \\t\\u00A0]+)*${wordPattern})*`, 'g');
const nameLikeWord = new RegExp(`^[${capital}](?:['’][${capital}])?[a-z\\u00DF-\\u00F6\\u00F8-\\u024F]`);
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
  runPattern.lastIndex = 0;
  for (let run = runPattern.exec(text); run; run = runPattern.exec(text)) {
    if (!/[ \t\u00A0-]/.test(run[0])) {
      const single = singleWordMention(text, run[0], run.index);
      if (single) mentions.push(single.kind === 'person' ? teamBeforeCar(text, single) : single);
      continue;
    }
    for (const segment of splitRun(words(run[0], run.index))) {
      for (const mention of classify(text, segment)) mentions.push(teamBeforeCar(text, mention));
    }
  }
  mentions.push(...findCars(text));
  mentions.sort((left, right) => left.start - right.start);
  return promoteSurnames(mergeCarsWithTeams(text, mentions));
}

// Most runs are one plain word ("The", "Lazare’s", "Porsche"); read those without building word lists.
function singleWordMention(text: string, run: string, start: number): NameMention | null {
  const possessive = run.endsWith('’s') || run.endsWith("'s");
  const word = possessive ? run.slice(0, -2) : run.replace(/['’]+$/, '');
  const lower = word.toLowerCase();
  if (word.length < 2 || notNameWords.has(lower)) return null;
  const end = start + word.length;
  let kind: NameMention['kind'] = 'unknown';
  if (organisationWords.has(lower) || carWords.has(lower)) kind = 'team';
  else if (possessive && isNameLike(word) && lapOwner.test(text.slice(end, end + 12))) kind = 'person';
  return { text: word, start, end, kind };
}

function words(run: string, offset: number): Word[] {
  const found: Word[] = [];
  let from = 0;
  for (const piece of run.split(/[ \t\u00A0]+/)) {
    const at = run.indexOf(piece, from);
    from = at + piece.length;
    const possessive = /['’]s$/.test(piece) || /s['’]$/.test(piece);
    const word = piece.replace(/['’]s$/, '').replace(/['’-]+$/, '');
    // A lone capital after a name is a marker ("Parker Thompson Q" = qualifying driver), not an initial.
    if (word.length < 2 || nameParticles.has(word)) continue;
    found.push({ text: word, start: offset + at, end: offset + at + word.length, possessive });
  }
  return found;
}

// A run such as "Daytona International Speedway Jesse Lazare" holds several names; cut it where one ends.
function splitRun(runWords: Word[]): Word[][] {
  const segments: Word[][] = [];
  let current: Word[] = [];
  for (const word of runWords) {
    const folded = word.text.toLowerCase();
    const nameWord = !notNameWords.has(folded);
    if (nameWord) current.push(word);
    if (!nameWord || word.possessive || organisationEndWords.has(folded)) {
      if (current.length > 0) segments.push(current);
      current = [];
    }
  }
  if (current.length > 0) segments.push(current);
  return segments;
}

function isNameLike(word: string): boolean {
  return nameLikeWord.test(word) && !/\d/.test(word);
}

function classify(text: string, segment: Word[]): NameMention[] {
  const first = segment[0];
  const last = segment[segment.length - 1];
  if (segment.some(isOrganisationWord)) return [mentionOf(text, first.start, last.end, 'team')];
  const crewIndex = segment.findIndex((word) => word.text.split('-').length >= 3);
  if (crewIndex >= 0) return crewList(text, segment, crewIndex);
  const nameLike = segment.every((word) => word.text.split('-').every(isNameLike));
  const kind = nameLike && segment.length >= 2 && segment.length <= 4 ? 'person' : 'unknown';
  if (kind === 'unknown' && nameLike && segment.length === 1 && lapOwner.test(text.slice(last.end, last.end + 12))) {
    return [mentionOf(text, first.start, last.end, 'person')];
  }
  return [mentionOf(text, first.start, last.end, kind)];
}

function isOrganisationWord(word: Word): boolean {
  for (const part of word.text.toLowerCase().split('-')) {
    if (organisationWords.has(part) || carWords.has(part)) return true;
  }
  return false;
}

function mentionOf(text: string, start: number, end: number, kind: NameMention['kind']): NameMention {
  return { text: text.slice(start, end), start, end, kind };
}

// "Pier Guidi-Calado-Serra-Rigon": the first part closes the name before it, the rest are one surname each.
// "Inter Europol #52", "Iron Lynx's Lamborghini": a name right before a car number or make is the car's team.
function teamBeforeCar(text: string, mention: NameMention): NameMention {
  if (mention.kind !== 'person') return mention;
  const after = text.slice(mention.end, mention.end + 24);
  const make = /^(?:['’]s)?\s+([A-Za-z\u00C0-\u024F-]+)/.exec(after);
  const beforeCar = /^\s+(?:#\s?\d|No\.\s?\d)/.test(after);
  return beforeCar || (make !== null && carWords.has(make[1].toLowerCase())) ? { ...mention, kind: 'team' } : mention;
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

function findCars(text: string): NameMention[] {
  const cars: NameMention[] = [];
  for (const match of text.matchAll(carPattern)) {
    const start = match.index;
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
  const index = createFullNameIndex(mentions);
  for (const mention of mentions) {
    if (mention.kind === 'unknown' && !mention.text.includes(' ') && index.fullNameOf(mention.text) !== null) {
      mention.kind = 'person';
    }
  }
  return mentions;
}
