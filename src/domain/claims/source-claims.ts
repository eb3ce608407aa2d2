import { extractClaims } from './extract';
import { sourceSpan, type PlainText } from './plain-text';
import type { Claim, ExtractOptions } from './types';

/**
 * The claims of a marked-up file read through `htmlText` or `markdownText`, with `start`, `end` and `text`
 * pointing at the file's own characters (`text` may then hold markup, e.g. `1&prime;32.656`).
 */
export function extractClaimsFromSource(plain: PlainText, source: string, options?: ExtractOptions): Claim[] {
  return extractClaims(plain.text, options).map((claim) => {
    const span = sourceSpan(plain, claim.start, claim.end);
    return { ...claim, start: span.start, end: span.end, text: source.slice(span.start, span.end) };
  });
}
