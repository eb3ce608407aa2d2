import { normaliseSpace } from './block-shape';
import type { FurnitureFinding, FurnitureRule } from './furniture-rule';
import type { ReportBlock } from '../report-block';

const TWEET_SIGN_OFF = /[—–]\s*[^()\n]{1,60}\(@\w{1,15}\)\s+\p{L}+\.?\s+\d{1,2},\s+\d{4}\s*$/u;
const EMBED_MARK = /\bpic\.twitter\.com\/\w+|^view this post on instagram\b|^a post shared by\b|\bhttps?:\/\/t\.co\/\w+/i;
const TWEET_LENGTH = 280;
const MOST_BLOCKS_BEFORE_SIGN_OFF = 3;

/** True for the last line of an embedded post: "— Frontstretch (@Frontstretch) January 25, 2024". */
export function isEmbedSignOff(text: string): boolean {
  const line = normaliseSpace(text);
  return TWEET_SIGN_OFF.test(line) || EMBED_MARK.test(line);
}

function usualGap(blocks: readonly ReportBlock[]): number {
  const gaps = blocks.slice(1).map((block) => block.gapBefore).sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? 1;
}

/**
 * Embedded social posts. A post copied off a page keeps its text in the blocks just above its sign-off, set
 * apart by wider gaps than the article's paragraphs; those blocks go with it, at most three of tweet length.
 */
export const findSocialEmbeds: FurnitureRule = (blocks) => {
  const findings: FurnitureFinding[] = [];
  const gap = usualGap(blocks);
  blocks.forEach((block, index) => {
    if (!isEmbedSignOff(block.text)) return;
    let first = index;
    while (
      first > 0 &&
      index - first < MOST_BLOCKS_BEFORE_SIGN_OFF &&
      blocks[first].gapBefore > gap &&
      normaliseSpace(blocks[first - 1].text).length <= TWEET_LENGTH
    ) {
      first -= 1;
    }
    findings.push({ kind: 'social-embed', firstBlock: first, lastBlock: index });
  });
  return findings;
};
