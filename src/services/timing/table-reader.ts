import { RacedeskError } from '../../domain/errors';
import { parseLapTime } from '../../domain/timing';
import { columnIndex } from './csv-table';

/**
 * Reads typed values from the rows of one file by column name, and words every refusal as
 * `file line N: reason`.
 */
export class TableReader {
  private readonly indexes = new Map<string, number>();

  constructor(
    readonly fileName: string,
    readonly headers: string[],
  ) {}

  has(column: string): boolean {
    return this.index(column) !== -1;
  }

  /** The column's index, -1 when absent: resolve it once for row loops over large files. */
  index(column: string): number {
    let found = this.indexes.get(column);
    if (found === undefined) {
      found = columnIndex(this, column);
      this.indexes.set(column, found);
    }
    return found;
  }

  /** Refuses the file when a column it needs is missing. */
  require(columns: string[], what: string): void {
    const missing = columns.filter((column) => !this.has(column));
    if (missing.length > 0) {
      throw new RacedeskError('bad-file', `${this.fileName} line 1: not ${what}: no ${missing.join(', ')} column`);
    }
  }

  fail(line: number, reason: string): never {
    throw new RacedeskError('bad-file', `${this.fileName} line ${line}: ${reason}`);
  }

  text(row: string[], column: string): string {
    const index = this.index(column);
    return index === -1 ? '' : row[index].trim();
  }

  /** A whole number, or null when the cell is empty; anything else is refused. */
  integer(row: string[], line: number, column: string): number | null {
    const text = this.text(row, column);
    if (text === '') return null;
    if (!/^\d+$/.test(text)) this.fail(line, `${column} "${text}" is not a whole number`);
    return Number(text);
  }

  /** A decimal, or null when empty; anything else is refused. */
  decimalAt(row: string[], line: number, index: number, column: string): number | null {
    if (index === -1) return null;
    const text = row[index];
    if (text === '') return null;
    let value = Number(text);
    if (Number.isNaN(value) && text.includes(',')) value = Number(text.replace(',', '.'));
    if (value === 0 && text.trim() === '') return null;
    if (!Number.isFinite(value)) this.fail(line, `${column} "${text.trim()}" is not a number`);
    return value;
  }

  decimal(row: string[], line: number, column: string): number | null {
    return this.decimalAt(row, line, this.index(column), column);
  }

  /** A time in the files' notation ("1:32.656"), or null when empty; anything else is refused. */
  timeAt(row: string[], line: number, index: number, column: string): number | null {
    if (index === -1) return null;
    const text = row[index];
    const seconds = parseLapTime(text);
    if (seconds === null && text.trim() !== '') this.fail(line, `${column} "${text.trim()}" is not a time`);
    return seconds;
  }

  time(row: string[], line: number, column: string): number | null {
    return this.timeAt(row, line, this.index(column), column);
  }
}
