import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { ArticleDoc } from '../../../src/domain/articles/article';
import { emptyMeta } from '../../../src/domain/articles/article';
import { exportDocumentOf } from '../../../src/domain/export/export-document';
import { renderDocx } from '../../../src/services/export/docx';
import { importSeed, seedFileNames } from './seeds';
import { missingSentences } from './sentences';
import { tagDoc } from './tag-doc';

async function docxOf(meta: Parameters<typeof exportDocumentOf>[0]['meta'], doc: ArticleDoc) {
  return Buffer.from(await renderDocx(exportDocumentOf({ meta, doc })));
}

describe('DOCX export', () => {
  it.each(seedFileNames)('reads %s back with mammoth to every sentence and no tag', async (fileName) => {
    const { meta, doc } = await importSeed(fileName);
    const buffer = await docxOf(meta, tagDoc(doc));
    const { value: text } = await mammoth.extractRawText({ buffer });
    expect(missingSentences(doc, text)).toEqual([]);
    expect(text).not.toMatch(/rdEntity|rdResult|rosterId/);
    expect(text.startsWith(meta.headline.trim().slice(0, 30))).toBe(true);
  });

  it('writes real headings, bulleted and numbered lists, links and emphasis', async () => {
    const doc: ArticleDoc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'GTP' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Derani', marks: [{ type: 'bold' }] }, { type: 'text', text: ' on ' }, { type: 'text', text: 'pole', marks: [{ type: 'italic' }, { type: 'link', attrs: { href: 'https://www.imsa.com/' } }] }] },
        { type: 'bulletList', content: ['Cadillac', 'Porsche'].map((text) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })) },
        { type: 'orderedList', attrs: { start: 1 }, content: ['Derani', 'Bourdais'].map((text) => ({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] })) },
      ],
    };
    const { value: html } = await mammoth.convertToHtml({ buffer: await docxOf({ ...emptyMeta('Cadillac on pole'), standfirst: 'Derani leads a Cadillac front row' }, doc) });
    expect(html).toContain('<h2>GTP</h2>');
    expect(html).toContain('<p><strong>Derani</strong> on <a href="https://www.imsa.com/"><em>pole</em></a></p>');
    expect(html).toContain('<ul><li>Cadillac</li><li>Porsche</li></ul>');
    expect(html).toContain('<ol><li>Derani</li><li>Bourdais</li></ol>');
    expect(html).toContain('<strong>Derani leads a Cadillac front row</strong>');
  });
});
