import { describe, expect, it } from 'vitest';
import { hintInSentence } from './hints';

describe('a clause opened by a perfect participle after the figure', () => {
  it('tells what came before, so its session is not the figure\'s', () => {
    const text = 'Porsche took fourth and fifth, the number 6 leading home the number 5 having started from the last row of the grid.';
    expect(hintInSentence(text, 'fourth').kind).toBeNull();
    expect(hintInSentence('Porsche took fourth and fifth on the grid, the number 6 ahead of the number 5.', 'fourth').kind).toBe('qualifying');
  });
});
