/** A sentence as offsets into the text it came from. */
export interface SentenceSpan {
  start: number;
  end: number;
}

// A period after these does not end a sentence ("No. 24", "Nr. 23", "Jan. 25", "3:15 p.m. ET", "St. Petersburg").
const abbreviations = new Set([
  'no', 'nos', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'st', 'mr', 'mrs',
  'ms', 'dr', 'jr', 'sr', 'vs', 'p.m', 'a.m', 'approx', 'est', 'etc', 'inc', 'co', 'mt', 'ft', 'nr',
]);
const boundary = /\n|[.!?]+["”’')\]]*(?=\s+["“‘([]?[\p{Lu}\d#])/gu;

/**
 * Splits text into sentences: at a line break, or at `.`, `!` or `?` followed by a capital, digit, `#` or quote,
 * except after abbreviations ("No. 31", "p.m. ET") and initials.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  boundary.lastIndex = 0;
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    if (match[0] !== '\n' && (isAbbreviation(text, match.index) || isGermanOrdinal(text, match.index))) continue;
    const end = match.index + match[0].length;
    pushTrimmed(text, spans, start, end);
    start = end;
  }
  pushTrimmed(text, spans, start, text.length);
  return spans;
}

function isAbbreviation(text: string, periodIndex: number): boolean {
  if (text.charCodeAt(periodIndex) !== 46) return false;
  const from = Math.max(0, periodIndex - 6);
  let wordStart = periodIndex;
  // Plain ASCII words are read by character code; anything else goes through the Unicode pattern below.
  while (wordStart > from && isAsciiLetterOrPeriod(text.charCodeAt(wordStart - 1))) wordStart -= 1;
  if (wordStart === from || text.charCodeAt(wordStart - 1) < 128) {
    return wordStart < periodIndex && isAbbreviationWord(text.slice(wordStart, periodIndex));
  }
  const word = /([\p{L}.]+)$/u.exec(text.slice(from, periodIndex));
  return word !== null && isAbbreviationWord(word[1]);
}

// "seine 40. Formel-1-Pole", "auf die 12. Startposition": German writes an ordinal as a number and a period, and
// the noun after it takes a capital; after an article or a possessive the period ends no sentence.
const germanOrdinal = /(?:^|\s)(?:der|die|das|den|dem|des|zum|zur|im|am|beim|vom|seine[mnrs]?|sein|ihre[mnrs]?|ihr)\s+\d{1,3}$/i;

function isGermanOrdinal(text: string, periodIndex: number): boolean {
  return text.charCodeAt(periodIndex) === 46 && text.charCodeAt(periodIndex + 1) !== 46 && germanOrdinal.test(text.slice(Math.max(0, periodIndex - 12), periodIndex));
}

function isAbbreviationWord(word: string): boolean {
  return abbreviations.has(word.toLowerCase()) || (word.length <= 2 && /^\p{Lu}$/u.test(word));
}

function isAsciiLetterOrPeriod(code: number): boolean {
  return code === 46 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function pushTrimmed(text: string, spans: SentenceSpan[], from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start])) start += 1;
  while (end > start && /\s/.test(text[end - 1])) end -= 1;
  if (end > start) spans.push({ start, end });
}

/** The index of the sentence holding `offset` (binary search over spans in text order), or -1. */
export function sentenceIndexAt(spans: readonly SentenceSpan[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spans[middle].end <= offset) low = middle + 1;
    else if (spans[middle].start > offset) high = middle - 1;
    else return middle;
  }
  return -1;
}
