import { nameParticles } from './vocabulary';
import { capital, type WordFacts, type WordFactsLookup } from './word-facts';

/** One capitalised word of a run, without a trailing possessive. */
export interface Word {
  text: string;
  start: number;
  end: number;
  possessive: boolean;
  facts: WordFacts;
}

const letter = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F';
// A word followed by a digit is a code ("P8", "GT4"), not a name.
const wordPattern = `[${capital}][${letter}'’\\-]*(?![${letter}\\d])`;
const particlePattern = [...nameParticles].join('|');
/** Runs of capitalised words, allowing particles inside ("Rory van der Steur"). */
export const runPattern = new RegExp(`${wordPattern}(?:[ \\t\\u00A0]+(?:(?:${particlePattern})[ \\t\\u00A0]+)*${wordPattern})*`, 'g');

const space = 0x20;
const tab = 0x09;
const noBreakSpace = 0xa0;
const hyphen = 0x2d;
const apostrophe = 0x27;
const rightQuote = 0x2019;
const lowerS = 0x73;

/** True for the blanks that separate the words of a run: space, tab, no-break space. */
export function isRunBlank(code: number): boolean {
  return code === space || code === tab || code === noBreakSpace;
}

function isApostrophe(code: number): boolean {
  return code === apostrophe || code === rightQuote;
}

/** The words of a run that can belong to a name, split where one name ends and the next begins. */
export function nameSegments(run: string, offset: number, factsOf: WordFactsLookup): Word[][] {
  return splitRun(words(run, offset, factsOf));
}

// Walks the run by character codes rather than splitting it and testing each piece with regexes: this runs
// for every capitalised word of a report, and only the words kept are sliced out.
function words(run: string, offset: number, factsOf: WordFactsLookup): Word[] {
  const found: Word[] = [];
  let at = 0;
  while (at < run.length) {
    while (at < run.length && isRunBlank(run.charCodeAt(at))) at += 1;
    let pieceEnd = at;
    while (pieceEnd < run.length && !isRunBlank(run.charCodeAt(pieceEnd))) pieceEnd += 1;
    if (pieceEnd > at) {
      const word = wordOf(run, at, pieceEnd, offset, factsOf);
      if (word) found.push(word);
    }
    at = pieceEnd;
  }
  return found;
}

// One piece of a run: drops a trailing "’s", then trailing apostrophes and hyphens ("Jones’" → "Jones").
function wordOf(run: string, start: number, pieceEnd: number, offset: number, factsOf: WordFactsLookup): Word | null {
  const last = run.charCodeAt(pieceEnd - 1);
  const beforeLast = pieceEnd - start >= 2 ? run.charCodeAt(pieceEnd - 2) : -1;
  const endsWithApostropheS = last === lowerS && isApostrophe(beforeLast);
  const possessive = endsWithApostropheS || (isApostrophe(last) && beforeLast === lowerS);
  let end = endsWithApostropheS ? pieceEnd - 2 : pieceEnd;
  while (end > start && (isApostrophe(run.charCodeAt(end - 1)) || run.charCodeAt(end - 1) === hyphen)) end -= 1;
  // A lone capital after a name is a marker ("Parker Thompson Q" = qualifying driver), not an initial.
  if (end - start < 2) return null;
  const text = run.slice(start, end);
  if (nameParticles.has(text)) return null;
  return { text, start: offset + start, end: offset + end, possessive, facts: factsOf(text) };
}

// A run such as "Daytona International Speedway Jesse Lazare" holds several names; cut it where one ends.
function splitRun(runWords: Word[]): Word[][] {
  const segments: Word[][] = [];
  let current: Word[] = [];
  for (const word of runWords) {
    const nameWord = !word.facts.notName;
    if (nameWord) current.push(word);
    if (!nameWord || word.possessive || word.facts.organisationEnd) {
      if (current.length > 0) segments.push(current);
      current = [];
    }
  }
  if (current.length > 0) segments.push(current);
  return segments;
}
