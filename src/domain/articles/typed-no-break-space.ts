import type { DocNode } from './article';

/** U+00A0, the non-breaking space. */
export const NO_BREAK_SPACE = '\u00a0';

/**
 * The node a non-breaking space the writer typed is stored as: `{ "type": "typedNoBreakSpace" }`. One that came
 * in with imported or pasted text is a plain U+00A0 inside a text node; the house style may turn that one into a
 * space, never this one.
 *
 * @example
 * // "No. 31" with a typed non-breaking space:
 * [{ type: 'text', text: 'No.' }, { type: 'typedNoBreakSpace' }, { type: 'text', text: '31' }]
 */
export const TYPED_NO_BREAK_SPACE = 'typedNoBreakSpace';

export function isTypedNoBreakSpace(node: DocNode): boolean {
  return node.type === TYPED_NO_BREAK_SPACE;
}
