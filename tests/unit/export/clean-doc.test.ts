import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../../../src/domain/articles/article';
import { cleanDoc } from '../../../src/domain/export/clean-doc';
import { emptyMeta } from '../../../src/domain/articles/article';
import { exportDocumentOf } from '../../../src/domain/export/export-document';
import { htmlFragment } from '../../../src/domain/export/html';
import { markdownDocument } from '../../../src/domain/export/markdown';
import { plainTextDocument } from '../../../src/domain/export/plain-text';
import { forbiddenMarkup } from './html-check';

const taggedDoc: ArticleDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Pipo Derani', marks: [{ type: 'rdEntity', attrs: { kind: 'driver', rosterId: 'd-31', label: 'Pipo Derani' } }] },
        { type: 'text', text: ' turned in ' },
        { type: 'text', text: '1:32.656', marks: [{ type: 'bold' }, { type: 'rdResult', attrs: { kind: 'lapTime', value: 92.656, unit: 's' } }] },
        { type: 'text', text: ' in the ' },
        { type: 'rdCar', attrs: { label: '#31', rosterId: 'car-31' } },
        { type: 'text', text: ' Cadillac.' },
      ],
    },
    { type: 'rdClaimBox', attrs: { id: 'c1' }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Unwrapped block.', marks: [{ type: 'highlight', attrs: { color: 'red' } }] }] }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'A link', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)', class: 'x' } }] }] },
  ],
};

describe('cleaning a tagged document', () => {
  it('drops rdEntity and rdResult marks but keeps bold', () => {
    const [first] = cleanDoc(taggedDoc);
    expect(first).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Pipo Derani turned in ', marks: [] },
        { type: 'text', text: '1:32.656', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' in the #31 Cadillac.', marks: [] },
      ],
    });
  });

  it('unwraps an unknown block to its paragraphs and drops unknown marks', () => {
    expect(cleanDoc(taggedDoc)[1]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'Unwrapped block.', marks: [] }] });
  });

  it('keeps the text of a link whose address is not http, https or mailto, but not the link', () => {
    expect(cleanDoc(taggedDoc)[2]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'A link', marks: [] }] });
  });

  it('leaves no trace of the tags in Markdown, HTML or plain text', () => {
    const document = exportDocumentOf({ meta: emptyMeta('Derani on pole'), doc: taggedDoc });
    const outputs = [markdownDocument(document), htmlFragment(document), plainTextDocument(document, { wrapColumns: 40 })];
    for (const output of outputs) {
      expect(output).not.toMatch(/rd[A-Z]|rosterId|d-31|car-31|highlight|javascript|data-|class/);
      expect(output).toContain('#31 Cadillac.');
    }
    expect(forbiddenMarkup(htmlFragment(document))).toEqual([]);
    expect(htmlFragment(document)).toContain('<p>Pipo Derani turned in <strong>1:32.656</strong> in the #31 Cadillac.</p>');
  });

  it('keeps headings, lists and quotes as real structure', () => {
    const doc: ArticleDoc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'GTP' }] },
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Cadillac' }] }] }] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Eight tenths is honestly insane' }] }] },
      ],
    };
    const document = exportDocumentOf({ meta: emptyMeta(''), doc });
    expect(htmlFragment(document)).toBe('<h2>GTP</h2>\n<ol start="3">\n<li>Cadillac</li>\n</ol>\n<blockquote>\n<p>Eight tenths is honestly insane</p>\n</blockquote>');
    expect(markdownDocument(document)).toBe('## GTP\n\n3. Cadillac\n\n> Eight tenths is honestly insane\n');
    expect(plainTextDocument(document, { wrapColumns: 20 })).toBe('GTP\n\n3. Cadillac\n\n> Eight tenths is\n> honestly insane\n');
  });
});

describe('links in plain text', () => {
  it('give their address once after the whole link, even when part of it is bold', () => {
    const link = { type: 'link', attrs: { href: 'https://www.imsa.com/results/' } };
    const doc: ArticleDoc = {
      type: 'doc',
      content: [{ type: 'paragraph', content: [
        { type: 'text', text: 'See the ' },
        { type: 'text', text: 'official ', marks: [link] },
        { type: 'text', text: 'results', marks: [link, { type: 'bold' }] },
        { type: 'text', text: ' or write to ' },
        { type: 'text', text: 'press@imsa.com', marks: [{ type: 'link', attrs: { href: 'mailto:press@imsa.com' } }] },
        { type: 'text', text: '.' },
      ] }],
    };
    const text = plainTextDocument(exportDocumentOf({ meta: emptyMeta(''), doc }), { wrapColumns: null });
    expect(text).toBe('See the official results (https://www.imsa.com/results/) or write to press@imsa.com.\n');
  });
});
