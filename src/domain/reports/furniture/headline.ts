import { isDateOnly, isBlank, normaliseSpace, TOP_OF_PAGE_BLOCKS, wordCount } from './block-shape';
import type { FurnitureFinding } from './furniture-rule';
import type { ReportBlock } from '../report-block';

const HEADLINE_LENGTH = 150;
const HEADLINE_WORDS = 20;

function looksLikeHeadline(block: ReportBlock): boolean {
  const line = normaliseSpace(block.text);
  if (block.node.type === 'heading' && block.node.attrs?.level === 1) return line !== '';
  return (
    line.length <= HEADLINE_LENGTH &&
    wordCount(line) >= 2 &&
    wordCount(line) <= HEADLINE_WORDS &&
    !/[.!?:;,]$/.test(line) &&
    !/^\p{Ll}/u.test(line) &&
    !isDateOnly(line)
  );
}

/**
 * The headline: the first block near the top that furniture rules left alone, when it reads as a title and
 * more text follows it. It moves to the article's metadata.
 */
export function findHeadline(blocks: readonly ReportBlock[], claimed: ReadonlySet<number>): FurnitureFinding | null {
  const open = blocks
    .map((block, index) => ({ block, index }))
    .filter(({ block, index }) => !claimed.has(index) && !isBlank(block.text));
  const first = open[0];
  if (!first || first.index >= TOP_OF_PAGE_BLOCKS || open.length < 2 || !looksLikeHeadline(first.block)) return null;
  return { kind: 'headline', firstBlock: first.index, lastBlock: first.index };
}
