import { RacedeskError } from '../../domain/errors';
import { parseLapTime } from '../../domain/timing';
import { columnIndex, type CsvTable } from './csv-table';

/**
 * Reads typed values from one table by column name, and words every refusal as `file line N: reason`.
 */
export class TableReader {
  private readonly indexes = new Map<string, number>();

  constructor(readonly table: CsvTable) {}

  has(column: string): boolean {
    return this.index(column) !== -1;
  }

  private index(column: string): number {
    let found = this.indexes.get(column);
    if (found === undefined) {
      found = columnIndex(this.table, column);
      this.indexes.set(column, found);
    }
    return found;
  }

  /** Refuses the file when a column it needs is missing. */
  require(columns: string[], what: string): void {
    const missing = columns.filter((column) => !this.has(column));
    if (missing.length > 0) {
      throw new RacedeskError('bad-file', `${this.table.fileName} line 1: not ${what}: no ${missing.join(', ')} column`);
    }
  }

  fail(row: number, reason: string): never {
    throw new RacedeskError('bad-file', `${this.table.fileName} line ${this.table.lines[row]}: ${reason}`);
  }

  text(row: number, column: string): string {
    const index = this.index(column);
    return index === -1 ? '' : this.table.rows[row][index].trim();
  }

  /** A whole number, or null when the cell is empty; anything else is refused. */
  integer(row: number, column: string): number | null {
    const text = this.text(row, column);
    if (text === '') return null;
    if (!/^\d+$/.test(text)) this.fail(row, `${column} "${text}" is not a whole number`);
    return Number(text);
  }

  decimal(row: number, column: string): number | null {
    const text = this.text(row, column);
    if (text === '') return null;
    const value = Number(text.replace(',', '.'));
    if (!Number.isFinite(value)) this.fail(row, `${column} "${text}" is not a number`);
    return value;
  }

  /** A time in the files' notation ("1:32.656"), or null when empty; anything else is refused. */
  time(row: number, column: string): number | null {
    const text = this.text(row, column);
    if (text === '') return null;
    const seconds = parseLapTime(text);
    if (seconds === null) this.fail(row, `${column} "${text}" is not a time`);
    return seconds;
  }

  get rowCount(): number {
    return this.table.rows.length;
  }
}
