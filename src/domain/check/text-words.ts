/** A capitalised word of the text with where it is. */
export interface TextWord {
  word: string;
  start: number;
  end: number;
  /** Which clause of the text it is in; words in different clauses are not read together. */
  clause: number;
}

/** A car number as written: "#31", "# 45", "No. 7". */
export interface CarMention {
  text: string;
  start: number;
  end: number;
  car: string;
}

const CAPITALISED = /\p{Lu}[\p{L}'’]*/gu;
const CAR = /(?:#\s?|\bNo\.\s?)(\d{1,3})\b/g;

/** Capitalised words and car numbers of a paragraph, with the clause each is in. */
export function readWords(text: string): { words: TextWord[]; cars: (CarMention & { clause: number })[] } {
  const clauseStarts = clauseBreaks(text);
  const clauseAt = (offset: number) => {
    let low = 0;
    let high = clauseStarts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (clauseStarts[middle] <= offset) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  const cars = [...text.matchAll(CAR)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
    car: match[1],
    clause: clauseAt(match.index),
  }));
  const words = [...text.matchAll(CAPITALISED)].map((match) => ({
    word: match[0],
    start: match.index,
    end: match.index + match[0].length,
    clause: clauseAt(match.index),
  }));
  return { words, cars };
}

// Offsets just after each clause break: , ; : ( ) a line break, " / ", or a full stop before a space.
function clauseBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (let at = 0; at < text.length; at++) {
    const character = text[at];
    const isBreak =
      ',;:()\n'.includes(character) ||
      ('.!?'.includes(character) && (at + 1 >= text.length || /\s/.test(text[at + 1]))) ||
      (character === '/' && text[at - 1] === ' ');
    if (isBreak) breaks.push(at + 1);
  }
  return breaks;
}
