import { describe, expect, it } from 'vitest';
import { importReport } from '../../../src/services/importers/reports';
import { exportDocumentOf } from '../../../src/domain/export/export-document';
import { markdownDocument } from '../../../src/domain/export/markdown';
import { expectSafeDoc } from './doc-safety';

const MARKDOWN = `# Jeansonne Claims Mazda MX-5 Cup Pole in Backup Car

Jeansonne reset the **Mazda MX-5 Cup** qualifying lap record with a pole time of 2:06.544 seconds at [VIR](https://www.virnow.com/).

## Top three

1. Aaron Jeansonne
2. Connor Zilisch
3. Jared Thomas

> We had some issues in practice and had to go to a backup car.

Share this article: Facebook Twitter Email
`;

describe('importing a Markdown report', () => {
  const imported = importReport('vir.md', new TextEncoder().encode(MARKDOWN));

  it('takes the level-1 heading as the headline', async () => {
    expect((await imported).meta.headline).toBe('Jeansonne Claims Mazda MX-5 Cup Pole in Backup Car');
  });

  it('keeps headings, ordered lists, quotes, bold and links in StarterKit form', async () => {
    const { doc, format } = await imported;
    expect(format).toBe('md');
    expectSafeDoc(doc);
    expect(doc.content.map((node) => node.type)).toEqual(['paragraph', 'heading', 'orderedList', 'blockquote']);
    expect(doc.content[2].content).toHaveLength(3);
    const link = doc.content[0].content?.find((node) => node.marks?.some((mark) => mark.type === 'link'));
    expect(link?.marks?.[0].attrs?.href).toBe('https://www.virnow.com/');
  });

  it('cleans the share row like any other furniture', async () => {
    expect((await imported).removed.map((piece) => piece.kind)).toEqual(['headline', 'share-prompt']);
  });
});

describe('a Markdown report with sub-points', () => {
  it('keeps a nested list nested through import and Markdown export', async () => {
    const { doc } = await importReport('notes.md', new TextEncoder().encode('- GTP\n  1. Derani\n  2. Bourdais\n- LMP2\n'));
    expectSafeDoc(doc);
    const markdown = markdownDocument(exportDocumentOf({ meta: { headline: '' }, doc } as Parameters<typeof exportDocumentOf>[0]));
    expect(markdown).toBe('- GTP\n  1. Derani\n  2. Bourdais\n- LMP2\n');
  });
});

describe('a sub-list numbered from 3', () => {
  it('is written after a blank line, since only a list from 1 may interrupt a paragraph in CommonMark', async () => {
    const { doc } = await importReport('notes.md', new TextEncoder().encode('- GTP\n\n  3. Nasr\n  4. De Phillippi\n'));
    const markdown = markdownDocument(exportDocumentOf({ meta: { headline: '' }, doc } as Parameters<typeof exportDocumentOf>[0]));
    expect(markdown).toBe('- GTP\n\n  3. Nasr\n  4. De Phillippi\n');
    const { doc: again } = await importReport('again.md', new TextEncoder().encode(markdown));
    expect(again).toEqual(doc);
  });
});
