import type { QuoteStyle } from './house-style';

const OPENS_AFTER = /^$|[\s([{\u2014\u2013/“‘-]/u;

function curlQuote(quote: '"' | "'", before: string, after: string): string {
  const opening = OPENS_AFTER.test(before);
  if (quote === '"') return opening ? '“' : '”';
  // A leading apostrophe of a year or a dropped letter ('90s, 'em) is a closing mark.
  return opening && !/\d/.test(after) ? '‘' : '’';
}

/**
 * Makes quotes and apostrophes straight or typographic. `before` is the character just before `text` (from a
 * neighbouring text node), so the first quote knows whether it opens or closes. Marks straight after a digit
 * are primes (1'32''656''') and are left alone.
 *
 * @example
 * normaliseQuotes('"We had some issues," Jeansonne said.', 'typographic') // "“We had some issues,” Jeansonne said."
 */
export function normaliseQuotes(text: string, style: QuoteStyle, before = ''): string {
  if (style === 'straight') return text.replace(/[“”„‟]/g, '"').replace(/[‘’‚‛]/g, "'");
  let result = '';
  let inPrimes = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    const previous = index === 0 ? before.slice(-1) : text[index - 1];
    const isMark = char === '"' || char === "'";
    inPrimes = isMark && (/\d/.test(previous) || inPrimes);
    result += isMark && !inPrimes ? curlQuote(char, previous, text[index + 1] ?? '') : char;
  }
  return result;
}
