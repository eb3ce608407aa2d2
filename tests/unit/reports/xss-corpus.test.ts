import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importReport, sanitiseHtml } from '../../../src/services/importers/reports';
import { allText, expectSafeDoc, HOSTILE } from './doc-safety';

const CORPUS = resolve(import.meta.dirname, '../../fixtures/xss');
const SURVIVING_SENTENCE = 'Lazare’s lap was .185 seconds faster than Rennsport One’s Stevan McAleer.';
const files = ['html', 'md'].flatMap((folder) => readdirSync(resolve(CORPUS, folder)).map((name) => `${folder}/${name}`));

describe.each(files)('the hostile file %s', (file) => {
  const bytes = new Uint8Array(readFileSync(resolve(CORPUS, file)));

  it('imports to a StarterKit document with only http(s) and mailto links', async () => {
    expectSafeDoc((await importReport(file, bytes)).doc);
  });

  it('leaves no script, handler, javascript:/data: link, SVG, frame or style, even as text', async () => {
    expect(allText(await importReport(file, bytes))).not.toMatch(HOSTILE);
  });

  it('keeps the report sentence it carries', async () => {
    expect(allText(await importReport(file, bytes))).toContain(SURVIVING_SENTENCE);
  });
});

describe.each(files.filter((file) => file.startsWith('html/')))('the hostile page %s', (file) => {
  it('sanitises to HTML with no executable part, stable when sanitised again', () => {
    const bytes = new Uint8Array(readFileSync(resolve(CORPUS, file)));
    const clean = sanitiseHtml(new TextDecoder().decode(bytes));
    expect(clean).not.toMatch(/<(?:script|svg|math|iframe|object|embed|style|img|form|input|meta|base|link|template)\b|\son\w+\s*=|javascript:|data:|\sstyle=/i);
    expect(sanitiseHtml(clean)).toBe(clean);
  });
});

it('the corpus covers every family the security brief names', () => {
  expect(files.map((file) => file.replace(/^\w+\/\d+-|\.\w+$/g, ''))).toEqual(expect.arrayContaining(['script-tag', 'event-handlers', 'javascript-links', 'data-links', 'svg', 'mxss-noscript', 'mxss-math-style', 'mxss-namespace']));
});
