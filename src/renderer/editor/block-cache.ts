import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { blockText } from './block-text';

/** A block's text and its characters' positions relative to the block, computed once per block node. */
export interface CachedBlock {
  text: string;
  /** Position of each character relative to the block's start (add the block's position for the document). */
  offsets: number[];
}

const cache = new WeakMap<ProseMirrorNode, CachedBlock>();

/**
 * ProseMirror keeps unchanged nodes identical across edits, so caching by node means a keystroke re-reads
 * only the paragraph it changed.
 */
export function cachedBlock(node: ProseMirrorNode): CachedBlock {
  let entry = cache.get(node);
  if (!entry) {
    const { text, positions } = blockText(node, 0);
    entry = { text, offsets: positions };
    cache.set(node, entry);
  }
  return entry;
}

/** The document range of characters `start`..`end` of a cached block at `blockPosition`. */
export function cachedRange(block: CachedBlock, blockPosition: number, start: number, end: number): { from: number; to: number } {
  const from = blockPosition + block.offsets[start];
  const to = end > start ? blockPosition + block.offsets[end - 1] + 1 : from;
  return { from, to };
}
