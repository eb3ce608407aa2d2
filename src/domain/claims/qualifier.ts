import type { Qualifier } from './types';

// Checked in this order, so "just under" is read as nearly before "under" is read as under.
const qualifierPatterns: [Qualifier, RegExp][] = [
  ['nearly', /\b(?:nearly|almost|just shy of|just short of|just under|close to)\s+$/i],
  ['under', /(?:\b(?:(?:under|below|beneath)(?:\s+the)?|less than|sub-?|(?:break|breaks|breaking|broke|broken)(?:\s+the)?)|(?<![\p{L}])(?:weniger als|unter|minder dan|moins d['’]|moins de|menos de|meno di))\s*$/iu],
  ['over', /\b(?:more than|over|in excess of|upwards of|north of|above)\s+$/i],
  ['approx', /(?:\b(?:around|about|roughly|some|approximately|approx\.?|circa|c\.|up to)\s+|~\s*)$/i],
];

const WITHIN = /\bwithin\s+$/i;
// "took his winning margin up to 10.8 seconds", "stretched the lead up to 4.2s": "up to" after a margin raised is
// "to", the figure it reached, no bound.
const RAISED_UP_TO = /\b(?:margin|lead|advantage|gap|cushion)\s+up\s+to\s+$/i;

/**
 * How exactly the words just before a figure state it: "more than four-tenths" is `over`, "around 1 tenth" is
 * `approx`, "just 80 thousandths" and a bare figure are `exact`.
 */
export function readQualifier(text: string, figureStart: number, decimals = 3): Qualifier {
  const before = text.slice(Math.max(0, figureStart - 24), figureStart);
  // "within a second of each other", "within half a second of him": a round figure after "within" is a bound; a
  // precise one is the gap itself ("drew him to within 0.033sec of the pole").
  if (WITHIN.test(before)) return decimals <= 1 ? 'under' : 'exact';
  if (RAISED_UP_TO.test(before)) return 'exact';
  for (const [qualifier, pattern] of qualifierPatterns) {
    if (pattern.test(before)) return qualifier;
  }
  return 'exact';
}
