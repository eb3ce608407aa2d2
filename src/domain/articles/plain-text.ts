import type { ArticleDoc, DocNode } from './article';
import { isTypedNoBreakSpace, NO_BREAK_SPACE } from './typed-no-break-space';

/**
 * Turns plain text into a document, one paragraph per block of text. Blank lines separate paragraphs; a
 * single line break inside a block is kept as a hard break, since raw copy often uses them for datelines.
 */
export function docFromPlainText(text: string): ArticleDoc {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00a0]*\n/)
    .map((block) => block.replace(/^\n+|\n+$/g, ''))
    .filter((block) => block.trim() !== '');
  return {
    type: 'doc',
    content: blocks.map((block) => paragraphFromLines(block.split('\n'))),
  };
}

function paragraphFromLines(lines: string[]): DocNode {
  const content: DocNode[] = [];
  lines.forEach((line, index) => {
    if (index > 0) content.push({ type: 'hardBreak' });
    if (line !== '') content.push({ type: 'text', text: line });
  });
  return { type: 'paragraph', content };
}

function textOf(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  if (isTypedNoBreakSpace(node)) return NO_BREAK_SPACE;
  return (node.content ?? []).map(textOf).join('');
}

/** The document's text, one line per block, blocks separated by a blank line. */
export function plainTextFromDoc(doc: ArticleDoc): string {
  return doc.content.map(textOf).join('\n\n');
}

export function countWords(text: string): number {
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.:-]*/gu);
  return words ? words.length : 0;
}
