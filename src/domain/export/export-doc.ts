/** A mark an exported document may carry: formatting and links, never Racedesk's tags. */
export type ExportMark =
  | { type: 'bold' }
  | { type: 'italic' }
  | { type: 'strike' }
  | { type: 'code' }
  | { type: 'link'; href: string };

/** Inline content of an exported block. */
export type ExportInline = { type: 'text'; text: string; marks: ExportMark[] } | { type: 'hardBreak' };

/** The blocks a publication takes: nothing else survives `cleanDoc`. */
export type ExportBlock =
  | { type: 'paragraph'; content: ExportInline[] }
  | { type: 'heading'; level: 1 | 2 | 3; content: ExportInline[] }
  | { type: 'bulletList'; items: ExportBlock[][] }
  | { type: 'orderedList'; start: number; items: ExportBlock[][] }
  | { type: 'blockquote'; content: ExportBlock[] }
  | { type: 'horizontalRule' };

/** The article's furniture, taken from its metadata; `null` where the writer left it empty. */
export interface ExportHeader {
  headline: string | null;
  standfirst: string | null;
  byline: string | null;
  dateline: string | null;
}

/** What every renderer takes: the header and the cleaned body. */
export interface ExportDocument {
  header: ExportHeader;
  blocks: ExportBlock[];
}

/** Marks nest in this order, outermost first, so every renderer opens and closes them the same way. */
export const MARK_ORDER: readonly ExportMark['type'][] = ['link', 'bold', 'italic', 'strike', 'code'];

export function sameMark(a: ExportMark, b: ExportMark): boolean {
  return a.type === b.type && (a.type !== 'link' || a.href === (b as { href: string }).href);
}

/** The text of inline content, hard breaks as `\n`. */
export function inlineText(content: ExportInline[]): string {
  return content.map((inline) => (inline.type === 'text' ? inline.text : '\n')).join('');
}
