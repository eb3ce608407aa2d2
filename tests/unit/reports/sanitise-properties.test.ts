import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { htmlToDoc, sanitiseHtml } from '../../../src/services/importers/reports';
import { expectSafeDoc } from './doc-safety';
import { hostileHtml } from './hostile-html-arbitrary';
import { unsafeParts } from './html-safety';
import { runs } from '../fuzz';

describe('sanitising any HTML', () => {
  it('is idempotent: sanitising twice gives what sanitising once gave', () => {
    fc.assert(fc.property(fc.oneof(hostileHtml, fc.string()), (html) => sanitiseHtml(sanitiseHtml(html)) === sanitiseHtml(html)), runs(400));
  });

  it('never lets a script, handler, style or unsafe link through: the parsed result holds article markup only', () => {
    fc.assert(
      fc.property(hostileHtml, (html) => {
        expect(unsafeParts(sanitiseHtml(html))).toEqual([]);
      }),
      runs(400),
    );
  });

  it('keeps an attack written out inside CDATA as harmless text, not markup (CI counterexample, seed 563138371)', () => {
    const html = '<p><![CDATA[<p title="</noscript><img src=x onerror=alert(1)>" xlink:href="javascript:alert(1)">';
    const clean = sanitiseHtml(html);
    expect(unsafeParts(clean)).toEqual([]);
    expect(new JSDOM(clean).window.document.querySelectorAll('img, [onerror], [title]')).toHaveLength(0);
  });

  it('the safety check itself catches a handler, an unknown element and a script link', () => {
    expect(unsafeParts('<p onclick="x()">a</p><img src=x><a href="javascript:alert(1)">b</a><p>javascript: is text</p>')).toEqual([
      'p[onclick]',
      '<img>',
      'img[src]',
      'href=javascript:alert(1)',
    ]);
  });

  it('always converts to a valid StarterKit document', () => {
    fc.assert(fc.property(hostileHtml, (html) => expectSafeDoc(htmlToDoc(html))), runs(300));
  });
});
