import { RacedeskError } from '../../../domain/errors';

const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*>/g;
/** Elements that never hold others, or that the parser closes by itself when the next one opens. */
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'td', 'th', 'tr', 'dt', 'dd', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rt', 'rp',
]);

/** Deeper than any real page (they stay under 60); deep enough to exhaust the parsers' and converter's stacks if allowed. */
export const DEEPEST_NESTING = 400;

/** How deeply the markup nests its elements, counted off its tags without parsing it. */
export function nestingDepth(html: string): number {
  let depth = 0;
  let deepest = 0;
  TAG.lastIndex = 0;
  for (let tag = TAG.exec(html); tag; tag = TAG.exec(html)) {
    const name = tag[2].toLowerCase();
    if (NOT_NESTING.has(name) || tag[0].endsWith('/>')) continue;
    depth = tag[1] ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
  }
  return deepest;
}

/** Refuses markup nested deeper than `DEEPEST_NESTING`, a shape only a hostile file has, naming the source. */
export function refuseDeepNesting(sourceName: string, html: string): void {
  const depth = nestingDepth(html);
  if (depth > DEEPEST_NESTING) throw new RacedeskError('bad-file', `${sourceName}: elements nested ${depth} deep; Racedesk reads at most ${DEEPEST_NESTING} levels`);
}
