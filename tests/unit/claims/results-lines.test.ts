import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import type { Roster } from '../../../src/domain/names';

const roster: Roster = ['Fernando Alonso', 'Kimi Räikkönen', 'Paul di Resta', 'Jenson Button', 'Nico Hülkenberg', 'Nico Rosberg'].map((name) => ({
  id: name.toLowerCase(),
  name,
  kind: 'driver' as const,
}));
const read = (text: string) => extractClaims(text, { roster }).map(({ kind, text: written, value, subject, reference }) => ({ kind, text: written, value, subject, reference }));

describe('results set out as tables and labelled lines', () => {
  it('reads a piped results table with a points column, its drivers written with an initial', () => {
    const table =
      'Valencia results:\nPos | Driver | Team | Gap | Pts |\n---|---|---|---|---|\n01. | F. Alonso | Ferrari | 25 | |\n02. | K. Raikkonen | Lotus | +5.2 | 18 |\n03. | P. di Resta | Force India | +9.8 | 15 |\n';
    expect(read(table)).toEqual([
      { kind: 'position', text: '01', value: 1, subject: 'Fernando Alonso', reference: null },
      { kind: 'position', text: '02', value: 2, subject: 'Kimi Räikkönen', reference: null },
      { kind: 'gap', text: '+5.2', value: 5.2, subject: 'Kimi Räikkönen', reference: 'Fernando Alonso' },
      { kind: 'position', text: '03', value: 3, subject: 'Paul di Resta', reference: null },
      { kind: 'gap', text: '+9.8', value: 9.8, subject: 'Paul di Resta', reference: 'Fernando Alonso' },
    ]);
  });

  it('tells drivers of one initial apart by surname, and leaves a piped table of standings unread', () => {
    const twoNicos = read('Race result:\nPos | Driver | Time |\n1. | N. Rosberg | 1:30:01.123 |\n2. | N. Hulkenberg | +3.1 |\n3. | J. Button | +4.0 |\n');
    expect(twoNicos.map((claim) => claim.subject)).toEqual(['Nico Rosberg', 'Nico Hülkenberg', 'Nico Hülkenberg', 'Jenson Button', 'Jenson Button']);
    expect(read('Drivers’ standings:\nPos | Driver | Team | Pts |\n01. | F. Alonso | Ferrari | 154 |\n02. | K. Raikkonen | Lotus | 116 |\n')).toEqual([]);
  });

  it('reads a table whose cells are lines of their own, each place alone on its line, and stops where the places do', () => {
    const stacked = 'Classifica finale:\n1\nBUTTON\n2\nROSBERG\n3\nALONSO\nRIT\nHULKENBERG\nMario Rossi\n';
    expect(read(stacked).map((claim) => [claim.kind, claim.value, claim.subject?.toLowerCase()])).toEqual([
      ['position', 1, 'jenson button'],
      ['position', 2, 'nico rosberg'],
      ['position', 3, 'fernando alonso'],
    ]);
    const cells = read('Results\n1\nJenson Button\nMcLaren\n2\nNico Rosberg\nMercedes\n3\nFernando Alonso\nFerrari\n4\nKimi Räikkönen\n');
    expect(cells.map((claim) => [claim.text, claim.subject])).toEqual([['1', 'Jenson Button'], ['2', 'Nico Rosberg'], ['3', 'Fernando Alonso'], ['4', 'Kimi Räikkönen']]);
    expect(read('Top speeds:\n2\nBUTTON\n3\nROSBERG\n4\nALONSO\n')).toEqual([]);
  });

  it('leaves a last row cut off before its name', () => {
    expect(read('Grid:\n1. Fernando Alonso (Ferrari)\n2. Jenson Button (McLaren)\n3. N').map((claim) => claim.text)).toEqual(['1', '2']);
  });

  it('reads a line labelled by its place, the driver after the label', () => {
    const lines = 'Race\n\n1st: Jenson Button (McLaren), 1:29.12.345 (average race speed 198.411 km/h)\n\n2nd: Nico Rosberg (Mercedes), gap 4.512s\n';
    expect(read(lines)).toEqual([
      { kind: 'position', text: '1st', value: 1, subject: 'Jenson Button', reference: null },
      { kind: 'position', text: '2nd', value: 2, subject: 'Nico Rosberg', reference: null },
      { kind: 'gap', text: '4.512s', value: 4.512, subject: 'Nico Rosberg', reference: null },
    ]);
    expect(read('First: the tyres. Then the weather.')).toEqual([]);
  });

  it('reads a line labelled "Fastest Lap" as the best lap of the race, its holder after the label', () => {
    const claims = extractClaims('Results\nFastest Lap: Nico Rosberg (Mercedes), 1:21.004 on lap 49\n', { roster }).filter((claim) => claim.kind === 'position');
    expect(claims.map(({ text, value, subject, rank }) => ({ text, value, subject, rank }))).toEqual([{ text: 'Fastest Lap', value: 1, subject: 'Nico Rosberg', rank: 'best-lap' }]);
    expect(read('The fastest lap: a thing of the past.').filter((claim) => claim.kind === 'position')).toEqual([]);
  });

  it('reads a Markdown table whose rows open with a cell border, under its header and separator', () => {
    const table = 'Race result:\n| Pos | Driver | Team | Time |\n|---|---|---|---|\n| 1 | Jenson Button | McLaren | 1:29:12.345 |\n| 2 | Nico Rosberg | Mercedes | +4.512 |\n| 3 | Fernando Alonso | Ferrari | +9.020 |\n';
    expect(read(table).filter((claim) => claim.kind !== 'lap_time')).toEqual([
      { kind: 'position', text: '1', value: 1, subject: 'Jenson Button', reference: null },
      { kind: 'position', text: '2', value: 2, subject: 'Nico Rosberg', reference: null },
      { kind: 'gap', text: '+4.512', value: 4.512, subject: 'Nico Rosberg', reference: 'Jenson Button' },
      { kind: 'position', text: '3', value: 3, subject: 'Fernando Alonso', reference: null },
      { kind: 'gap', text: '+9.020', value: 9.02, subject: 'Fernando Alonso', reference: 'Jenson Button' },
    ]);
  });

  it('reads a table of one cell per line with its borders kept, from any place under a header naming the place column', () => {
    const cells = (from: number, names: string[]) => names.map((name, at) => `|${from + at}.\n|${name}\n|Team`).join('\n');
    const second = read(`Q2 order\n|Pos.\n|Driver\n|Team\n${cells(11, ['Nico Rosberg', 'Jenson Button', 'Kimi Räikkönen'])}\n`);
    expect(second.map((claim) => [claim.text, claim.value, claim.subject])).toEqual([['11', 11, 'Nico Rosberg'], ['12', 12, 'Jenson Button'], ['13', 13, 'Kimi Räikkönen']]);
    // Numbered cells under no place column are car numbers or counts as likely as places.
    expect(read(`Entries\n|No.\n|Driver\n|Team\n${cells(11, ['Nico Rosberg', 'Jenson Button', 'Kimi Räikkönen'])}\n`)).toEqual([]);
  });
});
