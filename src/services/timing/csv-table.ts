import Papa from 'papaparse';
import { RacedeskError } from '../../domain/errors';

/** A CSV file read into rows of strings, every row as wide as the header. */
export interface CsvTable {
  fileName: string;
  /** Trimmed header names; a trailing separator's empty last column is dropped. */
  headers: string[];
  rows: string[][];
  /** The line of the file each row starts on (1-based, the header is line 1). */
  lines: number[];
}

export interface CsvOptions {
  delimiter?: string;
  /** Rows missing trailing columns are padded with empty cells (Ergast's `races.csv` stops at `url` for 2025). */
  padShortRows?: boolean;
}

const CANDIDATE_DELIMITERS = [';', ',', '\t'] as const;

/** The separator the header line uses most: Al Kamel publishes `;` and `,` variants of the same files. */
export function detectDelimiter(headerLine: string): string {
  let best: string = ',';
  let bestCount = 0;
  for (const delimiter of CANDIDATE_DELIMITERS) {
    const count = headerLine.split(delimiter).length - 1;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

function firstLine(text: string): string {
  const end = text.search(/\r?\n|\r/);
  return end === -1 ? text : text.slice(0, end);
}

function isBlank(row: string[]): boolean {
  return row.length === 1 && row[0].trim() === '';
}

function countNewlines(row: string[]): number {
  let count = 0;
  for (const field of row) {
    if (field.includes('\n')) count += field.split('\n').length - 1;
  }
  return count;
}

/**
 * Parses CSV text (BOM already removed) with papaparse. Refuses, with the line and the reason, a quote that
 * is never closed and any row whose width differs from the header's. This is the only module that talks to
 * papaparse.
 */
export function parseCsvTable(text: string, fileName: string, options: CsvOptions = {}): CsvTable {
  const delimiter = options.delimiter ?? detectDelimiter(firstLine(text));
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const quoteError = parsed.errors.find((error) => error.type === 'Quotes');
  if (quoteError) {
    const line = lineOfRow(parsed.data, quoteError.row ?? 0);
    const reason = quoteError.code === 'MissingQuotes' ? 'a quoted field is never closed' : 'a quote inside a quoted field is not doubled';
    throw new RacedeskError('bad-file', `${fileName} line ${line}: ${reason}`);
  }
  const [headerRow, ...body] = parsed.data;
  if (!headerRow || isBlank(headerRow)) throw new RacedeskError('bad-file', `${fileName}: the file is empty`);
  const trailingSeparator = headerRow.length > 1 && headerRow[headerRow.length - 1].trim() === '';
  const width = trailingSeparator ? headerRow.length - 1 : headerRow.length;
  const headers = headerRow.slice(0, width).map((header) => header.trim());
  const rows: string[][] = [];
  const lines: number[] = [];
  let line = 2 + countNewlines(headerRow);
  for (let row of body) {
    const rowLine = line;
    line += 1 + countNewlines(row);
    if (isBlank(row)) continue;
    if (options.padShortRows && row.length < width) row = [...row, ...new Array<string>(width - row.length).fill('')];
    const fits = row.length === width || (trailingSeparator && row.length === width + 1 && row[width].trim() === '');
    if (!fits) {
      const found = trailingSeparator && row[row.length - 1] === '' ? row.length - 1 : row.length;
      throw new RacedeskError('bad-file', `${fileName} line ${rowLine}: ${found} columns, expected ${width}`);
    }
    rows.push(row.length === width ? row : row.slice(0, width));
    lines.push(rowLine);
  }
  return { fileName, headers, rows, lines };
}

function lineOfRow(rows: string[][], rowIndex: number): number {
  let line = 1;
  for (let index = 0; index < rowIndex && index < rows.length; index++) line += 1 + countNewlines(rows[index]);
  return line;
}

/** Column index by header name, case-insensitive; -1 when absent. */
export function columnIndex(table: CsvTable, name: string): number {
  const wanted = name.toUpperCase();
  return table.headers.findIndex((header) => header.toUpperCase() === wanted);
}
