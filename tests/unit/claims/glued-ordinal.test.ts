import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { onlyClaim } from './only-claim';
import { readSeed } from './seed';

const seedNames = readdirSync(path.resolve(import.meta.dirname, '../../..', '../shared/seeds'))
  .filter((name) => name.endsWith('.txt'))
  .sort();

describe('ordinals glued to the word before them', () => {
  it('reads "Porschethird on the grid" as third, pointing at "third" alone', () => {
    const text = 'It is Porschethird on the grid with the Penske #7.';
    const start = text.indexOf('third');
    expect(onlyClaim(text)).toMatchObject({ kind: 'position', text: 'third', start, end: start + 5, value: 3, subject: '#7' });
  });

  it('reads a glued ordinal with the same place words as a free one ("Ferrarififth place")', () => {
    expect(onlyClaim('The #51 finished Ferrarififth place.')).toMatchObject({ text: 'fifth', value: 5 });
  });

  it.each([
    ['an English word ending in "first"', 'He went Headfirst on the grid into the barrier.'],
    ['an English word ending in "second"', 'It was a Millisecond in class ahead of him.'],
    ['a lower-case word before the ordinal', 'It is porschethird on the grid.'],
    ['a prefix shorter than three letters', 'It is Bythird on the grid.'],
    ['a prefix in capitals, as in a code', 'It is GTDthird on the grid.'],
    ['a prefix without a vowel', 'It is Rmthird on the grid.'],
    ['an ordinal in capitals', 'It is PorscheTHIRD on the grid.'],
    ['a glued ordinal with no place words around', 'Porschethird is a typo.'],
  ])('does not read %s as a place', (_case, text) => {
    expect(extractClaims(text)).toEqual([]);
  });

  it('finds exactly one glued ordinal in the real seeds: "Porschethird" in seed 003', () => {
    const glued = seedNames.flatMap((name) => {
      const text = readSeed(name);
      return extractClaims(text)
        .filter((claim) => /\p{L}/u.test(text[claim.start - 1] ?? ''))
        .map((claim) => [name, text.slice(claim.start - 7, claim.end)]);
    });
    expect(glued).toEqual([['003_d40ddc186b745cfd.txt', 'Porschethird']]);
  });
});
