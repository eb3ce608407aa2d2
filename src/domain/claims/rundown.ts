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
}

// "1. Alonso Ferrari 1h28:41.194", "2 44 Lewis Hamilton …", "1 | 44 | Lewis Hamilton |", "P7 Hamilton", "01. Russell".
const BARE_ROW = /^[ \t]*(0?\d{1,2})(?:[.)]|:)?(?=[ \t|])[ \t|]*(?:#?\d{1,3}[ \t|]+)?(?:[\p{Lu}]|[A-Z]\p{Ll})/u;
const P_ROW = /^[ \t]*(P(\d{1,2}))\b/;
const NOT_RESULTS = /\b(?:standings?|championship|points|pts|punkte|punten|puntos|punti|pontos|wertung|klassement|classement général|mundial)\b/i;
const HEADING_KINDS: [string, RegExp][] = [
  ['qualifying', /\bqualif|\bgrid\b|\bstart(?:ing)?\s*(?:grid|order|positions?)|\bstartaufstellung|\bparrilla|\bgriglia|\bgrille/i],
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
  let lastLine = -2;
  let standings = false;
  const close = () => {
    if (block.length >= 2 && rising(block)) rows.push(...block);
    block = [];
  };
  lines.forEach((line, index) => {
    const p = P_ROW.exec(line.text);
    if (p) {
      const placeStart = line.start + line.text.indexOf(p[1]);
      if (!NOT_RESULTS.test(line.text)) rows.push({ start: line.start, end: line.end, place: Number(p[2]), placeStart, placeEnd: placeStart + p[1].length, bare: false, heading: headingBefore(lines, index) });
      return;
    }
    const bare = BARE_ROW.exec(line.text);
    if (!bare || NOT_RESULTS.test(line.text)) {
      if (line.text.trim() !== '' || index - lastLine > 2) close();
      if (!bare) standings = false;
      return;
    }
    if (standings) return;
    if (index - lastLine > 2) close();
    const placeStart = line.start + line.text.indexOf(bare[1]);
    const heading = block[0]?.heading ?? headingBefore(lines, index);
    if (block.length === 0 && heading !== null && NOT_RESULTS.test(heading)) {
      standings = true;
      return;
    }
    block.push({ start: line.start, end: line.end, place: Number(bare[1]), placeStart, placeEnd: placeStart + bare[1].length, bare: true, heading });
    lastLine = index;
  });
  close();
  return rows.sort((a, b) => a.start - b.start);
}

/** The session a row's heading names, as a claim's session hint. */
export function headingKind(row: RundownRow): string | null {
  if (!row.heading) return null;
  for (const [kind, pattern] of HEADING_KINDS) if (pattern.test(row.heading)) return kind;
  return null;
}

/** The place of a bare-numbered row as a position figure. */
export function rowFigure(row: RundownRow): Figure {
  return { kind: 'position', start: row.placeStart, end: row.placeEnd, value: row.place, unit: 'place', notation: 'ordinal-digits', decimals: 0, scope: null };
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
