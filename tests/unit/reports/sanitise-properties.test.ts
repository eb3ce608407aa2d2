import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RacedeskError } from '../../../src/domain/errors';
import { htmlToDoc, importReport, sanitiseHtml } from '../../../src/services/importers/reports';
import { expectSafeDoc } from './doc-safety';

const TAGS = ['p', 'div', 'a', 'b', 'i', 'em', 'strong', 's', 'ul', 'ol', 'li', 'h1', 'h2', 'h4', 'blockquote', 'br', 'span', 'table', 'tr', 'td', 'pre', 'script', 'style', 'svg', 'math', 'mtext', 'mglyph', 'iframe', 'img', 'noscript', 'template', 'form', 'select', 'textarea', 'title', 'xmp', 'foreignObject', 'object'];
const ATTRIBUTES = ['href="javascript:alert(1)"', 'href="https://www.imsa.com/"', 'href="data:text/html,x"', 'href="mailto:desk@example.com"', 'onclick="alert(1)"', 'onerror=alert(1)', 'style="x:expression(alert(1))"', 'title="</noscript><img src=x onerror=alert(1)>"', 'id=x', 'src=x', 'xlink:href="javascript:alert(1)"'];
const TEXTS = ['Lazare', ' ', '\u00a0', '<', '>', '&amp;', '&lt;script&gt;', '</p>', '<!--', '-->', '"', "'", '`', '<![CDATA[', ']]>', '\n'];

const element = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TEXTS),
    fc.tuple(fc.constantFrom(...TAGS), fc.subarray(ATTRIBUTES, { maxLength: 2 }), fc.array(tie('node'), { maxLength: 4 }), fc.boolean()).map(
      ([tag, attributes, children, closed]) => `<${tag}${attributes.map((attribute) => ` ${attribute}`).join('')}>${children.join('')}${closed ? `</${tag}>` : ''}`,
    ),
  ),
})).node;
const hostileHtml = fc.array(element, { maxLength: 6 }).map((parts) => parts.join(''));

describe('sanitising any HTML', () => {
  it('is idempotent: sanitising twice gives what sanitising once gave', () => {
    fc.assert(fc.property(fc.oneof(hostileHtml, fc.string()), (html) => sanitiseHtml(sanitiseHtml(html)) === sanitiseHtml(html)), { numRuns: 400 });
  });

  it('never lets a script, handler, style or unsafe link through', () => {
    fc.assert(
      fc.property(hostileHtml, (html) => !/<(?:script|svg|math|iframe|object|style|img|form|template|noscript)\b|\son\w+\s*=|javascript:|data:|\sstyle=/i.test(sanitiseHtml(html))),
      { numRuns: 400 },
    );
  });

  it('always converts to a valid StarterKit document', () => {
    fc.assert(fc.property(hostileHtml, (html) => expectSafeDoc(htmlToDoc(html))), { numRuns: 300 });
  });
});

function withinFiveSeconds<T>(work: Promise<T>): Promise<T> {
  return Promise.race([work, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('import took over 5 s')), 5000))]);
}

describe.each(['report.txt', 'report.md', 'report.html', 'report.docx', 'report.pdf'])('importing arbitrary bytes as %s', (fileName) => {
  it('ends in a report or a RacedeskError within 5 s, never another exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 2000 }), hostileHtml.map((html) => new TextEncoder().encode(html))), async (bytes) => {
        try {
          expectSafeDoc((await withinFiveSeconds(importReport(fileName, bytes))).doc);
        } catch (error) {
          expect(error).toBeInstanceOf(RacedeskError);
        }
      }),
      { numRuns: 60 },
    );
  });
});
