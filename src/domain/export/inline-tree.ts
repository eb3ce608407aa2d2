import { sameMark, type ExportInline, type ExportMark } from './export-doc';

/** Inline content as nested marks, the shape HTML and Markdown are written in. */
export type InlineTree =
  | { type: 'text'; text: string }
  | { type: 'hardBreak' }
  | { type: 'marked'; mark: ExportMark; children: InlineTree[] };

/**
 * Nests flat, canonically ordered marks: a mark shared by neighbouring text stays open across them.
 * A hard break closes every mark, so no mark ever spans two lines.
 */
export function inlineTree(content: ExportInline[]): InlineTree[] {
  const root: InlineTree[] = [];
  const open: { mark: ExportMark; children: InlineTree[] }[] = [];
  const top = () => (open.length > 0 ? open[open.length - 1].children : root);
  for (const inline of content) {
    if (inline.type === 'hardBreak') {
      open.length = 0;
      root.push(inline);
      continue;
    }
    let kept = 0;
    while (kept < open.length && kept < inline.marks.length && sameMark(open[kept].mark, inline.marks[kept])) kept += 1;
    open.length = kept;
    for (const mark of inline.marks.slice(kept)) {
      const node: InlineTree = { type: 'marked', mark, children: [] };
      top().push(node);
      open.push(node);
    }
    top().push({ type: 'text', text: inline.text });
  }
  return root;
}

/** The plain text of a tree, breaks as `\n`. */
export function treeText(nodes: InlineTree[]): string {
  return nodes
    .map((node) => (node.type === 'text' ? node.text : node.type === 'hardBreak' ? '\n' : treeText(node.children)))
    .join('');
}
