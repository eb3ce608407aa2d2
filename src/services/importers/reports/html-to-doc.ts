import type { ArticleDoc, DocNode } from '../../../domain/articles/article';
import { holdsBlocks, inlineNodesOf, isBlockElement, tidyInline } from './inline-content';
import { refuseDeepNesting } from './nesting-depth';
import { sanitisedBody } from './sanitise';

function paragraph(inline: readonly DocNode[]): DocNode[] {
  const content = tidyInline(inline);
  return content.some((node) => node.type === 'text' && node.text?.trim()) ? [{ type: 'paragraph', content }] : [];
}

/** Paragraphs only: headings inside a list item flatten to paragraphs, other blocks to the paragraphs they hold. */
function paragraphsOnly(nodes: readonly DocNode[]): DocNode[] {
  return nodes.flatMap((node) => (node.type === 'paragraph' ? [node] : node.type === 'heading' ? [{ type: 'paragraph', content: node.content }] : paragraphsOnly(node.content ?? [])));
}

const isList = (node: DocNode): boolean => node.type === 'bulletList' || node.type === 'orderedList';

/**
 * What a list item holds: its paragraphs, and the lists nested in it kept as lists (a sub-point stays a sub-point).
 * An item must open with a paragraph; one that opens with a list (`<li><ul>…`) flattens to its paragraphs.
 */
function listItemContent(nodes: readonly DocNode[]): DocNode[] {
  const content = nodes.flatMap((node) => (isList(node) ? [node] : paragraphsOnly([node])));
  return content.length > 0 && content[0].type !== 'paragraph' ? paragraphsOnly(content) : content;
}

function listOf(element: Element): DocNode[] {
  const items = Array.from(element.childNodes)
    .map((child) => listItemContent(child.nodeType === 1 && (child as Element).localName === 'li' ? blocksOf(child) : blocksOf(child, true)))
    .filter((content) => content.length > 0)
    .map((content) => ({ type: 'listItem', content }));
  if (items.length === 0) return [];
  if (element.localName !== 'ol') return [{ type: 'bulletList', content: items }];
  const start = Number(element.getAttribute('start') ?? 1);
  return [{ type: 'orderedList', ...(Number.isSafeInteger(start) && start >= 0 && start !== 1 ? { attrs: { start } } : {}), content: items }];
}

function tableRowsOf(element: Element): DocNode[] {
  // Only this table's own rows: a nested table's text is already inside the cell that holds it.
  return Array.from((element as HTMLTableElement).rows).flatMap((row) => {
    const cells = Array.from(row.cells).map((cell) => tidyInline(inlineNodesOf(cell)));
    return paragraph(cells.filter((cell) => cell.length > 0).flatMap((cell, index) => (index > 0 ? [{ type: 'text', text: ' | ' }, ...cell] : cell)));
  });
}

function blockOf(element: Element): DocNode[] {
  const tag = element.localName;
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) {
    const content = tidyInline(inlineNodesOf(element));
    return content.length > 0 ? [{ type: 'heading', attrs: { level: Math.min(Number(heading[1]), 3) }, content }] : [];
  }
  if (tag === 'ul' || tag === 'ol') return listOf(element);
  if (tag === 'blockquote') {
    const content = blocksOf(element);
    return content.length > 0 ? [{ type: 'blockquote', content }] : [];
  }
  if (tag === 'pre') return paragraph(inlineNodesOf(element, [], true));
  if (tag === 'table') return tableRowsOf(element);
  if (tag === 'hr') return [];
  return blocksOf(element);
}

/** The blocks inside a node: block elements converted, runs of inline content between them made paragraphs. */
function blocksOf(parent: Node, includeSelf = false): DocNode[] {
  const children = includeSelf ? [parent] : Array.from(parent.childNodes);
  const blocks: DocNode[] = [];
  let pending: DocNode[] = [];
  const flush = (): void => {
    blocks.push(...paragraph(pending));
    pending = [];
  };
  for (const child of children) {
    if (isBlockElement(child)) {
      flush();
      blocks.push(...blockOf(child));
    } else if (holdsBlocks(child)) {
      flush();
      blocks.push(...blocksOf(child));
    } else pending.push(...inlineNodesOf(child));
  }
  flush();
  return blocks;
}

/**
 * Untrusted HTML as a document in tiptap StarterKit's schema, sanitised first: paragraphs, headings (levels
 * 1–3; h4–h6 become 3), bullet and ordered lists of paragraphs and nested lists, blockquotes, hard breaks, and bold, italic,
 * strike and http(s)/mailto link marks. Tables become one paragraph per row, cells joined by " | ". HTML
 * nested more than 400 levels deep is refused with a `bad-file` RacedeskError.
 */
export function htmlToDoc(html: string): ArticleDoc {
  refuseDeepNesting('HTML', html);
  const content = blocksOf(sanitisedBody(html));
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}
