import { isDateOnly, isProse, normaliseSpace, TOP_OF_PAGE_BLOCKS, wordCount } from './block-shape';
import type { FurnitureFinding, FurnitureRule } from './furniture-rule';

const BYLINE = /^(?:by|written by|words|author|report by)\s*[:\s]\s*\p{Lu}/iu;
const DATE_TOKEN = /^\s*date\s+\d{4}-\d{2}-\d{2}\b\s*/i;

/** True for a line that only names the writer: "By Carlo Platella", "By: Chris Jameson/RaceCanada.ca". */
export function isByline(text: string): boolean {
  const line = normaliseSpace(text);
  return BYLINE.test(line) && line.length <= 80 && wordCount(line) <= 10 && !isProse(line);
}

/**
 * Bylines and date lines at the top of the page, and the " date 2024-01-25" token some feeds put before the
 * first sentence (only that token goes; the sentence stays).
 */
export const findBylineAndDate: FurnitureRule = (blocks) => {
  const findings: FurnitureFinding[] = [];
  blocks.slice(0, TOP_OF_PAGE_BLOCKS).forEach((block, index) => {
    const whole = { firstBlock: index, lastBlock: index };
    const token = DATE_TOKEN.exec(block.text);
    const rest = token ? block.text.slice(token[0].length) : block.text;
    if (isByline(rest)) findings.push({ kind: 'byline', ...whole });
    else if (isDateOnly(block.text) || (token && normaliseSpace(rest) === '')) findings.push({ kind: 'date', ...whole });
    else if (token) findings.push({ kind: 'date', ...whole, prefixLength: token[0].length });
  });
  return findings;
};
