import { describe, expect, it } from 'vitest';
import { extractClaims, unwrapLines } from '../../../src/domain/claims';
import { readFileSync } from 'node:fs';

describe('copy wrapped at a fixed width', () => {
  it('reads a line break inside a sentence as a space, keeping every offset', () => {
    const wrapped = 'could be the last Grand Prix at the circuit. He took\nthe chequered flag 2.414 seconds ahead of Massa, and\nSunday marked a return to form after starting\n10th due to a gearbox failure.';
    const read = unwrapLines(wrapped);
    expect(read.length).toBe(wrapped.length);
    expect(read).toBe(wrapped.replaceAll('\n', ' '));
  });

  it('keeps the breaks of rows, headings, lists and sentences that end', () => {
    const rows = 'Qualifying results\n1. Lewis Hamilton 1:32.123\n2. Nico Rosberg 1:32.456\n- fastest lap\n12 Button';
    expect(unwrapLines(rows)).toBe(rows);
    expect(unwrapLines('He won.\nthe end')).toBe('He won.\nthe end');
  });

  it('gives "He" at the end of a wrapped line the figure on the next', () => {
    const text = 'Kimi Raikkonen won the race. He took\nthe chequered flag 2.414 seconds ahead of Felipe Massa.';
    expect(extractClaims(text)[0]).toMatchObject({ text: '2.414 seconds', subject: 'Kimi Raikkonen', reference: 'Felipe Massa' });
  });

  it('reads a wrapped report from the corpus as sentences, not as lines', () => {
    const report = readFileSync(new URL('../../corpus/reports/f1-2007-france-race-chinaorg.txt', import.meta.url), 'utf8');
    const gap = extractClaims(report).find((claim) => claim.text === '2.414 seconds');
    expect(gap?.sentence).toMatch(/^He took the chequered flag 2\.414 seconds ahead of Massa, who had started on pole position\.$/);
  });
});
