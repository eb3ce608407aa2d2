import type { ArticleDoc, ArticleMeta, RemovedPiece } from '../articles/article';
import { cleanReport } from './clean-report';
import { normaliseSpace } from './furniture/block-shape';
import { detectMetadata } from './metadata';
import type { ReportBlock } from './report-block';
import { textOfNode } from './report-block';
import { promoteSectionHeadings } from './section-headings';

/** A report ready for the library: its clean document, proposed metadata and the furniture taken out. */
export interface PreparedReport {
  doc: ArticleDoc;
  meta: ArticleMeta;
  removed: RemovedPiece[];
}

const FALLBACK_HEADLINE_LENGTH = 100;
const ABBREVIATION = '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|No|Nos|Mr|Mrs|Ms|Dr|St|Jr|Sr|vs|Va|Fla|Calif|Inc|Ltd|Co|etc|[A-Z])';
/** Up to the first full stop that ends a sentence, not an abbreviation such as "Jan." or "No.". */
const SENTENCE = new RegExp(`^.+?(?<!\\b${ABBREVIATION})[.!?](?=\\s+[\\p{Lu}"“‘(]|$)`, 'u');

function firstSentence(blocks: readonly string[]): string | null {
  const text = normaliseSpace(blocks.find((block) => normaliseSpace(block) !== '') ?? '');
  if (text === '') return null;
  const sentence = SENTENCE.exec(text)?.[0] ?? text;
  if (sentence.length <= FALLBACK_HEADLINE_LENGTH) return sentence;
  return `${sentence.slice(0, FALLBACK_HEADLINE_LENGTH).replace(/\s+\S*$/, '')}…`;
}

/**
 * Cleans a report's blocks, reads its metadata and, for plain text, turns label lines into headings. When the
 * report has no headline, the first sentence stands in, then `fallbackHeadline` (the file name).
 */
export function prepareReport(blocks: readonly ReportBlock[], options: { sectionHeadings: boolean; fallbackHeadline: string }): PreparedReport {
  const cleaned = cleanReport(blocks);
  const doc = options.sectionHeadings ? promoteSectionHeadings(cleaned.doc) : cleaned.doc;
  const bodyBlocks = doc.content.map(textOfNode);
  const found = detectMetadata({ headline: cleaned.headline, bodyBlocks, removed: cleaned.removed });
  const headline = found.headline ?? firstSentence(bodyBlocks) ?? options.fallbackHeadline;
  return { doc, meta: { ...found, headline }, removed: cleaned.removed };
}
