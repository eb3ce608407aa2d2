import type { ExportBlock, ExportDocument } from './export-doc';
import { escapeLineStart, escapeMarkdownText } from './markdown-escape';
import { inlineMarkdown } from './markdown-inline';

function paragraphMarkdown(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => escapeLineStart(line).replace(/[ \t]+$/, ''))
    .join('\n');
}

function headingMarkdown(level: number, markdown: string): string {
  // An ATX heading is one line, and a trailing run of `#` would be read as its closing sequence.
  const line = escapeLineStart(markdown.replace(/\\\n/g, ' ')).replace(/(^|\s)(#+\s*)$/, '$1\\$2');
  return `${'#'.repeat(level)} ${line}`;
}

function indent(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, index) => (line === '' ? '' : (index === 0 ? first : rest) + line))
    .join('\n');
}

/**
 * A tight item is one paragraph, perhaps followed by sub-lists written straight under it. CommonMark lets a list
 * interrupt a paragraph only if it is a bullet list or an ordered list from 1; any other needs a blank line.
 */
function isTightItem([first, ...rest]: ExportBlock[]): boolean {
  return first?.type === 'paragraph' && rest.every((block) => block.type === 'bulletList' || (block.type === 'orderedList' && block.start === 1));
}

function listMarkdown(items: ExportBlock[][], markerOf: (index: number) => string): string {
  const tight = items.every(isTightItem);
  return items
    .map((item, index) => {
      const marker = markerOf(index);
      return indent(tight ? item.map(blockMarkdown).join('\n') : blocksMarkdown(item), marker, ' '.repeat(marker.length));
    })
    .join(tight ? '\n' : '\n\n');
}

function blockMarkdown(block: ExportBlock): string {
  switch (block.type) {
    case 'paragraph':
      return paragraphMarkdown(inlineMarkdown(block.content));
    case 'heading':
      return headingMarkdown(block.level, inlineMarkdown(block.content));
    case 'bulletList':
      return listMarkdown(block.items, () => '- ');
    case 'orderedList':
      return listMarkdown(block.items, (index) => `${block.start + index}. `);
    case 'blockquote':
      return blocksMarkdown(block.content)
        .split('\n')
        .map((line) => (line === '' ? '>' : `> ${line}`))
        .join('\n');
    case 'horizontalRule':
      return '* * *';
  }
}

function blocksMarkdown(blocks: ExportBlock[]): string {
  return blocks.map(blockMarkdown).join('\n\n');
}

/**
 * The article as CommonMark: the headline as `#`, standfirst, byline and dateline as paragraphs, then the
 * body. Text is escaped so a CommonMark reader gets back exactly the article's words, e.g. `*not bold*` in
 * the text is written `\*not bold\*`.
 */
export function markdownDocument(document: ExportDocument): string {
  const { headline, standfirst, byline, dateline } = document.header;
  const header = [
    headline ? headingMarkdown(1, escapeMarkdownText(headline)) : '',
    ...[standfirst, byline, dateline].map((line) => (line ? paragraphMarkdown(escapeMarkdownText(line)) : '')),
  ].filter((part) => part !== '');
  return `${[...header, blocksMarkdown(document.blocks)].filter((part) => part !== '').join('\n\n')}\n`;
}
