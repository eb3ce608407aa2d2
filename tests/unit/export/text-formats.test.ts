import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { exportDocumentOf } from '../../../src/domain/export/export-document';
import { htmlFragment, htmlPage } from '../../../src/domain/export/html';
import { markdownDocument } from '../../../src/domain/export/markdown';
import { plainTextDocument } from '../../../src/domain/export/plain-text';
import { forbiddenMarkup, visibleText } from './html-check';
import { importSeed, seedFileNames } from './seeds';
import { missingSentences } from './sentences';
import { countTags, tagDoc } from './tag-doc';

const TAG_TRACES = /rdEntity|rdResult|rdCarNumber|rosterId|data-|<span|class=|style=/;

describe.each(seedFileNames)('seed %s, imported and tagged', (fileName) => {
  const load = async () => {
    const imported = await importSeed(fileName);
    const tagged = { meta: imported.meta, doc: tagDoc(imported.doc) };
    return { imported, tagged, document: exportDocumentOf(tagged) };
  };

  it('carries tags for the export to strip', async () => {
    const { tagged } = await load();
    expect(countTags(tagged.doc)).toBeGreaterThan(0);
  });

  it('exports as CommonMark that reads back to every sentence, with no tag markup', async () => {
    const { imported, document } = await load();
    const markdown = markdownDocument(document);
    expect(markdown).not.toMatch(TAG_TRACES);
    const rendered = new MarkdownIt('commonmark').render(markdown);
    expect(forbiddenMarkup(rendered)).toEqual([]);
    expect(missingSentences(imported.doc, visibleText(rendered))).toEqual([]);
  });

  it('exports as semantic HTML with no span, class, style or data-* and every sentence', async () => {
    const { imported, document } = await load();
    const page = htmlPage(document);
    expect(page).not.toMatch(TAG_TRACES);
    expect(forbiddenMarkup(page)).toEqual([]);
    expect(missingSentences(imported.doc, visibleText(htmlFragment(document)))).toEqual([]);
  });

  it('exports as plain text, unwrapped and wrapped at 72 columns, with every sentence', async () => {
    const { imported, document } = await load();
    const unwrapped = plainTextDocument(document, { wrapColumns: null });
    const wrapped = plainTextDocument(document, { wrapColumns: 72 });
    expect(missingSentences(imported.doc, unwrapped)).toEqual([]);
    expect(missingSentences(imported.doc, wrapped)).toEqual([]);
    const overlong = wrapped.split('\n').filter((line) => line.length > 72 && line.includes(' '));
    expect(overlong).toEqual([]);
  });

  it('puts the headline first in every format', async () => {
    const { imported, document } = await load();
    const headline = imported.meta.headline.trim();
    expect(markdownDocument(document).split('\n')[0]).toContain(headline.slice(0, 20));
    expect(plainTextDocument(document, { wrapColumns: null }).startsWith(headline)).toBe(true);
  });
});
