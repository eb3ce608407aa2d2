import { normaliseSpace } from './block-shape';
import { eachBlock, type FurnitureRule } from './furniture-rule';

const PAGE_NUMBER = /^(?:page\s+)?\d{1,4}\s*(?:of|\/)\s*\d{1,4}$|^page\s+\d{1,4}$/i;

/** Running headers and footers of printed pages, and "Page 2 of 3" lines. */
export const findPageMargins: FurnitureRule = (blocks) =>
  eachBlock(blocks, 'page-margin', (text, index) => blocks[index].pageMargin === true || PAGE_NUMBER.test(normaliseSpace(text)));
