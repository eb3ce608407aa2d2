import { dutch } from './dutch';
import { english } from './english';
import { french } from './french';
import { german } from './german';
import { italian } from './italian';
import type { LanguageWords } from './language-words';
import { portuguese } from './portuguese';
import { spanish } from './spanish';

// Function words common in one language and rare in the others: a few hundred words of a report are enough.
const markers: [LanguageWords, Set<string>][] = [
  [english, new Set(['the', 'and', 'of', 'was', 'with', 'his', 'from', 'which', 'that', 'for', 'after'])],
  [german, new Set(['der', 'die', 'und', 'das', 'ist', 'nicht', 'auch', 'sich', 'mit', 'vor', 'im', 'den', 'dem', 'ein', 'eine'])],
  [dutch, new Set(['het', 'een', 'en', 'niet', 'ook', 'zijn', 'werd', 'van', 'op', 'met', 'voor', 'naar', 'bij', 'dan'])],
  [spanish, new Set(['el', 'los', 'las', 'y', 'que', 'del', 'fue', 'con', 'por', 'una', 'para', 'su', 'al'])],
  [italian, new Set(['il', 'che', 'della', 'nel', 'è', 'sono', 'gli', 'con', 'per', 'una', 'del', 'alla', 'dopo'])],
  [french, new Set(['le', 'les', 'et', 'des', 'du', 'une', 'est', 'qui', 'avec', 'sur', 'pour', 'au', 'aux'])],
  [portuguese, new Set(['os', 'não', 'ao', 'foi', 'uma', 'com', 'pelo', 'pela', 'em', 'do', 'da', 'no', 'na', 'o'])],
];
const WORD = /\p{L}+/gu;
const WORDS_READ = 600;

/**
 * The language a text is written in, from its function words: English unless another language's words
 * clearly outnumber English ones. Racedesk reads figures in English and in the language found.
 */
export function detectLanguage(text: string): LanguageWords {
  const counts = new Map<LanguageWords, number>();
  let read = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0].toLowerCase();
    for (const [language, words] of markers) if (words.has(word)) counts.set(language, (counts.get(language) ?? 0) + 1);
    if (++read >= WORDS_READ) break;
  }
  const englishCount = counts.get(english) ?? 0;
  let best: LanguageWords = english;
  let bestCount = englishCount;
  for (const [language, count] of counts) if (count > bestCount) [best, bestCount] = [language, count];
  return best !== english && bestCount >= Math.max(3, englishCount * 1.5) ? best : english;
}
