import type { DocNode } from '../articles/article';

/** The node without the first `length` characters of its text (a hard break counts as one), spaces after the cut trimmed. */
export function stripTextPrefix(node: DocNode, length: number): DocNode {
  let remaining = length;
  let trimming = true;
  const content: DocNode[] = [];
  for (const child of node.content ?? []) {
    const size = child.type === 'text' ? (child.text ?? '').length : child.type === 'hardBreak' ? 1 : 0;
    if (remaining >= size) {
      remaining -= size;
      continue;
    }
    if (child.type !== 'text') {
      content.push(child);
      trimming = false;
      continue;
    }
    let text = (child.text ?? '').slice(remaining);
    remaining = 0;
    if (trimming) text = text.replace(/^[\s\u00a0]+/, '');
    if (text !== '') {
      content.push({ ...child, text });
      trimming = false;
    }
  }
  return content.length > 0 ? { ...node, content } : { type: node.type, ...(node.attrs ? { attrs: node.attrs } : {}) };
}
