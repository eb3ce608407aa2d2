import { headerLines } from './export-header';
import type { ExportBlock, ExportDocument, ExportInline } from './export-doc';
import { wrapText } from './wrap';

export interface PlainTextOptions {
  /** Wrap lines at this many characters; `null` leaves each paragraph on one line. */
  wrapColumns: number | null;
}

function linkOf(inline: ExportInline | undefined): string | null {
  const link = inline?.type === 'text' ? inline.marks.find((mark) => mark.type === 'link') : undefined;
  return link ? link.href : null;
}

/** A link keeps its address in brackets after its text, since plain text cannot hold it otherwise. */
function plainInline(content: ExportInline[]): string {
  let text = '';
  let linkText = '';
  content.forEach((inline, index) => {
    text += inline.type === 'hardBreak' ? '\n' : inline.text;
    const href = linkOf(inline);
    if (href === null) return;
    linkText += inline.type === 'text' ? inline.text : '';
    if (linkOf(content[index + 1]) === href) return;
    if (href !== linkText && href !== `mailto:${linkText}`) text += ` (${href})`;
    linkText = '';
  });
  return text;
}

/** Prefixes every line; a blank line keeps only the prefix's visible part (`>` in a quote). */
function prefixed(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, index) => `${index === 0 ? first : rest}${line}`.trimEnd())
    .join('\n');
}

function listText(items: ExportBlock[][], markerOf: (index: number) => string, columns: number | null): string {
  const width = Math.max(...items.map((_, index) => markerOf(index).length));
  return items
    .map((item, index) => {
      const inner = blocksText(item, columns === null ? null : Math.max(20, columns - width));
      return prefixed(inner, markerOf(index).padEnd(width), ' '.repeat(width));
    })
    .join('\n');
}

function blockText(block: ExportBlock, columns: number | null): string {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return wrapText(plainInline(block.content), columns).join('\n');
    case 'bulletList':
      return listText(block.items, () => '- ', columns);
    case 'orderedList':
      return listText(block.items, (index) => `${block.start + index}. `, columns);
    case 'blockquote': {
      const inner = blocksText(block.content, columns === null ? null : Math.max(20, columns - 2));
      return prefixed(inner, '> ', '> ');
    }
    case 'horizontalRule':
      return '* * *';
  }
}

function blocksText(blocks: ExportBlock[], columns: number | null): string {
  return blocks.map((block) => blockText(block, columns)).join('\n\n');
}

/**
 * The article as plain text: header lines, then one block per paragraph separated by blank lines; lists
 * keep `-` or `1.` markers and quotes a `> ` margin. With `wrapColumns`, lines break at spaces.
 */
export function plainTextDocument(document: ExportDocument, options: PlainTextOptions): string {
  const header = headerLines(document.header).map(({ text }) => wrapText(text, options.wrapColumns).join('\n'));
  const body = blocksText(document.blocks, options.wrapColumns);
  return `${[...header, body].filter((part) => part !== '').join('\n\n')}\n`;
}
