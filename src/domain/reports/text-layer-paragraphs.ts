/** One run of text in a PDF page's text layer, positioned in page units (y grows upwards). */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  /** Font size, roughly the line height. */
  height: number;
  /** The producer marked the end of a line after this run. */
  endsLine: boolean;
}

interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  height: number;
}

/** A line narrower than this share of the page's widest line ended on purpose, not by wrapping. */
const SHORT_LINE_SHARE = 0.8;
/** A vertical gap more than this many times the usual line spacing separates paragraphs. */
const PARAGRAPH_GAP_RATIO = 1.4;
const BULLET = /^[•·▪◦‣∙–-]\s/;

function linesOf(runs: readonly TextRun[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  let previousEndsLine = false;
  for (const run of runs) {
    if (run.text === '' && !run.endsLine) continue;
    const sameLine = current !== null && !previousEndsLine && Math.abs(run.y - current.y) <= Math.max(run.height, current.height) * 0.5;
    if (!current || !sameLine) {
      current = { text: run.text, left: run.x, right: run.x + run.width, y: run.y, height: run.height };
      lines.push(current);
    } else {
      const gap = run.x - current.right;
      const needsSpace = gap > run.height * 0.15 && !/\s$/.test(current.text) && !/^\s/.test(run.text);
      current.text += (needsSpace ? ' ' : '') + run.text;
      current.right = Math.max(current.right, run.x + run.width);
    }
    previousEndsLine = run.endsLine;
  }
  return lines.map((line) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() })).filter((line) => line.text !== '');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function joinLines(first: string, second: string): string {
  if (/\p{Ll}-$/u.test(first) && /^\p{Ll}/u.test(second)) return first.slice(0, -1) + second;
  return `${first} ${second}`;
}

/**
 * Joins the text layer of a PDF's pages into paragraphs. A line runs on into the next unless it is short
 * (the text stopped before the margin), the next sits further down than the usual line spacing, or the next
 * opens with a bullet. Words hyphenated across lines ("qualify-/ing") are joined again. A paragraph runs on
 * across a page break only when it has no closing punctuation and the next page opens in lower case.
 */
export function paragraphsFromTextLayer(pages: readonly (readonly TextRun[])[]): string[] {
  const paragraphs: string[] = [];
  let carry: string | null = null;
  for (const runs of pages) {
    const lines = linesOf(runs);
    const widest = Math.max(0, ...lines.map((line) => line.right - lines[0].left));
    const spacing = median(lines.slice(1).map((line, index) => Math.abs(lines[index].y - line.y)).filter((gap) => gap > 0));
    let paragraph: string | null = carry;
    lines.forEach((line, index) => {
      const previous = lines[index - 1];
      const startsParagraph =
        paragraph === null ||
        (previous !== undefined &&
          (previous.right - lines[0].left < widest * SHORT_LINE_SHARE ||
            Math.abs(previous.y - line.y) > Math.max(spacing, previous.height) * PARAGRAPH_GAP_RATIO ||
            BULLET.test(line.text))) ||
        (previous === undefined && (/[.!?:”"]$/.test(paragraph) || !/^\p{Ll}/u.test(line.text)));
      if (startsParagraph) {
        if (paragraph !== null) paragraphs.push(paragraph);
        paragraph = line.text;
      } else paragraph = joinLines(paragraph as string, line.text);
    });
    carry = paragraph;
  }
  if (carry !== null) paragraphs.push(carry);
  return paragraphs;
}
