import { fittedCellCount, type RowShape } from './row-width';

/** As much of the text as papaparse looks at to choose the line break (its first chunk, see csv-table). */
const LINE_BREAK_SAMPLE = 512 * 1024;

/**
 * The line break papaparse would split quote-free text on: `\n` unless a `\r` comes first, then `\r\n` when
 * at least half the pieces between `\r`s start with `\n`, else `\r`. Mirrors its `guessLineEndings`.
 */
export function lineBreakOf(text: string): string {
  const sample = text.length > LINE_BREAK_SAMPLE ? text.slice(0, LINE_BREAK_SAMPLE) : text;
  const firstReturn = sample.indexOf('\r');
  if (firstReturn === -1) return '\n';
  const firstNewline = sample.indexOf('\n');
  if (firstNewline !== -1 && firstNewline < firstReturn) return '\n';
  let pieces = 1;
  let piecesAfterNewline = 0;
  for (let at = firstReturn; at !== -1; at = sample.indexOf('\r', at + 1)) {
    pieces++;
    if (sample.charCodeAt(at + 1) === 10) piecesAfterNewline++;
  }
  return piecesAfterNewline >= pieces / 2 ? '\r\n' : '\r';
}

/** What to read from a quote-free CSV text: its rows split as papaparse's fast mode would, header skipped. */
export interface QuoteFreeText {
  text: string;
  delimiter: string;
  lineBreak: string;
  shape: RowShape;
}

/**
 * Calls `onRow` for every data row of a text without a quote character, handing over only the cells of
 * `columns` (in that order, '' for -1 or a padded cell), in one array reused for every row. Cells are
 * found with `indexOf`, and only the wanted ones are cut out: a 15,000-row lap analysis is 450,000 cells,
 * of which the lap reader wants a third. Blank lines are skipped, rows of the wrong width refused.
 */
export function forEachQuoteFreeRow(source: QuoteFreeText, columns: readonly number[], onRow: (cells: string[], line: number) => void): void {
  const { text, delimiter, lineBreak, shape } = source;
  const slotOfColumn = new Int32Array(Math.max(0, ...columns) + 1).fill(-1);
  columns.forEach((column, slot) => {
    if (column < 0) return;
    if (slotOfColumn[column] !== -1) throw new Error(`column ${column} asked for twice`);
    slotOfColumn[column] = slot;
  });
  const cells = new Array<string>(columns.length).fill('');
  // The next separator at or after the cursor, searched again only once the cursor has passed it: each
  // character is looked at once even when a row's last cell runs on to the next line's first separator.
  let nextDelimiter = text.indexOf(delimiter);
  let lineStart = 0;
  for (let line = 1; ; line++) {
    let lineEnd = text.indexOf(lineBreak, lineStart);
    const lastLine = lineEnd === -1;
    if (lastLine) lineEnd = text.length;
    if (line > 1) {
      cells.fill('');
      let cellCount = 0;
      let cellStart = lineStart;
      for (;;) {
        if (nextDelimiter !== -1 && nextDelimiter < cellStart) nextDelimiter = text.indexOf(delimiter, cellStart);
        const lastCell = nextDelimiter === -1 || nextDelimiter + delimiter.length > lineEnd;
        const cellEnd = lastCell ? lineEnd : nextDelimiter;
        if (cellCount < slotOfColumn.length && slotOfColumn[cellCount] !== -1) cells[slotOfColumn[cellCount]] = text.slice(cellStart, cellEnd);
        cellCount++;
        if (lastCell) {
          const last = text.slice(cellStart, cellEnd);
          const blank = cellCount === 1 && last.trim() === '';
          if (!blank) {
            fittedCellCount(shape, cellCount, last, line);
            onRow(cells, line);
          }
          break;
        }
        cellStart = cellEnd + delimiter.length;
      }
    }
    if (lastLine) break;
    lineStart = lineEnd + lineBreak.length;
  }
}
