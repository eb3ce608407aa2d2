import type { DocNode } from '../../../domain/articles/article';
import { safeHref } from './safe-href';

type Mark = NonNullable<DocNode['marks']>[number];

const MARK_OF_TAG: Record<string, Mark['type']> = { strong: 'bold', b: 'bold', em: 'italic', i: 'italic', s: 'strike', strike: 'strike', del: 'strike' };

/** Tags laid out as blocks; anything else is read as inline content. */
export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'figure', 'figcaption', 'body',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'hr',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption',
]);

export function isBlockElement(node: Node): node is Element {
  return node.nodeType === 1 && BLOCK_TAGS.has((node as Element).localName);
}

/** True when the node or anything inside it is laid out as a block. */
export function holdsBlocks(node: Node): boolean {
  return isBlockElement(node) || Array.from(node.childNodes).some(holdsBlocks);
}

function withMark(marks: readonly Mark[], mark: Mark): Mark[] {
  return marks.some((existing) => existing.type === mark.type) ? [...marks] : [...marks, mark];
}

function marksOf(element: Element, marks: readonly Mark[]): Mark[] {
  const markType = MARK_OF_TAG[element.localName];
  if (markType) return withMark(marks, { type: markType });
  const href = element.localName === 'a' ? safeHref(element.getAttribute('href')) : null;
  return href ? withMark(marks, { type: 'link', attrs: { href } }) : [...marks];
}

/** The text and hard breaks inside a node, in tiptap's inline nodes, whitespace not yet tidied. */
export function inlineNodesOf(node: Node, marks: readonly Mark[] = [], preserveSpace = false): DocNode[] {
  if (node.nodeType === 3) {
    const raw = node.textContent ?? '';
    const text = preserveSpace ? raw : raw.replace(/[ \t\n\r\f]+/g, ' ');
    if (preserveSpace && text.includes('\n')) {
      return text.split('\n').flatMap((line, index) => [...(index > 0 ? [{ type: 'hardBreak' }] : []), ...(line ? [textNode(line, marks)] : [])]);
    }
    return text === '' ? [] : [textNode(text, marks)];
  }
  if (node.nodeType !== 1) return [];
  const element = node as Element;
  if (element.localName === 'br') return [{ type: 'hardBreak' }];
  const inner = marksOf(element, marks);
  return Array.from(element.childNodes).flatMap((child) => inlineNodesOf(child, inner, preserveSpace));
}

function textNode(text: string, marks: readonly Mark[]): DocNode {
  return marks.length > 0 ? { type: 'text', text, marks: marks.map((mark) => ({ ...mark })) } : { type: 'text', text };
}

function sameMarks(a: DocNode, b: DocNode): boolean {
  return JSON.stringify(a.marks ?? []) === JSON.stringify(b.marks ?? []);
}

/**
 * Inline nodes tidied as a browser lays them out: runs of spaces collapsed, spaces trimmed at the ends and
 * around hard breaks, leading and trailing hard breaks dropped, neighbouring texts with the same marks joined.
 */
export function tidyInline(nodes: readonly DocNode[]): DocNode[] {
  const joined: DocNode[] = [];
  for (const node of nodes) {
    const previous = joined[joined.length - 1];
    if (node.type === 'text' && previous?.type === 'text' && sameMarks(previous, node)) {
      joined[joined.length - 1] = { ...previous, text: `${previous.text}${node.text}` };
    } else joined.push({ ...node });
  }
  joined.forEach((node, index) => {
    if (node.type !== 'text') return;
    const before = joined[index - 1];
    let text = (node.text ?? '').replace(/ {2,}/g, ' ');
    if (!before || before.type === 'hardBreak' || (before.type === 'text' && before.text?.endsWith(' '))) text = text.replace(/^ +/, '');
    const after = joined[index + 1];
    if (!after || after.type === 'hardBreak') text = text.replace(/ +$/, '');
    node.text = text;
  });
  const kept = joined.filter((node) => node.type !== 'text' || node.text !== '');
  while (kept[0]?.type === 'hardBreak') kept.shift();
  while (kept[kept.length - 1]?.type === 'hardBreak') kept.pop();
  return kept;
}
