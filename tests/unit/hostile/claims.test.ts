import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractClaims, extractClaimsFromSource, htmlText, markdownText } from '../../../src/domain/claims';
import { findNameMentions } from '../../../src/domain/names';
import { endsWellNow } from './ends-well';
import { anyText, pathologicalText, racingText } from './racing-text';
import { runs } from '../fuzz';

const hostileText = fc.oneof({ weight: 3, arbitrary: racingText }, { weight: 2, arbitrary: anyText }, { weight: 1, arbitrary: pathologicalText });

describe('claims extraction on hostile text', () => {
  it('ends in claims whose offsets point at their own characters, or a typed error, within five seconds', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const { result } = endsWellNow(() => extractClaims(text));
        for (const claim of result ?? []) {
          expect(text.slice(claim.start, claim.end)).toBe(claim.text);
          expect(Number.isFinite(claim.value)).toBe(true);
        }
      }),
      runs(400),
    );
  });

  it('reads claims out of hostile HTML and Markdown sources, mapping each back into the source', () => {
    fc.assert(
      fc.property(
        fc.oneof(racingText, anyText).map((text) => `<p>${text.replace(/ /g, '<b> </b>')}</p><script>${text}</script>`),
        fc.oneof(racingText, anyText).map((text) => `# ${text}\n\n*${text}*`),
        (html, markdown) => {
          for (const [source, plain] of [
            [html, () => htmlText(html)],
            [markdown, () => markdownText(markdown)],
          ] as const) {
            const { result } = endsWellNow(() => extractClaimsFromSource(plain(), source));
            for (const claim of result ?? []) expect(claim.start).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      runs(200),
    );
  });
});

describe('name mentions on hostile text', () => {
  it('ends in mentions inside the text, or a typed error, within five seconds', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const { result } = endsWellNow(() => findNameMentions(text));
        for (const mention of result ?? []) {
          expect(mention.start).toBeGreaterThanOrEqual(0);
          expect(mention.end).toBeLessThanOrEqual(text.length);
        }
      }),
      runs(400),
    );
  });
});
