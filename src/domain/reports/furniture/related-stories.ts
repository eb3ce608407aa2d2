import { isDateOnly, isProse, normaliseSpace } from './block-shape';
import type { FurnitureFinding, FurnitureRule } from './furniture-rule';
import { isImageFileName } from './image-file-names';
import { isNavigation } from './navigation';

const RELATED_HEADING = /^(?:related(?: stories| articles| news| content)?|more (?:news|stories|from [\p{L} .]+)|you (?:may|might) also like|recommended(?: for you)?|trending(?: now)?|most popular|latest news|read next)\s*:?$/iu;
const BULLET = /^[•·▸►–-]\s*\S/;
const LINK_LINE_LENGTH = 120;
const SHORTEST_TRAILING_LIST = 3;

function isLinkListLine(text: string): boolean {
  const line = normaliseSpace(text);
  if (line.length > LINK_LINE_LENGTH || isProse(line)) return false;
  return BULLET.test(line) || isDateOnly(line) || isImageFileName(line) || isNavigation(line);
}

/**
 * Lists of other stories: a "Related stories" heading and the short lines under it, or a run of bulleted
 * slugs, dates and section labels after the article's last paragraph.
 */
export const findRelatedStories: FurnitureRule = (blocks) => {
  const findings: FurnitureFinding[] = [];
  blocks.forEach((block, index) => {
    if (!RELATED_HEADING.test(normaliseSpace(block.text))) return;
    let last = index;
    while (last + 1 < blocks.length && !isProse(blocks[last + 1].text) && normaliseSpace(blocks[last + 1].text).length <= LINK_LINE_LENGTH) last += 1;
    findings.push({ kind: 'related-stories', firstBlock: index, lastBlock: last });
  });
  const lastProse = blocks.findLastIndex((block) => isProse(block.text));
  const trailing = blocks.slice(lastProse + 1);
  const blankOrListed = trailing.every((block) => normaliseSpace(block.text) === '' || isLinkListLine(block.text));
  const listed = trailing.filter((block) => normaliseSpace(block.text) !== '');
  if (lastProse >= 0 && blankOrListed && listed.length >= SHORTEST_TRAILING_LIST && listed.some((block) => BULLET.test(normaliseSpace(block.text)))) {
    findings.push({ kind: 'related-stories', firstBlock: lastProse + 1, lastBlock: blocks.length - 1 });
  }
  return findings;
};
