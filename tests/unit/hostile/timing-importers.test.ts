import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftsFromFiles } from '../../../src/services/timing/import-files';
import { endsWellNow } from './ends-well';
import { anyText } from './racing-text';
import { runs } from '../fuzz';

const DATA = resolve(import.meta.dirname, '../../..', '../shared/data');

/** The header and first rows of a real timing file, as text. */
function headOf(path: string, lines: number): string {
  return readFileSync(resolve(DATA, path), 'utf8').split('\n').slice(0, lines).join('\n');
}

const REAL_FILES = {
  'al-kamel-results.csv': headOf('imsa/2023/01-roar-before-the-24/202301221345-qualifying-results.csv', 8),
  'al-kamel-laps.csv': headOf('imsa/2023/01-roar-before-the-24/202301221345-qualifying-laps.csv', 30),
  'wec-laps.csv': headOf('wec/fuji_6h.csv', 30),
};
// An Ergast results table alone is refused (it needs races.csv beside it); mutated, it must still end well.
const ERGAST_RESULTS = headOf('f1/results.csv', 20);

const GENERIC_HEADERS = ['Pos', 'No', 'Driver', 'Team', 'Class', 'Time', 'Gap', 'Laps', 'Best', 'Pilote', 'Car', 'Status', 'Int', 'Kph', ''];
const HOSTILE_CELLS = ['', '"', '""', '"a,b"', ';', '\t', '\r', '-', '+', 'DNF', '1:32.656', '+1 Lap', '99999999999999999999', '1e400', 'NaN', '<script>alert(1)</script>', '=cmd|"/c calc"!A1', '\u0000'.slice(1), '\uFEFF', '\u202e'];

/** A mutation of a real file: a cell rewritten, a line cut short or doubled, delimiters and quotes thrown in. */
const mutation = fc.oneof(
  fc.tuple(fc.constant('cell' as const), fc.nat(), fc.oneof(fc.constantFrom(...HOSTILE_CELLS), fc.string({ maxLength: 12 }))),
  fc.tuple(fc.constant('truncate' as const), fc.nat(), fc.constant('')),
  fc.tuple(fc.constant('insert' as const), fc.nat(), fc.constantFrom(',', ';', '"', '\n', '\r\n', '\t', '\n\n', ',,,,,,')),
  fc.tuple(fc.constant('duplicate-line' as const), fc.nat(), fc.constant('')),
);

function mutate(text: string, mutations: [string, number, string][]): string {
  let current = text;
  for (const [kind, where, value] of mutations) {
    const at = current.length === 0 ? 0 : where % current.length;
    if (kind === 'truncate') current = current.slice(0, Math.max(at, 1));
    else if (kind === 'insert') current = current.slice(0, at) + value + current.slice(at);
    else if (kind === 'duplicate-line') {
      const lines = current.split('\n');
      lines.splice(where % lines.length, 0, lines[where % lines.length]);
      current = lines.join('\n');
    } else {
      const cells = current.split(/([,;\n])/);
      const index = (where % Math.ceil(cells.length / 2)) * 2;
      cells[index] = value;
      current = cells.join('');
    }
  }
  return current;
}

function importOne(name: string, text: string) {
  return endsWellNow(() => draftsFromFiles([{ name, folder: '', bytes: new TextEncoder().encode(text) }], {}));
}

describe('timing importers on mutated real files', () => {
  it.each(Object.keys(REAL_FILES))('end in session drafts or a typed error for %s, within five seconds', (name) => {
    const real = REAL_FILES[name as keyof typeof REAL_FILES];
    expect(importOne(name, real).error).toBeUndefined();
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        const { result } = importOne(name, mutate(real, mutations));
        for (const draft of result?.drafts ?? []) {
          for (const lap of draft.laps ?? []) expect(Number.isFinite(lap.lapSeconds)).toBe(true);
        }
      }),
      runs(150),
    );
  });
});

describe('an Ergast results table, mutated', () => {
  it('ends in a typed error, within five seconds', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        importOne('results.csv', mutate(ERGAST_RESULTS, mutations));
      }),
      runs(150),
    );
  });
});

describe('generic results tables and pasted text', () => {
  const table = fc
    .tuple(
      fc.uniqueArray(fc.constantFrom(...GENERIC_HEADERS), { minLength: 1, maxLength: 8 }),
      fc.constantFrom(',', ';', '\t', '  '),
      fc.array(fc.array(fc.oneof(fc.constantFrom(...HOSTILE_CELLS), fc.nat({ max: 99 }).map(String), fc.string({ maxLength: 10 })), { maxLength: 10 }), { maxLength: 12 }),
    )
    .map(([headers, delimiter, rows]) => [headers, ...rows].map((row) => row.join(delimiter)).join('\n'));

  it('end in session drafts or a typed error, as a .csv file or as pasted text', () => {
    fc.assert(
      fc.property(table, (text) => {
        importOne('results.csv', text);
        importOne('pasted.txt', text);
      }),
      runs(300),
    );
  });

  it('end in session drafts or a typed error for any text at all', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('x.csv', 'x.txt', 'x.tsv'), (text, name) => {
        importOne(name, text);
      }),
      runs(300),
    );
  });
});
