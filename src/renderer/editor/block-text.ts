import type { Node as ProseMirrorNode } from '@tiptap/pm/model';

/**
 * A text block's text as the claims engine reads it, with the document position of every character, so
 * offsets found in the text can be turned back into editor positions. A hard break reads as a newline, a leaf
 * with a one-character `leafText` (a typed non-breaking space) as that character, any other leaf as U+FFFC.
 */
export interface BlockText {
  text: string;
  /** `positions[i]` is the document position of character `i`; `positions[text.length]` is the block's end. */
  positions: number[];
}

export function blockText(block: ProseMirrorNode, blockPosition: number): BlockText {
  let text = '';
  const positions: number[] = [];
  block.descendants((child, childPosition) => {
    const at = blockPosition + 1 + childPosition;
    if (child.isText) {
      const value = child.text ?? '';
      for (let index = 0; index < value.length; index += 1) positions.push(at + index);
      text += value;
    } else if (child.isLeaf) {
      positions.push(at);
      // One character per leaf keeps offsets and positions in step: a typed non-breaking space reads as one.
      text += child.type.name === 'hardBreak' ? '\n' : (child.type.spec.leafText?.(child) ?? '\ufffc');
    }
    return true;
  });
  positions.push(blockPosition + block.nodeSize - 1);
  return { text, positions };
}

/** The document range of characters `start`..`end` of a block's text. */
export function rangeOf(block: BlockText, start: number, end: number): { from: number; to: number } {
  return { from: block.positions[start], to: end > start ? block.positions[end - 1] + 1 : block.positions[start] };
}

/** Every text block of the document (paragraphs, headings, list items' paragraphs) with its position. */
export function textBlocks(doc: ProseMirrorNode): { node: ProseMirrorNode; position: number }[] {
  const blocks: { node: ProseMirrorNode; position: number }[] = [];
  doc.descendants((node, position) => {
    if (node.isTextblock) {
      blocks.push({ node, position });
      return false;
    }
    return true;
  });
  return blocks;
}
