import { describe, expect, it } from 'vitest';
import { plainTextFromDoc } from '../../../src/domain/articles/plain-text';
import { blocksFromPlainText, cleanReport } from '../../../src/domain/reports';

function clean(text: string) {
  const report = cleanReport(blocksFromPlainText(text));
  return { kinds: report.removed.map((piece) => piece.kind), text: plainTextFromDoc(report.doc) };
}

const PROSE = 'Lazare set the fastest lap of the session at 103.637 mph and will start from pole position on Friday.';

describe('furniture rules', () => {
  it.each([
    ['Share this article: Facebook Twitter Email', 'share-prompt'],
    ['Sign in', 'sign-in-prompt'],
    ['Already a subscriber? Sign in', 'sign-in-prompt'],
    ['Sign up for our free weekly newsletter and get the news in your inbox.', 'newsletter-prompt'],
    ['Advertisement', 'advertisement'],
    ['Home > News > IMSA', 'navigation'],
    ['Photo: IMSA', 'photo-credit'],
    ['Read more: Lazare wins at Sebring', 'read-more'],
    ['The post Lazare wins pole appeared first on Motorsport News.', 'read-more'],
    ['IMG_0042.jpg', 'image-file-name'],
    ['Page 2 of 3', 'page-margin'],
    ['Lazare leads the field at Sebring (Photo by Jake Galstad)', 'photo-credit'],
    ['Lazare leads the field at Sebring. Photo courtesy of IMSA', 'photo-credit'],
    ['• Team News', 'navigation'],
  ])('removes "%s" as %s', (line, kind) => {
    const { kinds, text } = clean(`${PROSE}\n\n${line}\n\n${PROSE}`);
    expect(kinds).toEqual([kind]);
    expect(text).not.toContain(line);
  });

  it.each([
    'Sign of things to come: Lazare topped every session of the weekend at Sebring International Raceway.',
    'Log books show the car had run 400 miles before qualifying began on Thursday afternoon.',
    'Advertisement boards were knocked over when the Porsche went off at turn 17 in the final minutes.',
    'Home straight speed was the key, said Lazare, who gained three tenths on the run to turn one.',
    'Photographers captured the moment Lazare crossed the line, a tenth clear of McAleer.',
    'Race Results',
    'Qualifying Reports',
    'The team posted a picture by the pit wall after the session had finished on Thursday',
    'Marshals cleared the debris quickly after the crash (photos of which were shared widely)',
    'The record lap was confirmed by the timing team later that evening (source: IMSA timing)',
    'LMP2',
    'GTD and GTD Pro',
    '• Jesse Lazare',
    '#61 George Staikos - Ave Motorsports - Ligier JS P320',
    'P1 GTD / P3 overall - Parker Thompson Q - #12 Vasser Sullivan Lexus',
  ])('keeps "%s"', (line) => {
    const { kinds, text } = clean(`${PROSE}\n\n${line}\n\n${PROSE}`);
    expect(kinds).toEqual([]);
    expect(text).toContain(line);
  });

  it('drops paragraphs of nothing but non-breaking spaces without listing them', () => {
    const { kinds, text } = clean(`${PROSE}\n\u00a0\n\u00a0 \u00a0\n${PROSE}`);
    expect(kinds).toEqual([]);
    expect(text).toBe(`${PROSE}\n\n${PROSE}`);
  });

  it('joins hard-wrapped e-mail copy back into paragraphs', () => {
    const wrapped = [
      'Lazare set the fastest lap of the session at 103.637 mph and will',
      'start from pole position on Friday afternoon, with McAleer second and',
      'Holton third after a session that ran without a single red flag or',
      'stoppage, the stewards confirmed once the times had been checked.',
      '',
      'Gottsacker took the TCR pole by .299 seconds from Chris Miller in the',
      'JDC-Miller Audi, with Filippi third in the second Hyundai of the team.',
    ].join('\n');
    expect(blocksFromPlainText(wrapped).map((block) => block.text)).toHaveLength(2);
  });
});
