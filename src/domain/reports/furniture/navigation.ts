import { normaliseSpace, wordCount } from './block-shape';
import { eachBlock, type FurnitureRule } from './furniture-rule';

const HOME_CRUMB = /^(?:home|homepage)\s*[>›»/|]/i;
const CRUMB_SEPARATOR = /\s*[>›»]\s*/;
const BULLETED_SECTION = /^[•·▸►]\s*(?:[\p{L}-]+\s+){0,2}(?:news|stories|updates|features|results|reports|press releases|blog|videos|photos|gallery|opinion|analysis)$/iu;
const SECTION_NAME = /^(?:[\p{L}-]+\s+)?(?:news|stories|updates|press releases|blog)$/iu;
const TAG_LINE = /^(?:tags?|categories|category|filed under|topics?)\s*:/i;

/** True for a crumb or section label: "Home > News > IMSA", "• Series News", "Tags: IMSA, Daytona". */
export function isNavigation(text: string): boolean {
  const line = normaliseSpace(text);
  if (line.length > 120) return false;
  if (HOME_CRUMB.test(line) || TAG_LINE.test(line)) return true;
  const crumbs = line.split(CRUMB_SEPARATOR);
  if (crumbs.length >= 3 && crumbs.every((crumb) => crumb !== '' && wordCount(crumb) <= 4)) return true;
  return BULLETED_SECTION.test(line) || SECTION_NAME.test(line);
}

/** Navigation crumbs and section labels copied with the page. */
export const findNavigation: FurnitureRule = (blocks) => eachBlock(blocks, 'navigation', isNavigation);
