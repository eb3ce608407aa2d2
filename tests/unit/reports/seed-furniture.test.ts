import { describe, expect, it } from 'vitest';
import { plainTextFromDoc } from '../../../src/domain/articles/plain-text';
import { blocksFromPlainText, prepareReport } from '../../../src/domain/reports';
import { normalise, readSeed, SEED_FILES } from './seed-reports';

/** What a careful sub-editor would strip from each seed, read off the files by hand: [kind, lines]. */
const FURNITURE: Record<(typeof SEED_FILES)[number], [string, string[]][]> = {
  '000_7e644020b4a2f233.txt': [
    ['site-name', ['Motorsport News']],
    ['headline', ['Jesse Lazare Wins Alan Jay Automotive Network 120 Pole']],
    ['photo-credit', ['Jesse Lazare during practice for the Alan Jay Automotive Network 120 at Sebring International Raceway, 3/13/2024 (Photo: Courtesy of IMSA)']],
    ['sign-in-prompt', ['Sign…']],
    ['read-more', ['Click Here to Read the Full Original Article at …']],
  ],
  '001_2aa36fd05cbfe5d2.txt': [
    ['date', ['date 2024-01-25']],
    ['social-embed', [
      '“Eight tenths is honestly insane”',
      'Sean McAlister speaks on winning the BMW M Endurance Challenge pole.',
      '🎥: @critic84 pic.twitter.com/grKUEfNB7Q — Frontstretch (@Frontstretch) January 25, 2024',
    ]],
  ],
  '002_0a3212d7f48ef562.txt': [
    ['headline', ['Jeansonne Claims Mazda MX-5 Cup Pole in Backup Car']],
    ['date', ['August 26, 2023|']],
    ['navigation', ['• Series News']],
    ['image-file-name', ['23-MX5-VIR-Qual']],
    ['related-stories', [
      '• 24-MX5-HinchandThomas', '4.24.24|', '• Series News',
      '• 24-BSI-Sebring', '3.19.24|', '• Team News',
      '• 24-MX5-SEB-Race2', '3.15.24|', '• Series News',
      '• 24-MX5-SEB-Race1', '3.14.24|', '• Series News',
      '• 24-MX5-Qual', '3.13.24|', '• Series News',
    ]],
  ],
  '003_d40ddc186b745cfd.txt': [['byline', ['date 2024-01-22 By Carlo Platella']]],
  '004_1efd8eb26c86836d.txt': [
    ['photo-credit', ['The Rolex 24 at Daytona Marks the Beginning of Year Jam-packed with Racing Action on Canada’s 24/7 Motorsports and Motoring Destination. (Photo-Chester Hawley)']],
    ['byline', ['By: Chris Jameson/RaceCanada.ca']],
    ['date', ['January 24, 2024']],
    ['download-prompt', ['Click the IMAGE BELOW to download the RaceCanada 2024 Rolex 24 Viewers Guide to Canadians (printable, in .pdf format)']],
    ['image-file-name', ['24012402a']],
  ],
};

/** Every line of the raw seed that is article, with the furniture lines (and the 001 date token) taken out. */
function articleLines(raw: string, furniture: [string, string[]][]): string[] {
  const furnitureLines = new Set(furniture.flatMap(([, lines]) => lines.map(normalise)));
  return raw
    .split('\n')
    .map(normalise)
    .filter((line) => line !== '' && !furnitureLines.has(line))
    .map((line) => line.replace(/^date \d{4}-\d{2}-\d{2} /, ''));
}

describe.each(SEED_FILES)('furniture in seed %s', (fileName) => {
  const raw = readSeed(fileName);
  const report = prepareReport(blocksFromPlainText(raw), { sectionHeadings: true, fallbackHeadline: fileName });

  it('removes exactly the furniture a sub-editor would strip, each piece named by kind', () => {
    const removed = report.removed.map((piece) => [piece.kind, piece.text.split('\n').map(normalise)]);
    expect(removed).toEqual(FURNITURE[fileName]);
  });

  it('keeps every line of the article proper, word for word', () => {
    const cleanText = normalise(plainTextFromDoc(report.doc));
    const lines = articleLines(raw, FURNITURE[fileName]);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(cleanText).toContain(line);
  });

  it('leaves no blank or non-breaking-space paragraph behind', () => {
    for (const node of report.doc.content) expect(normalise(plainTextFromDoc({ type: 'doc', content: [node] }))).not.toBe('');
  });
});
