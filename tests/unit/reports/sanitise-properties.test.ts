import fc from 'fast-check';
import { describe, it } from 'vitest';
import { htmlToDoc, sanitiseHtml } from '../../../src/services/importers/reports';
import { expectSafeDoc } from './doc-safety';
import { hostileHtml } from './hostile-html-arbitrary';

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
