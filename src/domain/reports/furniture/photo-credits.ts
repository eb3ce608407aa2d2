import { normaliseSpace } from './block-shape';
import { eachBlock, type FurnitureRule } from './furniture-rule';

const CREDIT_AT_END = /\((?:photos?|images?|pictures?|pic|credit)\s*[:\-–—]\s*[^()]{1,80}\)$|\((?:photos?|images?|pictures?)\s+(?:by|courtesy of)\s+[^()]{1,80}\)$/i;
const CREDIT_LINE = /^(?:photos?|images?|pictures?|credit)\s*(?:by|credit)?\s*[:\-–—|]\s*\S.{0,80}$/i;
const COPYRIGHT_LINE = /^(?:©|\(c\)\s|copyright\b)/i;
const COURTESY_AT_END = /(?:^|[.|—–-]\s*)(?:photo|image|picture)s?\s+(?:by|courtesy of|credit)\s*:?\s+[^.]{1,60}$/i;

/** True for a photo caption or credit: "Lazare at Sebring (Photo: Courtesy of IMSA)", "Photo: IMSA". */
export function isPhotoCredit(text: string): boolean {
  const line = normaliseSpace(text);
  if (line.length > 400) return false;
  if (CREDIT_AT_END.test(line) || CREDIT_LINE.test(line) || COURTESY_AT_END.test(line)) return true;
  return COPYRIGHT_LINE.test(line) && line.length <= 120;
}

/** Photo captions ending in a credit, and bare credit lines. */
export const findPhotoCredits: FurnitureRule = (blocks) => eachBlock(blocks, 'photo-credit', isPhotoCredit);
