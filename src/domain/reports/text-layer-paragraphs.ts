import { linesOf, type Line, type TextRun } from './text-layer-lines';

export type { TextRun } from './text-layer-lines';

/** A paragraph of a PDF, or a running header or footer repeated in the page margins. */
export interface LayerParagraph {
  text: string;
  pageMargin: boolean;
}

/** A line narrower than this share of the page's widest line ended on purpose, not by wrapping. */
const SHORT_LINE_SHARE = 0.8;
/** A vertical gap more than this many times the usual line spacing separates paragraphs. */
const PARAGRAPH_GAP_RATIO = 1.4;
const BULLET = /^[•·▪◦‣∙–-]\s/;
const SENTENCE_END = /[.!?:”"]$/;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function joinLines(first: string, second: string): string {
  if (/\p{Ll}-$/u.test(first) && /^\p{Ll}/u.test(second)) return first.slice(0, -1) + second;
  return `${first} ${second}`;
}

/** Lines that open or close two pages or more, page numbers aside: "3/14/24, 10:15 AM Lazare on pole", "Page 2 of 3". */
function runningLines(pages: readonly Line[][]): Set<string> {
  const pagesWith = new Map<string, number>();
  for (const lines of pages) {
    const margins = new Set([lines[0], lines[lines.length - 1]].filter(Boolean).map((line) => marginKey(line.text)));
    for (const key of margins) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  return new Set([...pagesWith].filter(([, count]) => count >= 2).map(([key]) => key));
}

function marginKey(text: string): string {
  return text.replace(/\d+/g, '#');
}

/**
 * Joins the text layer of a PDF's pages into paragraphs. A line runs on into the next unless it is short
 * (the text stopped before the margin), the next sits further down than the usual line spacing, or the next
 * opens with a bullet. Words hyphenated across lines ("qualify-/ing") are joined again. A paragraph runs on
 * across a page break when it has no closing punctuation and the next page opens in lower case, even past a
 * running header or footer; those come out as paragraphs of their own, marked `pageMargin`.
 */
export function paragraphsFromTextLayer(pages: readonly (readonly TextRun[])[]): LayerParagraph[] {
  const pageLines = pages.map(linesOf);
  const running = runningLines(pageLines);
  const paragraphs: LayerParagraph[] = [];
  const pushMargins = (lines: Line[]) => paragraphs.push(...lines.map((line) => ({ text: line.text, pageMargin: true })));
  let carry: string | null = null;
  let footers: Line[] = [];
  for (const allLines of pageLines) {
    const isMargin = (line: Line, index: number) => (index === 0 || index === allLines.length - 1) && running.has(marginKey(line.text));
    const lines = allLines.filter((line, index) => !isMargin(line, index));
    const headers = allLines.slice(0, 1).filter(isMargin);
    if (carry !== null && (lines.length === 0 || SENTENCE_END.test(carry) || !/^\p{Ll}/u.test(lines[0].text))) {
      paragraphs.push({ text: carry, pageMargin: false });
      carry = null;
    }
    pushMargins([...footers, ...headers]);
    footers = allLines.filter((line, index) => index > 0 && isMargin(line, index));
    const left = Math.min(...lines.map((line) => line.left));
    const widest = Math.max(0, ...lines.map((line) => line.right - left));
    const spacing = median(lines.slice(1).map((line, index) => Math.abs(lines[index].y - line.y)).filter((gap) => gap > 0));
    lines.forEach((line, index) => {
      const previous = lines[index - 1];
      const startsParagraph =
        carry === null ||
        (previous !== undefined &&
          (previous.right - left < widest * SHORT_LINE_SHARE ||
            Math.abs(previous.y - line.y) > Math.max(spacing, previous.height) * PARAGRAPH_GAP_RATIO ||
            BULLET.test(line.text)));
      if (!startsParagraph) {
        carry = joinLines(carry as string, line.text);
        return;
      }
      if (carry !== null) paragraphs.push({ text: carry, pageMargin: false });
      carry = line.text;
    });
  }
  if (carry !== null) paragraphs.push({ text: carry, pageMargin: false });
  pushMargins(footers);
  return paragraphs;
}
