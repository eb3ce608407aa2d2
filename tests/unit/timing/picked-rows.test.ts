import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCsv, type CsvSource } from '../../../src/services/timing/csv-table';
import { decodeTimingText } from '../../../src/services/timing/text-file';
import { DATA } from './shared-data';

function pickedRows(source: CsvSource, columns: number[]): [string[], number][] {
  const rows: [string[], number][] = [];
  source.forEachPickedRow(columns, (cells, line) => rows.push([[...cells], line]));
  return rows;
}

const refusalOf = (read: () => void): string => {
  try {
    read();
  } catch (error) {
    return (error as Error).message;
  }
  return 'nothing refused';
};

describe('reading only some cells of each row', () => {
  it('reads the Le Mans lap analysis, a CRLF file with a BOM, as 15,593 rows', async () => {
    const text = decodeTimingText(await readFile(join(DATA, 'wec', 'le_mans_24h.csv')), 'le_mans_24h.csv');
    expect(text.includes('\r\n')).toBe(true);
    expect(text.startsWith('NUMBER;')).toBe(true);
    const source = openCsv(text, 'le_mans_24h.csv');
    const rows = pickedRows(source, [source.headers.indexOf('DRIVER_NAME'), source.headers.indexOf('LAP_TIME')]);
    expect(rows).toHaveLength(15593);
    expect(rows[0]).toEqual([['Patrick PILET', '3:53.276'], 2]);
  });

  it('takes cells from the same rows whatever the line break, and skips blank lines', () => {
    const lines = ['CAR;TIME;DRIVER', '7;1:32.656;Derani', '', '31;1:33.000;Bourdais', ''];
    for (const lineBreak of ['\n', '\r\n', '\r']) {
      const source = openCsv(lines.join(lineBreak), 'times.csv');
      expect(pickedRows(source, [2, 0])).toEqual([
        [['Derani', '7'], 2],
        [['Bourdais', '31'], 4],
      ]);
    }
  });

  it('refuses a row of the wrong width with the same words as the whole-row reader', () => {
    const source = openCsv('CAR;TIME;DRIVER;\n7;1:32.656;Derani;\n31;1:33.000\n', 'ragged.csv');
    expect(refusalOf(() => source.forEachPickedRow([0], () => undefined))).toBe('ragged.csv line 3: 2 columns, expected 3');
    expect(refusalOf(() => source.forEachRow(() => undefined))).toBe('ragged.csv line 3: 2 columns, expected 3');
  });

  it('pads short rows with empty cells when asked to', () => {
    const source = openCsv('POS;CAR;DRIVER\n1;7\n', 'short.csv', { padShortRows: true });
    expect(pickedRows(source, [1, 2])).toEqual([[['7', ''], 2]]);
  });

  it('picks the same cells from a file with quotes, which papaparse parses', () => {
    const source = openCsv('CAR;DRIVER;TEAM\n7;"Kobayashi; Kamui";Toyota\n8;"Buemi\nSébastien";Toyota\n', 'quoted.csv');
    expect(pickedRows(source, [2, -1, 1])).toEqual([
      [['Toyota', '', 'Kobayashi; Kamui'], 2],
      [['Toyota', '', 'Buemi\nSébastien'], 3],
    ]);
  });
});
