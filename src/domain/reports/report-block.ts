import type { DocNode } from '../articles/article';

/** One top-level block of an imported report, with the plain text the furniture rules read. */
export interface ReportBlock {
  node: DocNode;
  /** The block's text; hard breaks and inner blocks become line breaks. */
  text: string;
  /**
   * Blank lines before it in the raw text (1 where a format has no such notion). Embeds copied from a web
   * page sit behind wider gaps than the paragraphs around them.
   */
  gapBefore: number;
  /** True for a running header or footer repeated in a printed page's margins. */
  pageMargin?: boolean;
}

/** The text of a node; hard breaks and inner blocks become line breaks. */
export function textOfNode(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  const children = node.content ?? [];
  const separator = children.some((child) => child.type !== 'text' && child.type !== 'hardBreak') ? '\n' : '';
  return children.map(textOfNode).join(separator);
}

/** A paragraph holding the text, one hard break per line break. */
export function paragraphOf(text: string): DocNode {
  const content: DocNode[] = [];
  text.split('\n').forEach((line, index) => {
    if (index > 0) content.push({ type: 'hardBreak' });
    if (line !== '') content.push({ type: 'text', text: line });
  });
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

/** A block for a document node, its text read off the node. */
export function blockOf(node: DocNode, gapBefore = 1): ReportBlock {
  return { node, text: textOfNode(node), gapBefore };
}
