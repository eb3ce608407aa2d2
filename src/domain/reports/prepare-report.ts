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

/** What a web page says about itself, outside its article text. */
export interface PageMetadata {
  headline?: string | null;
  byline?: string | null;
  /** ISO 8601 date or date-time. */
  date?: string | null;
}

/** How to prepare a report: plain text gets label lines promoted to headings; a page's own metadata fills gaps. */
export interface PrepareOptions {
  sectionHeadings: boolean;
  fallbackHeadline: string;
  page?: PageMetadata;
}

function tidy(value: string | null | undefined): string | null {
  return value ? normaliseSpace(value) || null : null;
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
 * report has no headline, the page's title stands in, then the first sentence, then `fallbackHeadline` (the
 * file name). The page's byline and date likewise fill in what the text does not say.
 */
export function prepareReport(blocks: readonly ReportBlock[], options: PrepareOptions): PreparedReport {
  const cleaned = cleanReport(blocks);
  const doc = options.sectionHeadings ? promoteSectionHeadings(cleaned.doc) : cleaned.doc;
  const bodyBlocks = doc.content.map(textOfNode);
  const page = options.page ?? {};
  const found = detectMetadata({ headline: cleaned.headline ?? tidy(page.headline), bodyBlocks, removed: cleaned.removed });
  const headline = found.headline ?? firstSentence(bodyBlocks) ?? options.fallbackHeadline;
  const byline = found.byline ?? tidy(page.byline)?.replace(/^by[:\s]\s*/i, '') ?? null;
  const pageDate = /^\d{4}-\d{2}-\d{2}/.exec(page.date ?? '')?.[0] ?? null;
  return { doc, meta: { ...found, headline, byline, date: found.date ?? pageDate }, removed: cleaned.removed };
}
