import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/domain/claims';

function sentencesOf(text: string): string[] {
  return splitSentences(text).map((span) => text.slice(span.start, span.end));
}

describe('sentence splitting', () => {
  it('splits at a full stop before a capital', () => {
    expect(sentencesOf('Lazare won. Holton was third.')).toEqual(['Lazare won.', 'Holton was third.']);
  });

  it('does not split after "No.", "Jan." or "p.m."', () => {
    const text = 'Wallace’s No. 23 won on Jan. 25 at 3:15 p.m. ET Friday.';
    expect(sentencesOf(text)).toEqual([text]);
  });

  it('does not split inside a decimal such as ".185"', () => {
    expect(sentencesOf('Lazare was .185 seconds faster. Then it rained.')).toHaveLength(2);
  });

  it('splits at a line break', () => {
    expect(sentencesOf('P1 GTD - Parker Thompson\nP4 GTD - Kyle Marcelli')).toHaveLength(2);
  });

  it('does not split after a German ordinal before its noun ("seine 40. Formel-1-Pole"), but after a place that ends a sentence', () => {
    const text = 'Der Weltmeister verpasst seine 40. Formel-1-Pole knapp und fährt auf die 2. Startposition.';
    expect(sentencesOf(text)).toEqual([text]);
    expect(sentencesOf('Norris landete auf Platz 3. Dahinter folgte Piastri.')).toHaveLength(2);
  });
});
