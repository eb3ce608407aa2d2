import { byFirstLetter } from './by-first-letter';

// Which session a figure is about, read from the clause around it first, then from the whole sentence.
// "a cruel qualifying penalty", "a qualifying crash": what befell a car there, not the figure's session. The word is
// matched whole, so the lookahead cannot be dodged by backtracking. Shared with the check's paragraph readers.
export const QUALIFYING_WORD = String.raw`\bqualif\w*\b(?!\s+(?:penalt\w*|infringements?|incidents?|crash(?:es)?|accidents?)\b)`;

const sessionPatterns: [string, RegExp][] = [
  ['record', /\brecord\b/i],
  ['last-year', /\b(?:last year|a year ago|last season|(?:19|20)\d\d edition)\b/i],
  ['practice', /\bpracti[cs]e?\b|\bpractic\b|\bFP\d\b|\bwarm-?up\b/i],
  ['qualifying', new RegExp(String.raw`${QUALIFYING_WORD}|\bpole\b|\bgrid\b`, 'i')],
  ['race', /\brace\b|\bfinish(?:ed|ing)?\b/i],
];
// Every pattern above matches one of these words, so words without any (most clauses) are rejected in one pass.
const anySessionWord = new RegExp(
  byFirstLetter(['record', 'last year', 'year ago', 'last season', 'edition', 'practi', String.raw`fp\d`, 'warm', 'qualif', 'pole', 'grid', 'race', 'finish']),
  'i',
);

/**
 * The session some words point to: 'record', 'last-year', 'practice', 'qualifying' or 'race', or null. A claim
 * takes its clause's session, else its sentence's.
 */
export function readSessionHint(words: string): string | null {
  if (!anySessionWord.test(words)) return null;
  for (const [session, pattern] of sessionPatterns) if (pattern.test(words)) return session;
  return null;
}
