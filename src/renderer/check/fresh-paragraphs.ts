import { withLeads, type ParagraphToCheck } from '../../domain/check';

/**
 * The paragraphs whose results the page does not have yet: new texts, and texts whose paragraph before them
 * changed (it may name who "He" is). `sent` is what the page will have once these results arrive.
 */
export function freshParagraphs(paragraphs: readonly string[], alreadySent: ReadonlySet<string>): { fresh: ParagraphToCheck[]; sent: Set<string> } {
  const sent = new Set<string>();
  const fresh: ParagraphToCheck[] = [];
  for (const paragraph of withLeads(paragraphs)) {
    const key = `${paragraph.lead}\u0000${paragraph.text}`;
    if (!alreadySent.has(key) && !sent.has(key)) fresh.push(paragraph);
    sent.add(key);
  }
  return { fresh, sent };
}
