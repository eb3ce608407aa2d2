import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import type { ExportInline, ExportMark } from '../../../src/domain/export/export-doc';
import { markdownDocument } from '../../../src/domain/export/markdown';
import { runs } from '../fuzz';

const commonMark = new MarkdownIt('commonmark');

function markdownOf(content: ExportInline[]): string {
  return markdownDocument({ header: { headline: null, standfirst: null, byline: null, dateline: null }, blocks: [{ type: 'paragraph', content }] });
}

/** The text CommonMark reads out of `markdown`, from markdown-it's tokens (no DOM needed, so it runs fast). */
function textReadBack(markdown: string): string {
  return commonMark
    .parse(markdown, {})
    .flatMap((token) => token.children ?? [])
    .map((token) => (token.type === 'text' || token.type === 'code_inline' ? token.content : token.type.endsWith('break') ? ' ' : token.type === 'html_inline' ? '' : ''))
    .join('');
}

function text(value: string, ...marks: ExportMark[]): ExportInline {
  return { type: 'text', text: value, marks };
}

describe('Markdown export', () => {
  it.each([
    ['# not a heading', '\\# not a heading'],
    ['1. not a list', '1\\. not a list'],
    ['- not a bullet', '\\- not a bullet'],
    ['*not emphasis* and _not_ either', '\\*not emphasis\\* and \\_not\\_ either'],
    ['[not](a link) <b>nor html</b>', '\\[not\\](a link) \\<b>nor html\\</b>'],
    ['AT&T&amp;', 'AT&T\\&amp;'],
  ])('escapes %j so it reads back as text', (raw, escaped) => {
    const markdown = markdownOf([text(raw)]);
    expect(markdown.trim()).toBe(escaped);
    expect(commonMark.render(markdown)).toBe(`<p>${raw.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</p>\n`);
  });

  it('writes bold, italic and links as CommonMark', () => {
    const markdown = markdownOf([
      text('Pole for '),
      text('Derani', { type: 'bold' }),
      text(' in '),
      text('1:32.656', { type: 'link', href: 'https://imsa.com/results (final)' }, { type: 'italic' }),
    ]);
    expect(markdown).toBe('Pole for **Derani** in [*1:32.656*](https://imsa.com/results%20%28final%29)\n');
  });

  it('falls back to inline HTML where * would not be read as emphasis', () => {
    const markdown = markdownOf([text('lap'), text('"1:32.656"', { type: 'bold' }), text('s')]);
    expect(commonMark.render(markdown)).toBe('<p>lap<strong>&quot;1:32.656&quot;</strong>s</p>\n');
  });

  it('reads back any text with any formatting to the same text and the same bold', () => {
    const markArbitrary = fc.constantFrom<ExportMark>({ type: 'bold' }, { type: 'italic' }, { type: 'code' }, { type: 'link', href: 'https://example.com/a b' });
    const inlineArbitrary = fc.record({
      text: fc.string({ unit: fc.constantFrom('a', 'B', ' ', '*', '_', '`', '[', ']', '(', ')', '<', '>', '#', '-', '1', '.', '&', ';', '\\', '!', '"', "'", '~', '=', '+'), minLength: 1, maxLength: 8 }),
      marks: fc.uniqueArray(markArbitrary, { maxLength: 2, selector: (mark) => mark.type }),
    });
    fc.assert(
      fc.property(fc.array(inlineArbitrary, { minLength: 1, maxLength: 5 }), (inlines) => {
        const order = ['link', 'bold', 'italic', 'strike', 'code'];
        const content = inlines.map(({ text: value, marks }) => text(value, ...[...marks].sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type))));
        const expected = content.map((inline) => (inline.type === 'text' ? inline.text : '')).join('');
        expect(textReadBack(markdownOf(content)).replace(/\s+/g, ' ').trim()).toBe(expected.replace(/\s+/g, ' ').trim());
      }),
      runs(500),
    );
  });
});
