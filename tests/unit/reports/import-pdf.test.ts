import { describe, expect, it } from 'vitest';
import { plainTextFromDoc } from '../../../src/domain/articles/plain-text';
import { importReport } from '../../../src/services/importers/reports';
import { allText, expectSafeDoc } from './doc-safety';
import { minimalPdf } from './minimal-pdf';

const REPORT_PAGES = [
  [
    'Jesse Lazare Wins Alan Jay Automotive Network 120 Pole',
    '',
    "Motorsports In Action's Jesse Lazare won the pole Thursday afternoon (March 14, 2024) for the",
    "IMSA Michelin Pilot Challenge Alan Jay Automotive Network 120. Lazare's lap was at 103.637 mph,",
    'an official track record for Pilot Challenge at Sebring.',
    '',
    'TCR',
    '',
    'Just before the halfway point of the session, Bryan Herta Autosport driver Harry Gottsacker set',
    'a lap at 101.142 mph to take the provisional pole. From there, Gottsacker let the other 13 drivers',
    'try to beat him, and when time expired nobody had managed it as the veteran racer took the pole',
    'from Chris Miller, who had led the early part of the session and was the fastest in the qualify-',
    'ing session until the final minutes. Gottsacker ended up .299 seconds faster than Miller, and',
  ],
  [
    'the two will share the front row for the race on Friday afternoon.',
    '',
    'The Alan Jay Automotive Network 120 is scheduled to go green at 3:15 p.m. ET Friday afternoon.',
  ],
];

describe('importing a .pdf report', () => {
  const imported = importReport('sebring.pdf', minimalPdf({ pages: REPORT_PAGES }));

  it('joins wrapped lines into paragraphs, across the page break and a hyphenated word', async () => {
    const { doc, format } = await imported;
    expect(format).toBe('pdf');
    expectSafeDoc(doc);
    const paragraphs = plainTextFromDoc(doc).split('\n\n');
    expect(paragraphs).toEqual([
      "Motorsports In Action's Jesse Lazare won the pole Thursday afternoon (March 14, 2024) for the IMSA Michelin Pilot Challenge Alan Jay Automotive Network 120. Lazare's lap was at 103.637 mph, an official track record for Pilot Challenge at Sebring.",
      'TCR',
      expect.stringMatching(/^Just before the halfway point .* fastest in the qualifying session until the final minutes\. .* and the two will share the front row for the race on Friday afternoon\.$/),
      'The Alan Jay Automotive Network 120 is scheduled to go green at 3:15 p.m. ET Friday afternoon.',
    ]);
  });

  it('reads a PDF handed over as a Node Buffer, as the library reads files from disk', async () => {
    const report = await importReport('from-disk.pdf', Buffer.from(minimalPdf({ pages: REPORT_PAGES })));
    expect(plainTextFromDoc(report.doc)).toContain('Gottsacker ended up .299 seconds faster than Miller');
  });

  it('makes the label line a heading and the title the headline', async () => {
    const { doc, meta } = await imported;
    expect(doc.content[1]).toMatchObject({ type: 'heading', attrs: { level: 2 } });
    expect(meta).toMatchObject({ headline: 'Jesse Lazare Wins Alan Jay Automotive Network 120 Pole', date: '2024-03-14', track: 'Sebring International Raceway' });
  });

  it('reads only the text of a PDF whose open action and page action run JavaScript', async () => {
    const script = 'globalThis.racedeskPdfScriptRan = true; app.alert("pwned")';
    const report = await importReport('hostile.pdf', minimalPdf({ pages: REPORT_PAGES, openActionScript: script }));
    expect((globalThis as { racedeskPdfScriptRan?: boolean }).racedeskPdfScriptRan).toBeUndefined();
    expect(allText(report)).not.toMatch(/racedeskPdfScriptRan|app\.alert|pwned|JavaScript/);
    expect(plainTextFromDoc(report.doc)).toContain('Gottsacker ended up .299 seconds faster than Miller');
  });

  it('refuses a truncated PDF as a damaged file, naming it', async () => {
    const bytes = minimalPdf({ pages: REPORT_PAGES });
    await expect(importReport('cut.pdf', bytes.slice(0, 40))).rejects.toMatchObject({ code: 'bad-file', message: expect.stringMatching(/^cut\.pdf: not a readable PDF/) });
  });

  it('refuses bytes that are not a PDF at all', async () => {
    await expect(importReport('fake.pdf', new TextEncoder().encode('Lazare on pole at Sebring'))).rejects.toMatchObject({ code: 'bad-file', message: expect.stringMatching(/^fake\.pdf: /) });
  });

  it('refuses a PDF with no text layer, saying it reads text and not pictures', async () => {
    await expect(importReport('scan.pdf', minimalPdf({ pages: [[]] }))).rejects.toMatchObject({ code: 'unsupported', message: expect.stringContaining('scan.pdf: has no text layer') });
  });

  it('takes out the running header and footer a browser prints on every page, and joins the paragraph they interrupt', async () => {
    const header = (page: number) => `3/14/24, 10:1${page} AM Jesse Lazare Wins Alan Jay Automotive Network 120 Pole | Motorsport News`;
    const footer = (page: number) => `https://www.motorsportnews.example/imsa/lazare-pole ${page}/2`;
    const pages = REPORT_PAGES.map((lines, index) => [header(index + 1), '', ...lines, '', '', footer(index + 1)]);
    const report = await importReport('printed.pdf', minimalPdf({ pages }));
    expect(report.removed.map((piece) => [piece.kind, piece.text])).toEqual([
      ['page-margin', header(1)],
      ['headline', 'Jesse Lazare Wins Alan Jay Automotive Network 120 Pole'],
      ['page-margin', footer(1)],
      ['page-margin', header(2)],
      ['page-margin', footer(2)],
    ]);
    expect(plainTextFromDoc(report.doc)).toMatch(/fastest in the qualifying session until the final minutes\. .* and the two will share the front row/);
  });
});
