import { capital, type Word } from './name-runs';
import type { NameMention } from './types';
import { carWords, notNameWords, organisationWords } from './vocabulary';

const nameLikeWord = new RegExp(`^[${capital}](?:['’][${capital}])?[a-z\\u00DF-\\u00F6\\u00F8-\\u024F]`);
// "Lazare’s lap", "McAlister’s time": only a driver owns a lap.
const lapOwner = /^['’]s\s+(?:lap|time|best|fastest|effort|pole)\b/;

/** Reads a run of one plain word ("The", "Lazare’s", "Porsche") without building word lists; null for "The". */
export function singleWordMention(text: string, run: string, start: number): NameMention | null {
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

/** Classifies a segment as a team (organisation or make words), a crew list, a person (2–4 name-like words) or unknown. */
export function classify(text: string, segment: Word[]): NameMention[] {
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

function isNameLike(word: string): boolean {
  return nameLikeWord.test(word) && !/\d/.test(word);
}

/** "Inter Europol #52", "Iron Lynx's Lamborghini": a person-like name right before a car number or make is the car's team. */
export function teamBeforeCar(text: string, mention: NameMention): NameMention {
  if (mention.kind !== 'person') return mention;
  const after = text.slice(mention.end, mention.end + 24);
  const make = /^(?:['’]s)?\s+([A-Za-z\u00C0-\u024F-]+)/.exec(after);
  const beforeCar = /^\s+(?:#\s?\d|No\.\s?\d)/.test(after);
  return beforeCar || (make !== null && carWords.has(make[1].toLowerCase())) ? { ...mention, kind: 'team' } : mention;
}
