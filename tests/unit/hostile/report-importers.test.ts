import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importPaste, importReport, sanitiseHtml } from '../../../src/services/importers/reports';
import { expectSafeDoc } from '../reports/doc-safety';
import { endsWell, endsWellNow } from './ends-well';
import { hostileHtml } from './hostile-html';
import { unsafeParts } from '../reports/html-safety';
import { anyText, pathologicalText, racingText } from './racing-text';
import { runs } from '../fuzz';

const encode = (text: string) => new TextEncoder().encode(text);

describe('the sanitiser on hostile HTML', () => {
  it('leaves no executable markup and is idempotent: sanitising its output changes nothing', () => {
    fc.assert(
      fc.property(hostileHtml, (html) => {
        const { result: clean } = endsWellNow(() => sanitiseHtml(html));
        if (clean === undefined) return;
        expect(unsafeParts(clean)).toEqual([]);
        expect(sanitiseHtml(clean)).toBe(clean);
      }),
      runs(150),
    );
  });
});

describe('report importers on hostile files', () => {
  it('turn hostile HTML pages into safe documents or a typed error, within five seconds', async () => {
    await fc.assert(
      fc.asyncProperty(hostileHtml, async (html) => {
        const { result } = await endsWell(() => importReport('page.html', encode(html)));
        if (result) expectSafeDoc(result.doc);
      }),
      runs(60),
    );
  });

  it('turn hostile Markdown into safe documents or a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileHtml, racingText, pathologicalText).map((body) => `# ${body}\n\n[x](javascript:alert(1)) ${body}\n\n> ${body}`), async (markdown) => {
        const { result } = await endsWell(() => importReport('report.md', encode(markdown)));
        if (result) expectSafeDoc(result.doc);
      }),
      runs(60),
    );
  });

  it('turn any bytes named .txt, .md or .html into safe documents or a typed error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.uint8Array({ maxLength: 400 }), anyText.map(encode), pathologicalText.map(encode)),
        fc.constantFrom('r.txt', 'r.md', 'r.html', 'r'),
        async (bytes, name) => {
          const { result } = await endsWell(() => importReport(name, bytes));
          if (result) expectSafeDoc(result.doc);
        },
      ),
      runs(80),
    );
  });

  it('turn a hostile rich paste into a safe document or a typed error', () => {
    fc.assert(
      fc.property(hostileHtml, fc.oneof(racingText, anyText), (html, plainText) => {
        const { result } = endsWellNow(() => importPaste(html, plainText));
        if (result) expectSafeDoc(result.doc);
      }),
      runs(60),
    );
  });
});
