import { findBylineAndDate } from './byline-and-date';
import type { FurnitureRule } from './furniture-rule';
import { findImageFileNames } from './image-file-names';
import { findNavigation } from './navigation';
import { findPageMargins } from './page-margins';
import { findPhotoCredits } from './photo-credits';
import { findPrompts } from './prompts';
import { findRelatedStories } from './related-stories';
import { findSiteName } from './site-name';
import { findSocialEmbeds } from './social-embeds';

export type { FurnitureFinding, FurnitureKind, FurnitureRule } from './furniture-rule';
export { findHeadline } from './headline';

/** Every furniture rule, those spanning several blocks first: a block belongs to the first rule that claims it. */
export const FURNITURE_RULES: readonly FurnitureRule[] = [
  findPageMargins,
  findSocialEmbeds,
  findRelatedStories,
  findSiteName,
  findBylineAndDate,
  findNavigation,
  findPhotoCredits,
  findImageFileNames,
  findPrompts,
];
