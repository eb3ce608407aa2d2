// A table copied from a web page whose cells come out one per line: "1\nVERSTAPPEN\n2\nGASLY\n3\nSAINZ", or with
// its cell borders kept, "|Pos.\n|Driver\n|1.\n|Sainz". A place is a line of its own (a number alone), the cells
// of its row the lines up to the next place.

/** A row of such a table: the place's line, then the lines of its cells. */
export interface StackedRow {
  start: number;
  end: number;
  place: number;
  placeStart: number;
  placeEnd: number;
  /** The index of the place's line. */
  line: number;
  /** The index of the first line of the row's table: its header of column names, else its first place. */
  head: number;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

// A cell's borders ("|Sainz", "Sainz |") are no part of it.
const PLACE_LINE = /^[ \t]*\|?[ \t]*(\d{1,2})\.?[ \t]*\|?[ \t]*$/;
// The first cell after a place names its holder: a capital ("VERSTAPPEN", "Max Verstappen", "#31 Cadillac").
const HOLDER_LINE = /^[ \t]*\|?[ \t]*(?:#?\d{1,3}[ \t]+)?\p{Lu}/u;
// A header cell naming the place column ("|Pos.", "Position", "Platz"): under it a table may open at any place
// ("|Pos. … |11. |Yuki Tsunoda", the second half of a split table).
const PLACE_COLUMN = /^[ \t]*\|?[ \t]*(?:pos(?:ition)?|pl(?:ace)?|rank|platz|posici[oó]n|posizione|positie|posi[cç][aã]o|classement|cl\.?)\.?[ \t]*\|?[ \t]*$/i;
// The header's cells: as many lines as a row has, a few more at most.
const HEADER_REACH = 12;
// Places one after another from 1, at least three: fewer is as likely a list of numbers as a table.
const SHORTEST = 3;

/** The rows of the tables in `lines` whose places stand alone on their lines, each place rising by one from 1 (or from any place under a header naming the place column). */
export function findStackedRows(lines: Line[]): StackedRow[] {
  const rows: StackedRow[] = [];
  let run: StackedRow[] = [];
  const close = () => {
    if (run.length >= SHORTEST) rows.push(...withLastRowCut(run, lines));
    run = [];
  };
  lines.forEach((line, index) => {
    const place = PLACE_LINE.exec(line.text);
    const next = lines[index + 1];
    if (!place || !next || !HOLDER_LINE.test(next.text) || PLACE_LINE.test(next.text)) return;
    const value = Number(place[1]);
    const previous = run.at(-1);
    // The cells of one row, the same number of lines for every row: a place further on is no longer the table.
    const stride = run.length >= 2 ? run[1].line - run[0].line : null;
    if (previous && !(value === previous.place + 1 && (stride === null || index - previous.line === stride))) close();
    const header = run.length === 0 ? placeHeader(lines, index) : null;
    if (run.length === 0 && value !== 1 && header === null) return;
    const placeStart = line.start + line.text.indexOf(place[1]);
    if (run.length > 0) run[run.length - 1] = { ...run[run.length - 1], end: line.start - 1 };
    const head = run[0]?.head ?? header ?? index;
    run.push({ start: line.start, end: line.end, place: value, placeStart, placeEnd: placeStart + place[1].length, line: index, head });
  });
  close();
  return rows;
}

// The first line of the header of column names right above a table's first place, when one of its cells names the
// place column; null when there is none.
function placeHeader(lines: Line[], index: number): number | null {
  for (let at = index - 1; at >= Math.max(0, index - HEADER_REACH); at -= 1) {
    const text = lines[at].text;
    if (text.trim() === '' || PLACE_LINE.test(text)) return null;
    if (PLACE_COLUMN.test(text)) return at;
  }
  return null;
}

// The last row takes as many lines as the rows before it: what follows ("RET\nVETTEL", a byline) is not its cells.
function withLastRowCut(run: StackedRow[], lines: Line[]): StackedRow[] {
  const stride = run[1].line - run[0].line;
  const last = run.at(-1)!;
  const lastLine = lines[Math.min(lines.length - 1, last.line + stride - 1)];
  return [...run.slice(0, -1), { ...last, end: lastLine.end }];
}
