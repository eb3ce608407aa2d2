import { RacedeskError } from '../../domain/errors';
import type { CsvTable } from './csv-table';
import { recognisedCount } from './header-meaning';

function splitLine(line: string, byTabs: boolean): string[] {
  return (byTabs ? line.split('\t') : line.trim().split(/\s{2,}/)).map((cell) => cell.trim());
}

/**
 * Turns a results table copied from a web page, a spreadsheet or a PDF into a table: cells separated by
 * tabs, or else by two or more spaces (space-aligned). The header line is the first line with two or more
 * recognised headers; lines above it (titles) are ignored. Tab-separated rows missing trailing cells are
 * padded; a space-aligned row of another width is refused with its line.
 */
export function tableFromPastedText(text: string, fileName = 'pasted text'): CsvTable {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const byTabs = lines.some((line) => line.includes('\t'));
  const headerIndex = lines.findIndex((line) => line.trim() !== '' && recognisedCount(splitLine(line, byTabs)) >= 2);
  if (headerIndex === -1) {
    throw new RacedeskError('bad-file', `${fileName} line 1: no header line found (Pos, No, Driver, Team, Class, Time…); paste the table with its headers`);
  }
  const headers = splitLine(lines[headerIndex], byTabs);
  const rows: string[][] = [];
  const rowLines: number[] = [];
  for (let index = headerIndex + 1; index < lines.length; index++) {
    if (lines[index].trim() === '') continue;
    let cells = splitLine(lines[index], byTabs);
    if (byTabs && cells.length < headers.length) cells = [...cells, ...new Array<string>(headers.length - cells.length).fill('')];
    if (cells.length !== headers.length) {
      throw new RacedeskError('bad-file', `${fileName} line ${index + 1}: ${cells.length} columns, expected ${headers.length}`);
    }
    rows.push(cells);
    rowLines.push(index + 1);
  }
  return { fileName, headers, rows, lines: rowLines };
}

/** Whether text looks pasted rather than CSV: more of its lines are split by tabs or wide gaps than by `;` or `,`. */
export function looksPasted(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/, 200).filter((line) => line.trim() !== '');
  const pasted = lines.filter((line) => /\t/.test(line) || /\S {2,}\S/.test(line)).length;
  const separated = lines.filter((line) => (line.match(/[;,]/g)?.length ?? 0) >= 2).length;
  return pasted > 0 && pasted >= separated;
}
