import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { DecorationSet, type Decoration } from '@tiptap/pm/view';
import { textBlocks } from './block-text';

/** Decorations kept per text block, with the block nodes they were computed for. */
export interface BlockDecorations {
  set: DecorationSet;
  blocks: ReadonlySet<ProseMirrorNode>;
}

export type DecorateBlock = (node: ProseMirrorNode, position: number) => Decoration[];

/** Decorates every text block of `doc` from scratch. */
export function decorateAll(doc: ProseMirrorNode, decorateBlock: DecorateBlock): BlockDecorations {
  const decorations: Decoration[] = [];
  const blocks = new Set<ProseMirrorNode>();
  for (const { node, position } of textBlocks(doc)) {
    blocks.add(node);
    decorations.push(...decorateBlock(node, position));
  }
  return { set: DecorationSet.create(doc, decorations), blocks };
}

/**
 * Carries decorations through an edit: they are mapped to their new places, and only blocks whose node
 * changed (ProseMirror keeps untouched nodes identical) are decorated again. A keystroke costs one paragraph.
 */
export function decorateChanged(previous: BlockDecorations, tr: Transaction, decorateBlock: DecorateBlock): BlockDecorations {
  let set = previous.set.map(tr.mapping, tr.doc);
  const blocks = new Set<ProseMirrorNode>();
  for (const { node, position } of textBlocks(tr.doc)) {
    blocks.add(node);
    if (previous.blocks.has(node)) continue;
    const stale = set.find(position, position + node.nodeSize);
    if (stale.length) set = set.remove(stale);
    const fresh = decorateBlock(node, position);
    if (fresh.length) set = set.add(tr.doc, fresh);
  }
  return { set, blocks };
}
