import { describe, expect, it } from 'vitest';
import { emptyMeta, type ArticleDoc, type DocNode } from '../../../src/domain/articles/article';
import { plainTextFromDoc } from '../../../src/domain/articles/plain-text';
import { TYPED_NO_BREAK_SPACE } from '../../../src/domain/articles/typed-no-break-space';
import { exportDocumentOf } from '../../../src/domain/export/export-document';
import { migrateExportSettings } from '../../../src/domain/export/export-settings';
import { markdownDocument } from '../../../src/domain/export/markdown';
import { applyHouseStyle } from '../../../src/domain/export/house-style/apply-house-style';
import { DEFAULT_HOUSE_STYLE, houseStyleSchema } from '../../../src/domain/export/house-style/house-style';
import { plainNoBreakSpaces } from '../../../src/domain/export/house-style/no-break-spaces';
import { importSeed, seedText } from './seeds';

const CANADA = '004_1efd8eb26c86836d.txt';
const RULE_OFF = houseStyleSchema.parse({ noBreakSpaces: { enabled: false } });

function countNoBreakSpaces(text: string): number {
  return text.match(/\u00a0/g)?.length ?? 0;
}

function paragraph(...content: DocNode[]): ArticleDoc {
  return { type: 'doc', content: [{ type: 'paragraph', content }] };
}

const text = (value: string, ...marks: string[]): DocNode => ({ type: 'text', text: value, ...(marks.length ? { marks: marks.map((type) => ({ type })) } : {}) });
const typed: DocNode = { type: TYPED_NO_BREAK_SPACE };

describe('non-breaking spaces from imported text', () => {
  it('makes plain the three that the Canadian report carries inside its sentences', async () => {
    const { doc } = await importSeed(CANADA);
    expect(countNoBreakSpaces(plainTextFromDoc(doc))).toBe(3);
    const styled = plainTextFromDoc(applyHouseStyle(doc, DEFAULT_HOUSE_STYLE));
    expect(countNoBreakSpaces(styled)).toBe(0);
    expect(styled).toContain('Duqueine D08 (late entry we originally missed');
    expect(styled).toContain('Daytona International Speedway Jesse Lazare went second fastest');
    expect(styled).toContain('P1 GTD / P3 overall - Parker Thompson Q - No. 12 Vasser Sullivan Lexus');
  });

  it('keeps every one of them, and changes nothing else about them, with the rule off', async () => {
    const { doc } = await importSeed(CANADA);
    const styled = plainTextFromDoc(applyHouseStyle(doc, RULE_OFF));
    expect(countNoBreakSpaces(styled)).toBe(3);
    expect(styled).toContain('Parker Thompson\u00a0 Q - No. 12 Vasser Sullivan Lexus');
  });

  it('makes one space of a run split between a bold name and the text after it', () => {
    const styled = applyHouseStyle(paragraph(text('Parker Thompson\u00a0', 'bold'), text(' Q - #12 Lexus')), DEFAULT_HOUSE_STYLE);
    expect(plainTextFromDoc(styled)).toBe('Parker Thompson Q - No. 12 Lexus');
    expect(markdownDocument(exportDocumentOf({ meta: emptyMeta(''), doc: styled }))).toBe('**Parker Thompson** Q - No. 12 Lexus\n');
  });

  it('keeps apart the words either side of one split from an italic word', () => {
    const styled = applyHouseStyle(paragraph(text('(late\u00a0'), text('entry', 'italic'), text(' we missed)')), DEFAULT_HOUSE_STYLE);
    expect(plainTextFromDoc(styled)).toBe('(late entry we missed)');
  });

  it('drops one at the start or end of a line rather than leave a space there', () => {
    const styled = applyHouseStyle(paragraph(text('\u00a0August 26, 2023|\u00a0'), { type: 'hardBreak' }, text('\u00a0 4.24.24|')), DEFAULT_HOUSE_STYLE);
    expect(styled.content[0].content).toEqual([text('August 26, 2023|'), { type: 'hardBreak' }, text('4.24.24|')]);
  });

  it('leaves a double space the writer typed with no non-breaking space in it', () => {
    expect(plainNoBreakSpaces('Thompson  Q,\u00a0Marcelli')).toBe('Thompson  Q, Marcelli');
  });

  it('also makes plain the narrow no-break space of a time and a figure space, but keeps a thin space', () => {
    expect(plainNoBreakSpaces('goes Thursday from 1:15\u202fPM to 1:50\u202fPM ET')).toBe('goes Thursday from 1:15 PM to 1:50 PM ET');
    expect(plainNoBreakSpaces('P\u20079 GTD')).toBe('P 9 GTD');
    expect(plainNoBreakSpaces('Derani\u2009\u2014\u2009on pole')).toBe('Derani\u2009\u2014\u2009on pole');
  });

  it('makes plain the ones of a Racedesk atom’s label but leaves the headline to the header, which folds every space', () => {
    const atom: DocNode = { type: 'rdCarNumber', attrs: { label: 'No.\u00a087', rosterId: 'car-87' } };
    const styled = applyHouseStyle(paragraph(text('the '), atom, text(' Duqueine')), DEFAULT_HOUSE_STYLE);
    expect(styled.content[0].content?.[1].attrs?.label).toBe('No. 87');
    const { header } = exportDocumentOf({ meta: emptyMeta('Thompson\u00a0on pole'), doc: paragraph(text('x')) }, { houseStyle: RULE_OFF });
    expect(header.headline).toBe('Thompson on pole');
  });
});

