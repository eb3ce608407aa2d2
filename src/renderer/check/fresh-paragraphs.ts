import { paragraphKey, type ParagraphToCheck } from '../../domain/check';

/**
 * The paragraphs whose results the page does not have yet: new texts, and texts whose paragraph before them
 * (it may name who "He" is), whose heading ("Practice No. 1", "Starting grid:"), whose part of qualifying or whose grid penalty told before changed. `sent` is what the page
 * will have once these results arrive.
 */
export function freshParagraphs(paragraphs: readonly ParagraphToCheck[], alreadySent: ReadonlySet<string>): { fresh: ParagraphToCheck[]; sent: Set<string> } {
  const sent = new Set<string>();
  const fresh: ParagraphToCheck[] = [];
  for (const paragraph of paragraphs) {
    const key = paragraphKey(paragraph);
    if (!alreadySent.has(key) && !sent.has(key)) fresh.push(paragraph);
    sent.add(key);
  }
  return { fresh, sent };
}
