import { describe, expect, it } from 'vitest';
import { exportDocumentOf } from '../../../src/domain/export/export-document';
import { htmlDocumentForPrint } from '../../../src/domain/export/print-page';
import { renderPdf } from '../../../src/services/export/pdf';
import { forbiddenMarkup } from './html-check';
import { pdfText } from './pdf-text';
import { importSeed, seedFileNames } from './seeds';
import { missingSentences } from './sentences';
import { tagDoc } from './tag-doc';

describe('PDF export through Chromium', () => {
  it.each(seedFileNames)('prints %s to a PDF whose text holds every sentence', async (fileName) => {
    const { meta, doc } = await importSeed(fileName);
    const page = htmlDocumentForPrint(exportDocumentOf({ meta, doc: tagDoc(doc) }));
    expect(forbiddenMarkup(page.replace(/<style>[\s\S]*<\/style>/, ''))).toEqual([]);
    const bytes = await renderPdf(page);
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    const { text, pages } = await pdfText(bytes);
    expect(pages).toBeGreaterThan(0);
    expect(missingSentences(doc, text)).toEqual([]);
    expect(text).not.toMatch(/rdEntity|rdResult|rosterId/);
  });
});

describe('PDF export without Chromium', () => {
  it('tells the user where it looked and how to point it elsewhere', async () => {
    const before = process.env.RACEDESK_CHROMIUM;
    process.env.RACEDESK_CHROMIUM = '/nonexistent/chromium';
    try {
      await expect(renderPdf('<p>x</p>')).rejects.toMatchObject({ code: 'unsupported', message: expect.stringContaining('/nonexistent/chromium') });
    } finally {
      if (before === undefined) delete process.env.RACEDESK_CHROMIUM;
      else process.env.RACEDESK_CHROMIUM = before;
    }
  });
});
