import { describe, expect, it } from 'vitest';
import { hintInSentence as hintOf } from './hints';

describe('a participle clause set off after the subject', () => {
  it('keeps its moment to itself: the main clause tells what came after', () => {
    const text = 'Vettel, after falling to seventh place on the opening lap, drove a superb race to win by 4.5 seconds from Alonso in second place.';
    expect(hintOf(text, 'second place').moment).toBe(false);
    expect(hintOf(text, '4.5 seconds').moment).toBe(false);
    expect(hintOf(text, 'seventh place').moment).toBe(true);
    expect(hintOf('After falling to seventh place on the opening lap, Vettel was in second place.', 'second place').moment).toBe(true);
  });
});

describe('a count of what a driver has achieved', () => {
  it('is no first run: "his first points finish", "her first top-five finish"', () => {
    const text = 'Kvyat was ninth and his team-mate Vergne took his first points finish in tenth place.';
    expect(hintOf(text, 'ninth').moment).toBe(false);
    expect(hintOf('Kvyat was ninth on his first flying lap.', 'ninth').moment).toBe(true);
  });
});

describe('an outcome told after a moment word', () => {
  it('is a margin whose own clause goes on "to ensure the 1-2"', () => {
    const text = 'Nasr then lowered the bar to 1m14.774s, with Tandy getting within 0.08s of his team-mate to ensure the Porsche 1-2.';
    expect(hintOf(text, '0.08s').moment).toBe(false);
    expect(hintOf('Nasr then beat Tandy by 0.027s, and then improved further to ensure pole.', '0.027s').moment).toBe(true);
  });

  it('is "the best lap in the segment", whoever stepped in then', () => {
    expect(hintOf('Barnicoat then stepped into the #14 Lexus and turned the best lap in the segment.', 'best lap').moment).toBe(false);
    expect(hintOf('Barnicoat then stepped into the #14 Lexus and turned the best lap.', 'best lap').moment).toBe(true);
  });
});

describe('a figure inside an aside about the driver', () => {
  it('is told by the aside, not by the moment of the clause or the sentence around it', () => {
    const text = 'After the halfway point, Nasr set the third-best time. Aitken, who was fastest in practice on Friday, went to the top with five minutes left.';
    expect(hintOf(text, 'fastest').moment).toBe(false);
    expect(hintOf(text, 'top').moment).toBe(true);
  });
});
