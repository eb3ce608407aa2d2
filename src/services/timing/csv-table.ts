import Papa from 'papaparse';
import { RacedeskError } from '../../domain/errors';
import { fittedCellCount, type RowShape } from './row-width';

/** A CSV file read into rows of strings, every row as wide as the header. */
export interface CsvTable {
  fileName: string;
  /** Trimmed header names; a trailing separator's empty last column is dropped. */
  headers: string[];
  rows: string[][];
  /** The line of the file each row starts on (1-based, the header is line 1). */
  lines: number[];
}

/** A CSV file whose header is read and whose rows are streamed on demand, so large files are never held twice. */
export interface CsvSource {
  fileName: string;
  headers: string[];
  /**
   * Calls `onRow` for every data row in order, with the line it starts on; refuses, with the line and the
   * reason, an unclosed quote or a row of the wrong width. Rows are only valid during the call.
   */
  forEachRow(onRow: (row: string[], line: number) => void): void;
  /**
   * Like `forEachRow`, refusing the same rows, but hands over only the cells of `columns` (header indexes,
   * in that order; '' for -1), in one array reused for every row: for large files, where making a string
   * of every cell costs more than reading the ones wanted.
   */
  forEachPickedRow(columns: readonly number[], onRow: (cells: string[], line: number) => void): void;
}

export interface CsvOptions {
  delimiter?: string;
  /** Rows missing trailing columns are padded with empty cells (Ergast's `races.csv` stops at `url` for 2025). */
  padShortRows?: boolean;
}

const CANDIDATE_DELIMITERS = [';', ',', '\t'] as const;
/** Parsed a chunk at a time: strings of one chunk die young, which keeps garbage collection cheap. */
const CHUNK_CHARACTERS = 512 * 1024;

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

export function firstLine(text: string): string {
  const end = text.search(/\r?\n|\r/);
  return end === -1 ? text : text.slice(0, end);
}

function isBlank(row: string[]): boolean {
  return row.length === 1 && row[0].trim() === '';
}

/** A `forEachPickedRow` made of a `forEachRow`: picks the cells out of whole rows. */
function pickingFrom(forEachRow: CsvSource['forEachRow']): CsvSource['forEachPickedRow'] {
  return (columns, onRow) => {
    const cells = new Array<string>(columns.length).fill('');
    forEachRow((row, line) => {
      for (let slot = 0; slot < columns.length; slot++) cells[slot] = columns[slot] === -1 ? '' : row[columns[slot]] ?? '';
      onRow(cells, line);
    });
  };
}

function countNewlines(row: string[]): number {
  let count = 0;
  for (const field of row) {
    if (field.includes('\n')) count += field.split('\n').length - 1;
  }
  return count;
}

function quoteProblem(code: string): string {
  return code === 'MissingQuotes' ? 'a quoted field is never closed' : 'a quote inside a quoted field is not doubled';
}

interface ChunkedConfig {
  delimiter: string;
  chunkSize: number;
  chunk: (results: Papa.ParseResult<string[]>) => void;
}

/** papaparse parses a string synchronously chunk by chunk; its types only allow chunks for files and workers. */
function parseInChunks(text: string, config: ChunkedConfig): void {
  (Papa.parse as unknown as (input: string, options: ChunkedConfig) => void)(text, config);
}

/**
 * Opens CSV text (BOM already removed) with papaparse: the header now, the rows when asked. This is the
 * only module that talks to papaparse.
 */
export function openCsv(text: string, fileName: string, options: CsvOptions = {}): CsvSource {
  const delimiter = options.delimiter ?? detectDelimiter(firstLine(text));
  // Only the start of the text: papaparse's fast mode splits all of its input before it stops at the preview.
  const header = Papa.parse<string[]>(text.slice(0, 256 * 1024), { delimiter, preview: 1 });
  const headerRow = header.data[0];
  if (!headerRow || isBlank(headerRow)) throw new RacedeskError('bad-file', `${fileName}: the file is empty`);
  if (header.errors.some((error) => error.type === 'Quotes')) {
    throw new RacedeskError('bad-file', `${fileName} line 1: ${quoteProblem(header.errors[0].code)}`);
  }
  const trailingSeparator = headerRow.length > 1 && headerRow[headerRow.length - 1].trim() === '';
  const width = trailingSeparator ? headerRow.length - 1 : headerRow.length;
  const headers = headerRow.slice(0, width).map((name) => name.trim());
  const shape: RowShape = { fileName, width, trailingSeparator, padShortRows: options.padShortRows ?? false };
  // Without a quote in the file no field can hold a line break, so rows and lines correspond one to one.
  const quoted = text.includes('"');
  const forEachRow: CsvSource['forEachRow'] = (onRow) => {
    let line = 1;
    let isHeader = true;
    parseInChunks(text, {
      delimiter,
      chunkSize: CHUNK_CHARACTERS,
      chunk: (results) => {
        const quoteError = results.errors.find((error) => error.type === 'Quotes');
        const stopAt = quoteError?.row ?? results.data.length;
        for (let index = 0; index < results.data.length && index <= stopAt; index++) {
          let row = results.data[index];
          const rowLine = line;
          if (index === stopAt && quoteError) throw new RacedeskError('bad-file', `${fileName} line ${rowLine}: ${quoteProblem(quoteError.code)}`);
          line += 1 + (quoted ? countNewlines(row) : 0);
          if (isHeader) {
            isHeader = false;
            continue;
          }
          if (isBlank(row)) continue;
          const cellCount = fittedCellCount(shape, row.length, row[row.length - 1], rowLine);
          if (cellCount > row.length) row = [...row, ...new Array<string>(cellCount - row.length).fill('')];
          onRow(row, rowLine);
        }
      },
    });
  };
  return {
    fileName,
    headers,
    forEachRow,
    forEachPickedRow: pickingFrom(forEachRow),
  };
}

/** Reads a whole CSV source into memory: for results files and tables that are small. */
export function collectTable(source: CsvSource): CsvTable {
  const rows: string[][] = [];
  const lines: number[] = [];
  source.forEachRow((row, line) => {
    rows.push(row.length > source.headers.length ? row.slice(0, source.headers.length) : row);
    lines.push(line);
  });
  return { fileName: source.fileName, headers: source.headers, rows, lines };
}

/** Parses CSV text into a table, refusing what `openCsv` refuses. */
export function parseCsvTable(text: string, fileName: string, options: CsvOptions = {}): CsvTable {
  return collectTable(openCsv(text, fileName, options));
}

/** A table already in memory (pasted text) as a source. */
export function sourceOfTable(table: CsvTable): CsvSource {
  const forEachRow: CsvSource['forEachRow'] = (onRow) => table.rows.forEach((row, index) => onRow(row, table.lines[index]));
  return {
    fileName: table.fileName,
    headers: table.headers,
    forEachRow,
    forEachPickedRow: pickingFrom(forEachRow),
  };
}

/** Column index by header name, case-insensitive; -1 when absent. */
export function columnIndex(table: Pick<CsvTable, 'headers'>, name: string): number {
  const wanted = name.toUpperCase();
  return table.headers.findIndex((header) => header.toUpperCase() === wanted);
}
