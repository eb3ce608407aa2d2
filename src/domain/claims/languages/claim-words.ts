import { detectLanguage } from './detect-language';
import { english } from './english';
import type { LanguageWords } from './language-words';

/** The words of English and of a text's own language, compiled once per language for the figure readers. */
export interface ClaimWords {
  language: LanguageWords;
  /** Whether the text writes decimals with a comma ("0,070"), as every language here but English does. */
  decimalComma: boolean;
  /** Regex source: a seconds word ("seconds", "secs", "s", "Sekunden"). */
  secondsWord: string;
  /** Sticky: a seconds word right after a number ("s", " seconds", "-second", " Sekunden"). */
  secondsAfter: RegExp;
  /** Regex source: a minutes word ("minute", "Minuten", "min."). */
  minutesWord: string;
  /** Regex source: any fraction word ("tenths", "Zehntel", "décimas"). */
  fractionWord: string;
  /** Sticky: a fraction word after digits ("80 thousandths", "3 Zehntel"), with "of a second". */
  fractionAfterDigits: RegExp;
  /** Sticky: "of a second", "de segundo" after a fraction word. */
  ofASecond: RegExp;
  /** Anchored at the end: a counting word (or "half a") before a fraction or seconds word. */
  countBefore: RegExp;
  /** Sticky: a phrase for half a second at this point ("half a second", "eine halbe Sekunde"). */
  halfSecond: RegExp;
  /** What one fraction word is worth, or null. */
  fractionOf(word: string): { seconds: number; decimals: number } | null;
  /** The value of a counting word, or null. */
  countOf(word: string): number | null;
  /** Regex source: any ordinal word of English or the text's language ("third", "dritter", "tercero"). */
  ordinalWord: string;
  /** The place an ordinal word stands for, or null. */
  ordinalOf(word: string): number | null;
  /** Regex sources: place nouns, row words, place verbs and the words that may follow a place (see LanguageWords). */
  placeNoun: string;
  rowWord: string;
  placeVerb: string;
  afterWord: string;
  /** Anchored at the start: words after a figure that make it a gap. */
  gapCueAfter: RegExp;
  /** Anchored at the end: words before a figure that make it a gap. */
  gapCueBefore: RegExp;
  /** Global: direction words for the subject in front, and behind. */
  ahead: RegExp;
  behind: RegExp;
}

const compiled = new Map<LanguageWords, ClaimWords>();
const QUALIFIERS = String.raw`(?:just|only|some|around|about|roughly|more than|over|under|less than|nearly|almost|just over|just under|a mere|mere|up to)`;

/** The words to read `text` with: English and the language it is written in. */
export function claimWordsFor(text: string): ClaimWords {
  return claimWordsOf(detectLanguage(text));
}

/** The compiled words of English and `language`. */
export function claimWordsOf(language: LanguageWords): ClaimWords {
  const known = compiled.get(language);
  if (known) return known;
  const languages = language === english ? [english] : [language, english];
  const all = (pick: (words: LanguageWords) => string[]) => alternatives(languages.flatMap(pick));
  const fractionEntries = (['tenth', 'hundredth', 'thousandth', 'quarter'] as const).flatMap((unit) =>
    languages.flatMap((words) => (words.fractions[unit] ?? []).map((source) => ({ pattern: new RegExp(`^(?:${source})$`, 'iu'), unit }))),
  );
  const counts = new Map<string, number>();
  for (const words of languages) for (const [word, value] of Object.entries(words.counts)) if (!counts.has(word)) counts.set(word, value);
  const fractionWord = all((words) => Object.values(words.fractions).flat().filter((source): source is string => typeof source === 'string'));
  const ofASecond = all((words) => words.ofASecond);
  const secondsWord = all((words) => words.seconds);
  const ordinals = new Map<string, number>();
  for (const words of languages) for (const [word, place] of Object.entries(words.ordinals)) if (!ordinals.has(word)) ordinals.set(word, place);
  const words: ClaimWords = {
    language,
    secondsWord,
    decimalComma: language !== english,
    secondsAfter: new RegExp(String.raw`(?:\s?-\s?|\s)?(?:${secondsWord})(?![\p{L}])`, 'iuy'),
    minutesWord: all((words) => words.minutes),
    fractionWord,
    fractionAfterDigits: new RegExp(String.raw`[\s-]+(${fractionWord})(?:[\s-]+(?:${ofASecond}))?(?![\p{L}])`, 'iuy'),
    ofASecond: new RegExp(String.raw`[\s-]+(?:${ofASecond})(?![\p{L}])`, 'iuy'),
    countBefore: new RegExp(String.raw`(?:^|[^\p{L}\d])(half an?|half|halbe|halve|medio|mezzo|demi|meio|${alternatives([...counts.keys()])})[\s-]+$`, 'diu'),
    halfSecond: new RegExp(all((words) => words.halfSecond), 'iuy'),
    fractionOf: (word) => {
      const entry = fractionEntries.find((candidate) => candidate.pattern.test(word));
      if (!entry) return null;
      return { tenth: { seconds: 0.1, decimals: 1 }, hundredth: { seconds: 0.01, decimals: 2 }, thousandth: { seconds: 0.001, decimals: 3 }, quarter: { seconds: 0.25, decimals: 2 } }[entry.unit];
    },
    countOf: (word) => {
      const lower = word.toLowerCase();
      if (/^(?:half an?|half|halbe|halve|medio|mezzo|demi|meio)$/.test(lower)) return 0.5;
      return counts.get(lower) ?? null;
    },
    ordinalWord: alternatives([...ordinals.keys()]),
    placeNoun: all((words) => words.placeNouns),
    rowWord: all((words) => words.rowWords),
    placeVerb: all((words) => words.placeVerbs),
    afterWord: all((words) => words.afterWords),
    ordinalOf: (word) => ordinals.get(word.toLowerCase()) ?? null,
    gapCueAfter: new RegExp(String.raw`^\s*(?:${all((words) => words.gapAfter)})(?![\p{L}])`, 'iu'),
    gapCueBefore: new RegExp(String.raw`(?<![\p{L}])(?:${all((words) => words.gapBefore)})\s+(?:${QUALIFIERS}\s+)*$`, 'iu'),
    ahead: new RegExp(String.raw`(?<![\p{L}])(?:${all((words) => words.ahead)})(?![\p{L}])`, 'giu'),
    behind: new RegExp(String.raw`(?<![\p{L}])(?:${all((words) => words.behind)})(?![\p{L}])`, 'giu'),
  };
  compiled.set(language, words);
  return words;
}

// Longest first, so "seconds" is tried before "second" and "s".
function alternatives(sources: string[]): string {
  return [...new Set(sources)].sort((a, b) => b.length - a.length).join('|');
}
