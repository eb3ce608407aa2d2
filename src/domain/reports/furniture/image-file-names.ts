import { normaliseSpace } from './block-shape';
import { eachBlock, type FurnitureRule } from './furniture-rule';

// `_` is a word character only, never also a separator: both made "____…*" backtrack exponentially.
const FILE_NAME = /^[\p{L}\p{N}_]+(?:[-.][\p{L}\p{N}_]+)*(?:\.(?:jpe?g|png|gif|webp|avif|tiff?))?$/iu;
const PICTURE_FILE = /\.(?:jpe?g|png|gif|webp|avif|tiff?)$/i;

/** True for a lone image or slug name left where a picture was: "23-MX5-VIR-Qual", "24012402a", "IMG_0042.jpg". */
export function isImageFileName(text: string): boolean {
  const line = normaliseSpace(text);
  if (!FILE_NAME.test(line)) return false;
  if (PICTURE_FILE.test(line)) return true;
  return line.length >= 8 && /\p{N}/u.test(line) && /\p{L}/u.test(line);
}

/** Names of images and page slugs standing alone on a line. */
export const findImageFileNames: FurnitureRule = (blocks) => eachBlock(blocks, 'image-file-name', isImageFileName);
