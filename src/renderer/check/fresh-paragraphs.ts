import type { ParagraphToCheck } from '../../domain/check';

/**
 * The paragraphs whose results the page does not have yet: new texts, and texts whose paragraph before them
 * (it may name who "He" is), whose heading ("Practice No. 1", "Starting grid:") or whose part of qualifying told before changed. `sent` is what the page
 * will have once these results arrive.
 */
export function freshParagraphs(paragraphs: readonly ParagraphToCheck[], alreadySent: ReadonlySet<string>): { fresh: ParagraphToCheck[]; sent: Set<string> } {
  const sent = new Set<string>();
  const fresh: ParagraphToCheck[] = [];
  for (const paragraph of paragraphs) {
    const key = `${paragraph.section ?? ''}\u0000${paragraph.grid ?? false}\u0000${paragraph.part ?? ''}\u0000${paragraph.lead}\u0000${paragraph.text}`;
    if (!alreadySent.has(key) && !sent.has(key)) fresh.push(paragraph);
    sent.add(key);
  }
  return { fresh, sent };
}
