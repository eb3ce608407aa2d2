import { describe, expect, it } from 'vitest';
import { textOfNode } from '../../../src/domain/reports';
import { blocksFromPlainText, prepareReport, restoreRemoved } from '../../../src/domain/reports';
import { normalise, readSeed, SEED_FILES } from './seed-reports';

/** The raw seed's non-blank lines in order, the 001 date token counted as a line of its own. */
function rawLines(raw: string): string[] {
  return raw
    .split('\n')
    .flatMap((line) => normalise(line).replace(/^(date \d{4}-\d{2}-\d{2}) (?!By )/, '$1\n').split('\n'))
    .filter((line) => line !== '');
}

describe.each(SEED_FILES)('putting back what was removed from %s', (fileName) => {
  const raw = readSeed(fileName);
  const report = prepareReport(blocksFromPlainText(raw), { sectionHeadings: true, fallbackHeadline: fileName });

  it('restores every piece, in any order, to its own place in the raw text', () => {
    let doc = report.doc;
    let removed = report.removed;
    for (const id of [...report.removed].reverse().map((piece) => piece.id)) ({ doc, removed } = restoreRemoved(doc, removed, id));
    expect(removed).toEqual([]);
    const lines = doc.content.flatMap((node) => textOfNode(node).split('\n').map(normalise));
    expect(lines).toEqual(rawLines(raw));
  });
});

describe('restoreRemoved', () => {
  const report = prepareReport(blocksFromPlainText(readSeed('000_7e644020b4a2f233.txt')), { sectionHeadings: false, fallbackHeadline: '000' });

  it('brings a headline back as a level-1 heading and moves the later pieces down', () => {
    const { doc, removed } = restoreRemoved(report.doc, report.removed, 'removed-2');
    expect(doc.content[0]).toEqual({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Jesse Lazare Wins Alan Jay Automotive Network 120 Pole' }] });
    expect(removed.find((piece) => piece.id === 'removed-3')?.beforeBlock).toBe(1);
    expect(removed.find((piece) => piece.id === 'removed-1')?.beforeBlock).toBe(0);
  });

  it('refuses a piece that is not in the list, naming it', () => {
    expect(() => restoreRemoved(report.doc, report.removed, 'removed-99')).toThrow('removed-99');
  });
});
