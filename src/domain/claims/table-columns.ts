// Tables with cell borders name their columns in a line above the rows ("Pos | Driver | Team | Grid | Laps |"). A
// race's results table often carries each car's starting place in a "Grid" column: that number is a place too, on
// the starting grid, not in the finishing order, and the column's name says nothing of the table's session.

/** A number in a row's grid column: its offsets into the text and the starting place it gives. */
export interface GridCell {
  start: number;
  end: number;
  value: number;
}

interface Line {
  start: number;
  text: string;
}

// "Grid", "Start", "Griglia", "Grille", "Parrilla", "Startplatz", "Grid pos.": the column of starting places.
const GRID_COLUMN = /^(?:grid(?:\s+pos(?:ition)?\.?)?|start(?:ing)?(?:\s+pos(?:ition)?\.?)?|griglia|grille|parrilla|startplatz)$/i;
// The column of finishing places that opens a table's column names.
const PLACE_COLUMN = /^(?:pos\.?|position|place|pl\.?|p|rank|platz|pos(?:ici[oó]n|izione|itie|i[cç][aã]o))$/i;

/** Whether a line names a bordered table's columns, the place's column first ("Pos | Driver | Team | Grid |"). */
export function isColumnNames(line: string): boolean {
  const cells = cellsOf(line);
  return cells.length >= 3 && PLACE_COLUMN.test(cells[0].text) && cells.every((cell) => !/\d/.test(cell.text));
}

/**
 * The row's number in its table's grid column, read from the column names within the three lines above the
 * table's first row; null when the table has no such column or the row's cells do not line up with the names.
 */
export function gridCellOf(lines: readonly Line[], firstRow: number, row: number): GridCell | null {
  const names = columnNamesAbove(lines, firstRow);
  if (!names) return null;
  const column = names.findIndex((cell) => GRID_COLUMN.test(cell.text));
  if (column < 0) return null;
  const cells = cellsOf(lines[row].text);
  if (cells.length !== names.length) return null;
  const cell = cells[column];
  if (!/^\d{1,2}$/.test(cell.text) || Number(cell.text) < 1) return null;
  const start = lines[row].start + cell.at;
  return { start, end: start + cell.text.length, value: Number(cell.text) };
}

function columnNamesAbove(lines: readonly Line[], firstRow: number): { text: string; at: number }[] | null {
  for (let at = firstRow - 1; at >= Math.max(0, firstRow - 3); at -= 1) if (isColumnNames(lines[at].text)) return cellsOf(lines[at].text);
  return null;
}

// The cells of a line split at its borders, without the empty ones a leading or trailing border leaves, each with
// its text trimmed and where that text starts in the line.
function cellsOf(line: string): { text: string; at: number }[] {
  if (!line.includes('|')) return [];
  const cells: { text: string; at: number }[] = [];
  let from = 0;
  for (const part of line.split('|')) {
    const text = part.trim();
    if (text !== '') cells.push({ text, at: from + part.indexOf(text) });
    from += part.length + 1;
  }
  return cells;
}
