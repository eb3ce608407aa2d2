import { nameParticles, notNameWords, organisationEndWords } from './vocabulary';

/** One capitalised word of a run, without a trailing possessive. */
export interface Word {
  text: string;
  start: number;
  end: number;
  possessive: boolean;
}

// Latin letters by explicit range: Unicode property classes make this pass several times slower.
export const capital = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE';
const letter = 'A-Za-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F';
// A word followed by a digit is a code ("P8", "GT4"), not a name.
const wordPattern = `[${capital}][${letter}'’\\-]*(?![${letter}\\d])`;
const particlePattern = [...nameParticles].join('|');
/** Runs of capitalised words, allowing particles inside ("Rory van der Steur"). */
export const runPattern = new RegExp(`${wordPattern}(?:[ \\t\\u00A0]+(?:(?:${particlePattern})[ \\t\\u00A0]+)*${wordPattern})*`, 'g');

/** The words of a run that can belong to a name, split where one name ends and the next begins. */
export function nameSegments(run: string, offset: number): Word[][] {
  return splitRun(words(run, offset));
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