describe('non-breaking spaces the writer typed', () => {
  it('keeps one typed in No. 31 while making the imported one beside it plain', () => {
    const doc = paragraph(text('in the No.'), typed, text('31 Cadillac,\u00a0Derani'));
    const styled = applyHouseStyle(doc, DEFAULT_HOUSE_STYLE);
    expect(styled.content[0].content).toEqual([text('in the No.'), typed, text('31 Cadillac, Derani')]);
    expect(markdownDocument(exportDocumentOf({ meta: emptyMeta(''), doc: styled }))).toBe('in the No.\u00a031 Cadillac, Derani\n');
  });

  it('exports it as U+00A0 with the marks it carries, and reads it as one in the text the checker gets', () => {
    const doc = paragraph(text('No.', 'bold'), { ...typed, marks: [{ type: 'bold' }] }, text('31', 'bold'));
    const { blocks } = exportDocumentOf({ meta: emptyMeta(''), doc });
    expect(blocks).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'No.\u00a031', marks: [{ type: 'bold' }] }] }]);
    expect(plainTextFromDoc(doc)).toBe('No.\u00a031');
  });

  it('counts as a space before a quote, which therefore opens', () => {
    const styled = applyHouseStyle(paragraph(text('said'), typed, text('"we had issues"')), DEFAULT_HOUSE_STYLE);
    expect(plainTextFromDoc(styled)).toBe('said\u00a0“we had issues”');
  });
});

describe('the rule in the stored settings', () => {
  it('is on for settings saved before it existed', () => {
    const older = { schemaVersion: 1, houseStyle: { quotes: { enabled: false } } };
    expect(migrateExportSettings(older).houseStyle.noBreakSpaces).toEqual({ enabled: true });
  });

  it('refuses a setting that is not on or off, naming it', () => {
    expect(() => migrateExportSettings({ houseStyle: { noBreakSpaces: { enabled: 'sometimes' } } })).toThrow(/houseStyle\.noBreakSpaces\.enabled/);
  });
});

it('finds the 22 non-breaking spaces of the raw report, of which the importer keeps only the 3 inside sentences', async () => {
  // The other 19 sit on blank lines or at line ends, which the importer drops or trims.
  expect(countNoBreakSpaces(seedText(CANADA))).toBe(22);
  expect(countNoBreakSpaces(plainTextFromDoc((await importSeed(CANADA)).doc))).toBe(3);
});
