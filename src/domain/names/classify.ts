import type { Word } from './name-runs';
import type { NameMention } from './types';
import { carWords } from './vocabulary';
import { isNameLike, type WordFactsLookup } from './word-facts';

// "Lazare’s lap", "McAlister’s time": only a driver owns a lap.
const lapOwner = /^['’]s\s+(?:lap|time|best|fastest|effort|pole)\b/;
const trailingApostrophes = /['’]+$/;
// What follows a person-like name that makes it a car's team: a make ("’s Lamborghini") or a car number.
const followingWord = /^(?:['’]s)?\s+([A-Za-z\u00C0-\u024F-]+)/;
const followingCarNumber = /^\s+(?:#\s?\d|No\.\s?\d)/;

/** Reads a run of one plain word ("The", "Lazare’s", "Porsche") without building word lists; null for "The". */
export function singleWordMention(text: string, run: string, start: number, factsOf: WordFactsLookup): NameMention | null {
  const possessive = run.endsWith('’s') || run.endsWith("'s");
  const word = possessive ? run.slice(0, -2) : run.replace(trailingApostrophes, '');
  if (word.length < 2) return null;
  const facts = factsOf(word);
  if (facts.notName) return null;
  const end = start + word.length;
  let kind: NameMention['kind'] = 'unknown';
  // The run holds no hyphen, so the word is its own only part.
  if (facts.organisation) kind = 'team';
  else if (possessive && facts.nameLike && lapOwner.test(text.slice(end, end + 12))) kind = 'person';
  return { text: word, start, end, kind };
}

/** Classifies a segment as a team (organisation or make words), a crew list, a person (2–4 name-like words) or unknown. */
export function classify(text: string, segment: Word[]): NameMention[] {
  const first = segment[0];
  const last = segment[segment.length - 1];
  if (segment.some((word) => word.facts.organisation)) return [mentionOf(text, first.start, last.end, 'team')];
  const crewIndex = segment.findIndex((word) => word.facts.crew);
  if (crewIndex >= 0) return crewList(text, segment, crewIndex);
  const nameLike = segment.every((word) => word.facts.nameLike);
  const kind = nameLike && segment.length >= 2 && segment.length <= 4 ? 'person' : 'unknown';
  if (kind === 'unknown' && nameLike && segment.length === 1 && lapOwner.test(text.slice(last.end, last.end + 12))) {
    return [mentionOf(text, first.start, last.end, 'person')];
  }
  return [mentionOf(text, first.start, last.end, kind)];
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

/** "Inter Europol #52", "Iron Lynx's Lamborghini": a person-like name right before a car number or make is the car's team. */
export function teamBeforeCar(text: string, mention: NameMention): NameMention {
  if (mention.kind !== 'person') return mention;
  const after = text.slice(mention.end, mention.end + 24);
  const make = followingWord.exec(after);
  const beforeCar = followingCarNumber.test(after);
  return beforeCar || (make !== null && carWords.has(make[1].toLowerCase())) ? { ...mention, kind: 'team' } : mention;
}
