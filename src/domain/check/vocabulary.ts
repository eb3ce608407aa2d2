import { foldName } from '../names';
import { displayName } from '../timing';
import { lastWord } from '../names/fold';
import type { SessionIndex } from './session-index';

/** What a word in the text can point to: the cars it belongs to and how it is spelled in the data. */
export interface WordSense {
  cars: Set<string>;
  kind: 'person' | 'team' | 'make';
  spelling: string;
}

/** The distinctive words of a session's entries: surnames, team words, makes, each with its cars. */
export interface Vocabulary {
  words: Map<string, WordSense[]>;
  /** Near-miss readings worked out before, by folded word. */
  nearMisses: Map<string, WordSense[]>;
  /** Every word that is spelled right, first names included, so they are never taken for slips. */
  known: Set<string>;
}

// Words every team or car shares carry no identity.
const GENERIC = new Set([
  'racing', 'motorsports', 'motorsport', 'team', 'competition', 'engineering', 'with', 'by', 'the', 'of', 'and',
  'usa', 'gt3', 'evo', 'evo2', 'lmp2', 'lmp3', 'gt4', 'hybrid', 'series', 'r', 'v8',
]);

const vocabularies = new WeakMap<SessionIndex, Vocabulary>();

/** The vocabulary of one session, built once. */
export function vocabularyOf(index: SessionIndex): Vocabulary {
  const cached = vocabularies.get(index);
  if (cached) return cached;
  const words = new Map<string, WordSense[]>();
  const known = new Set<string>();
  const add = (word: string, kind: WordSense['kind'], car: string) => {
    const key = foldName(word);
    if (key.length < 2 || GENERIC.has(key) || /^\d/.test(key)) return;
    known.add(key);
    const senses = words.get(key) ?? [];
    let sense = senses.find((candidate) => candidate.kind === kind);
    if (!sense) {
      sense = { cars: new Set(), kind, spelling: word };
      senses.push(sense);
      words.set(key, senses);
    }
    sense.cars.add(car);
  };
  for (const facts of index.cars.values()) {
    for (const driver of facts.drivers) {
      add(lastWord(driver), 'person', facts.car);
      for (const part of driver.split(/[\s-]+/)) known.add(foldName(part));
      const family = driver.split(' ').slice(1);
      if (family.length > 1) known.add(foldName(family.join('')));
    }
    for (const word of facts.team.split(/[\s/]+/)) {
      const clean = displayName(word.replace(/[^\p{L}\p{N}'-]/gu, ''));
      add(clean, 'team', facts.car);
      // "VasserSullivan" is also read as "Vasser" and "Sullivan".
      const parts = clean.split(/(?<=\p{Ll})(?=\p{Lu})/u);
      if (parts.length > 1) for (const part of parts) add(part, 'team', facts.car);
    }
    for (const word of facts.vehicle.split(/\s+/)) if (/^\p{L}{3,}/u.test(word)) add(word, 'make', facts.car);
  }
  const vocabulary = { words, known, nearMisses: new Map<string, WordSense[]>() };
  vocabularies.set(index, vocabulary);
  return vocabulary;
}

/** The senses of a word as written, allowing one slip (a letter wrong, missing, extra or two swapped) in long words. */
export function sensesOf(word: string, vocabulary: Vocabulary): { senses: WordSense[]; exact: boolean } {
  const key = foldName(word);
  const exact = vocabulary.words.get(key);
  if (exact) return { senses: exact, exact: true };
  if (key.length < 5 || vocabulary.known.has(key) || (key.endsWith('s') && vocabulary.known.has(key.slice(0, -1)))) {
    return { senses: [], exact: true };
  }
  const remembered = vocabulary.nearMisses.get(key);
  if (remembered) return { senses: remembered, exact: false };
  const close: WordSense[] = [];
  for (const [candidate, senses] of vocabulary.words) {
    if (candidate.length >= 5 && Math.abs(candidate.length - key.length) <= 1 && oneSlipApart(key, candidate)) close.push(...senses);
  }
  vocabulary.nearMisses.set(key, close);
  return { senses: close, exact: false };
}

// Optimal string alignment distance of at most one: one substitution, insertion, deletion or swap.
function oneSlipApart(a: string, b: string): boolean {
  if (a === b) return true;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  if (restA.slice(1) === restB.slice(1)) return true;
  if (restA.slice(1) === restB || restA === restB.slice(1)) return true;
  return restA.length >= 2 && restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2);
}
