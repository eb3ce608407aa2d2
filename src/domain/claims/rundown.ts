import { isDayOfDate } from './non-claims';
import { findStackedRows } from './stacked-rows';
import { gridCellOf, isColumnNames, type GridCell } from './table-columns';
import type { Figure } from './types';

/** One line of a classification, grid or results table: a place, then who holds it. */
export interface RundownRow {
  /** The line, as offsets into the text. */
  start: number;
  end: number;
  place: number;
  /** The place as written at the start of the line ("1", "1.", "P7"). */
  placeStart: number;
  placeEnd: number;
  /** Whether the place was written as a bare number, which no other reader takes for a figure. */
  bare: boolean;
  /** The session the table's heading names ("QUALIFYING RESULTS", "Starting grid"), or null. */
  heading: string | null;
  /** The row's starting place, when its table has a grid column ("Pos | Driver | Team | Grid | Laps"). */
  gridCell?: GridCell | null;
}

// "1. Alonso Ferrari 1h28:41.194", "2 44 Lewis Hamilton …", "1 | 44 | Lewis Hamilton |", "| 3 | Leclerc |", "P7 Hamilton",
// "01. Russell".
// A table pasted without its cell borders glues the place to the name: "1Lewis HamiltonMercedes66 laps". A name
// may open with a lower-case particle ("12   de la Rosa   Sauber", "7 van der Garde").
const BARE_ROW = /^[ \t]*(?:\|[ \t]*)?(0?\d{1,2})(?:[.)]|:)?(?:(?=[ \t|])[ \t|]*(?:#?\d{1,3}[ \t|]+)?(?:\p{Lu}(?=[\p{L}.'’-])|[A-Z]\p{Ll}|(?:de|di|da|du|del|della|dos|van|von|der|den|ter|le|la)[ \t]+(?:(?:la|der|den|de)[ \t]+)?\p{Lu})|(?=\p{Lu}\p{Ll}))/u;
// "GRID: 1.Vettel, 2.Hamilton, 3.Alonso", "DISTACCO 1 Charles Leclerc Ferrari - 2 Sebastian Vettel Ferrari +0.748 3 …":
// a table flattened into one line, each place before a capitalised name; "1. #6 Porsche Penske Motorsport
// (Estre/Vanthoor/Campbell) – 120 laps 2. #50 Ferrari AF Corse …": an endurance results line, the car's number first.
// "RACE RESULT: 1 M.SCHUMACHER  Ferrari  1h21m20.634s, 2 BARRICHELLO  Ferrari  +1.977s": old wire-style results give the
// surname in capitals, perhaps after an initial.
const INLINE_PLACE = /(?<![\p{L}\d.,:+\-–/#])(\d{1,2})(?:\.\s?|\s)(?=#\d{1,3}\s+\p{Lu}|\p{Lu}\p{Ll}|(?:\p{Lu}\.\s?)?\p{Lu}{3,}[\p{Lu}'’-]*\s+\p{Lu})/gu;
const INLINE_RUN = 3;
const P_ROW = /^[ \t]*(?:\|[ \t]*)?(P(\d{1,2}))\b/;
const NOT_RESULTS = /\b(?:standings?|championship|points|pts|punkte|punten|puntos|punti|pontos|wertung|klassement|classement général|mundial)\b/i;
// "Pos | Driver | Team | Gap | Pts": a points column beside a gap or time column heads a session's results (the points
// it scored); a table of standings has points and no gap.
const RESULT_COLUMN = /\b(?:gap|time|laps?|interval|diff|behind|zeit|abstand|rückstand|tiempo|diferencia|tempo|distacco|temps|écart|tijd|verschil)\b/i;
const HEADING_KINDS: [string, RegExp][] = [
  ['qualifying', /\bqualif|\bgrid\b|\b(?:front|first|primera|prima|première|erste|voorste|primeira)\s+(?:row|fila|ligne|reihe|startrij|linha)\b|\bstart(?:ing)?\s*(?:grid|order|positions?)|\bstartaufstellung|\bparrilla|\bgriglia|\bgrille/i],
  ['practice', /\bpractice\b|\bFP\d\b|\btraining\b|\bessais\b|\blibres?\b/i],
  ['race', /\brace\b|\bclassified\b|\bclassification\b|\bresults?\b|\brennen\b|\bcarrera\b|\bgara\b|\bcourse\b/i],
];

/**
 * The rows of the rundowns in a text: runs of two or more lines, each opening with a place and a name, the
 * places rising (a classification, a grid, a results table). Lines of championship standings or points are not
 * rows of a session. `P`-numbered lines ("P14 GTD / P24 overall - #13 AWA Corvette") count on their own.
 */
export function findRundownRows(text: string): RundownRow[] {
  const lines: { start: number; end: number; text: string }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    lines.push({ start, end: start + line.length, text: line });
    start += line.length + 1;
  }
  const rows: RundownRow[] = [];
  let block: RundownRow[] = [];
  let blockFirst = -1;
  let lastLine = -2;
  let standings = false;
  // One row is a table too under a heading that names a session ("Qualifying, Spanien" / "01. Lando Norris …"),
  // as a paragraph of its own in the desk, which checks a row with the row or heading before it as its lead.
  const close = () => {
    if ((block.length >= 2 && rising(block)) || (block.length === 1 && headingKind(block[0]) !== null && !namesStandings(block[0].heading))) rows.push(...block);
    block = [];
  };
  lines.forEach((line, index) => {
    const inline = inlineRows(line, lines, index);
    if (inline.length > 0) {
      close();
      rows.push(...inline);
      return;
    }
    const p = P_ROW.exec(line.text);
    if (p) {
      const placeStart = line.start + line.text.indexOf(p[1]);
      if (!NOT_RESULTS.test(line.text)) rows.push({ start: line.start, end: line.end, place: Number(p[2]), placeStart, placeEnd: placeStart + p[1].length, bare: false, heading: headingBefore(lines, index) });
      return;
    }
    const found = BARE_ROW.exec(line.text);
    // "30 Jul 2016" under a headline is a date, not a row.
    const at = found ? line.text.indexOf(found[1]) : -1;
    const bare = found && !isDayOfDate(line.text, at, at + found[1].length) ? found : null;
    if (!bare || NOT_RESULTS.test(line.text)) {
      if (line.text.trim() !== '' || index - lastLine > 2) close();
      if (!bare) standings = false;
      return;
    }
    if (standings) return;
    if (index - lastLine > 2) close();
    const placeStart = line.start + line.text.indexOf(bare[1]);
    const heading = block[0]?.heading ?? headingBefore(lines, index);
    if (block.length === 0 && namesStandings(heading)) {
      standings = true;
      return;
    }
    if (block.length === 0) blockFirst = index;
    const gridCell = gridCellOf(lines, blockFirst, index);
    block.push({ start: line.start, end: line.end, place: Number(bare[1]), placeStart, placeEnd: placeStart + bare[1].length, bare: true, heading, ...(gridCell ? { gridCell } : {}) });
    lastLine = index;
  });
  close();
  rows.push(...stackedRows(lines));
  return rows.sort((a, b) => a.start - b.start);
}

// "1\nVERSTAPPEN\n2\nGASLY": a table whose cells are lines of their own, under the heading above its first place.
function stackedRows(lines: { start: number; end: number; text: string }[]): RundownRow[] {
  const rows: RundownRow[] = [];
  for (const row of findStackedRows(lines)) {
    // The heading above the table's header of column names ("Q2" over "|Pos. |Driver …"), else above its first place.
    const heading = headingBefore(lines, row.head);
    if (!NOT_RESULTS.test(lines[row.line + 1].text) && !namesStandings(heading)) rows.push({ start: row.start, end: row.end, place: row.place, placeStart: row.placeStart, placeEnd: row.placeEnd, bare: true, heading });
  }
  return rows;
}

// The places of a line that holds a whole table, one after another from any place, each followed by a name.
function inlineRows(line: { start: number; end: number; text: string }, lines: { text: string }[], index: number): RundownRow[] {
  if (NOT_RESULTS.test(line.text)) return [];
  const hits = [...line.text.matchAll(INLINE_PLACE)].map((match) => ({ at: match.index, place: Number(match[1]), length: match[1].length }));
  let best: typeof hits = [];
  for (let first = 0; first < hits.length; first += 1) {
    const run = [hits[first]];
    for (const hit of hits.slice(first + 1)) if (hit.place === run.at(-1)!.place + 1) run.push(hit);
    if (run.length > best.length) best = run;
  }
  if (best.length < INLINE_RUN) return [];
  const heading = line.text.slice(0, best[0].at).trim() || headingBefore(lines, index);
  return best.map((hit, at) => ({
    start: line.start + hit.at,
    end: at + 1 < best.length ? line.start + best[at + 1].at : line.end,
    place: hit.place,
    placeStart: line.start + hit.at,
    placeEnd: line.start + hit.at + hit.length,
    bare: true,
    heading,
  }));
}

/** The session a row's heading names, as a claim's session hint. */
export function headingKind(row: RundownRow): string | null {
  // A "Grid" among the column names heads a column of starting places, not a table of the grid.
  const heading = row.heading?.split(' / ').filter((line) => !isColumnNames(line)).join(' / ');
  if (!heading) return null;
  for (const [kind, pattern] of HEADING_KINDS) if (pattern.test(heading)) return kind;
  return null;
}

// "Abu Dhabi GP Results / Pos Driver": a results table headed with an event's name, as a site's sidebar gives the
// last race's.
const EVENT_HEADING = /((?:\p{Lu}[\p{L}-]+\s+){1,3})(?:Grand Prix|GP)\s+(?:Results?|Classification)\b/u;

/** The event a row's heading names as the one its results are of, or null. */
export function headingEvent(row: RundownRow): string | null {
  return row.heading ? (EVENT_HEADING.exec(row.heading)?.[1].trim() ?? null) : null;
}

/** The starting place in a row's grid column as a position figure. */
export function gridFigure(cell: GridCell): Figure {
  return { kind: 'position', start: cell.start, end: cell.end, value: cell.value, unit: 'place', notation: 'ordinal-digits', decimals: 0, scope: null };
}

/** The place of a bare-numbered row as a position figure. */
export function rowFigure(row: RundownRow): Figure {
  return { kind: 'position', start: row.placeStart, end: row.placeEnd, value: row.place, unit: 'place', notation: 'ordinal-digits', decimals: 0, scope: null };
}

// A line of column names, with cell borders or opening with the place's column: "| Pos | Driver | Gap | Pts |",
// "Pos No Driver Car Laps Time/Retired Pts".
const COLUMN_NAMES = /\|.*\||^\s*(?:Pos|Pos\.|Position|Place|Pl\.)\s+(?:No\.?|#|Driver|Drivers|Car|Team|Name)\b/i;

// Whether a table's heading lines name standings or points, other than as a column beside a gap or time column.
function namesStandings(heading: string | null): boolean {
  if (heading === null) return false;
  return heading.split(' / ').some((line) => NOT_RESULTS.test(line) && !(COLUMN_NAMES.test(line) && RESULT_COLUMN.test(line)));
}

// Places mostly one after another: a table, not a paragraph that happens to open with a number.
function rising(block: RundownRow[]): boolean {
  let steps = 0;
  for (let index = 1; index < block.length; index += 1) {
    const step = block[index].place - block[index - 1].place;
    if (step <= 0) return false;
    if (step === 1) steps += 1;
  }
  return steps >= Math.ceil((block.length - 1) / 2);
}

// The lines above the row's table that are not rows themselves, nearest first, within three lines.
function headingBefore(lines: { text: string }[], index: number): string | null {
  const heading: string[] = [];
  for (let at = index - 1; at >= Math.max(0, index - 3); at -= 1) {
    const text = lines[at].text.trim();
    if (text !== '' && !BARE_ROW.test(lines[at].text)) heading.push(text);
  }
  return heading.length > 0 ? heading.join(' / ') : null;
}
