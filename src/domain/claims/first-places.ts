import type { ClaimWords } from './languages/claim-words';
import { FOUGHT_FOR, GRIP_ON, LOST } from './position';
import { readScopeAfter } from './scope';
import { isStandingsPlace } from './standings';
import type { Figure } from './types';

// "copando los dos primeros lugares", "conquistar as três primeiras posições", "les deux premières places", "le prime
// tre posizioni", "took the first two places", "de eerste twee plaatsen": a team's cars in the first N places, a
// range from first to Nth, as "one-two" and "the top two positions" are. The Romance languages put the count before
// "first" (after it in Italian), English and Dutch after it; the article before is left out of the figure.
const FIRST = String.raw`primeros|primeras|primeiros|primeiras|premiers|premières|primi|prime|first|eerste`;
const PLACES = String.raw`lugares|posiciones|puestos|posições|colocações|places|positions|posti|posizioni|spots|plaatsen|posities|plekken`;
const ARTICLE = String.raw`(?<![\p{L}])(?:los|las|os|as|les|i|le|the|de)\s+`;
const COUNT = String.raw`[\p{L}]+`;
const COUNT_FIRST = new RegExp(String.raw`${ARTICLE}(${COUNT})\s+(?:${FIRST})\s+(?:${PLACES})(?![\p{L}])`, 'giu');
const FIRST_COUNT = new RegExp(String.raw`${ARTICLE}(?:${FIRST})\s+(${COUNT})\s+(?:${PLACES})(?![\p{L}])`, 'giu');

/** The first N places a text gives as one range, each with `placeRange` [1, N], in text order. */
export function findFirstPlaces(text: string, words: ClaimWords): Figure[] {
  const figures: Figure[] = [];
  for (const pattern of [COUNT_FIRST, FIRST_COUNT]) {
    for (const match of text.matchAll(pattern)) {
      const count = words.countOf(match[1]);
      if (count === null || !Number.isInteger(count) || count < 2 || count > 10) continue;
      const start = match.index + /^\S+\s+/u.exec(match[0])![0].length;
      const end = match.index + match[0].length;
      const before = text.slice(Math.max(0, start - 60), start);
      // "the battle for the first two places", "lost the first two places", "in the first two places in the standings".
      if (FOUGHT_FOR.test(before) || LOST.test(before) || GRIP_ON.test(before) || isStandingsPlace(text.slice(end, end + 60), before)) continue;
      figures.push({ kind: 'position', start, end, value: 1, unit: 'place', notation: 'place-phrase', decimals: 0, scope: readScopeAfter(text, end), placeRange: [1, count] });
    }
  }
  return figures.sort((a, b) => a.start - b.start);
}
