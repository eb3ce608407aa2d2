import type { ReportBlock } from '../report-block';

/** What a piece of furniture is, as the "Removed on import" list names it. */
export type FurnitureKind =
  | 'site-name'
  | 'headline'
  | 'byline'
  | 'date'
  | 'navigation'
  | 'photo-credit'
  | 'image-file-name'
  | 'social-embed'
  | 'share-prompt'
  | 'sign-in-prompt'
  | 'newsletter-prompt'
  | 'read-more'
  | 'download-prompt'
  | 'advertisement'
  | 'related-stories'
  | 'page-margin';

/** Blocks `firstBlock..lastBlock` (inclusive) are furniture, or only the first `prefixLength` characters of one. */
export interface FurnitureFinding {
  kind: FurnitureKind;
  firstBlock: number;
  lastBlock: number;
  prefixLength?: number;
}

/** Reads the blocks of a report and names the furniture among them. */
export type FurnitureRule = (blocks: readonly ReportBlock[]) => FurnitureFinding[];

/** Findings for every block whose text the test accepts. */
export function eachBlock(
  blocks: readonly ReportBlock[],
  kind: FurnitureKind,
  test: (text: string, index: number) => boolean,
): FurnitureFinding[] {
  const findings: FurnitureFinding[] = [];
  blocks.forEach((block, index) => {
    if (test(block.text, index)) findings.push({ kind, firstBlock: index, lastBlock: index });
  });
  return findings;
}
