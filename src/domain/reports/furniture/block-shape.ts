/** Text with non-breaking and zero-width spaces folded to plain spaces, runs collapsed, ends trimmed. */
export function normaliseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

export function wordCount(text: string): number {
  const words = normaliseSpace(text).match(/[\p{L}\p{N}][\p{L}\p{N}'’.,:/#-]*/gu);
  return words ? words.length : 0;
}

/** True for text that reads as a sentence or more of prose rather than a label, crumb or caption. */
export function isProse(text: string): boolean {
  const words = wordCount(text);
  return words >= 20 || (words >= 8 && /[.!?:”"’)]\s*$/.test(normaliseSpace(text)));
}

/** True for blocks holding nothing but spaces, non-breaking spaces and zero-width characters. */
export function isBlank(text: string): boolean {
  return normaliseSpace(text) === '';
}

/** How many of the first blocks count as the top of the page, where mastheads, bylines and dates sit. */
export const TOP_OF_PAGE_BLOCKS = 6;

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
const DATE_ONLY = new RegExp(
  [
    `${WEEKDAY}${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}`,
    `${WEEKDAY}\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}`,
    '\\d{4}-\\d{2}-\\d{2}',
    '\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}',
  ].join('|'),
  'i',
);

/** True for a line that says only when: "August 26, 2023|", "Posted 4.24.24", "Updated: 2024-01-22 10:14". */
export function isDateOnly(text: string): boolean {
  const bare = normaliseSpace(text.replace(/[|•·]/g, ' '))
    .replace(/^(?:published|posted|updated|last updated|date)(?:\s+on)?:?\s*/i, '')
    .replace(/,?\s*(?:at\s+)?\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$/i, '');
  return new RegExp(`^(?:${DATE_ONLY.source})$`, 'i').test(bare);
}
