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

/** One line of a page, its runs joined, with where it sits. */
export interface Line {
  text: string;
  left: number;
  right: number;
  y: number;
  height: number;
}

/** The runs of one page grouped into lines, in reading order, a space put where runs sit apart. */
export function linesOf(runs: readonly TextRun[]): Line[] {
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
