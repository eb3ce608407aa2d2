import { place } from './position';
import { readScopeAfter } from './scope';
import type { Figure } from './types';

// IMSA's pole prize is named for its sponsor, the "Motul Pole Award": taking it is taking pole ("claim the Motul Pole
// Award", "earning his first Motul Pole Award"), and "the Motul Pole Award-winning No. 40" is the car on pole. The
// prize's name alone is no one's place: "Motul Pole Award qualifying" names the session, "the Motul Pole Award 100"
// a race, and "the Motul Pole Awards" taken by two classes' leaders at once no one car's place.

const AWARD = /^[\s-]award(s)?(?![\p{L}])/iu;
const AWARD_WINNING = /^[\s-](?:winning|winner)(?![\p{L}])/iu;
// The award taken: "claim the", "earning his first", "took a fourth", with the sponsor and a count or two between.
const TAKEN = /(?<![\p{L}])(?:claim|earn|win|won|tak|took|secur|captur|collect|grab|scor|bag|land|clinch|snatch)\p{L}*\s+(?:(?:the|his|her|their|its|a|an)\s+)?(?:[\p{L}\d'’-]+\s+){0,3}$/iu;
// "his fourth career Motul Pole Award": the count is his, the pole is this one.
const HELD = /(?<![\p{L}])(?:his|her|their|its)\s+(?:[\p{L}\d'’-]+\s+){0,3}$/iu;

/**
 * "Pole" followed by "Award": the figure it makes (first place, taken or held), null when the prize is named but no
 * one's place, or undefined when no award follows and "pole" is read as ever. Awards counted over races gone by
 * ("his third Motul Pole Award in the last four races") are left to the caller, which counts poles so too.
 */
export function readPoleAward(text: string, start: number, end: number): Figure | null | undefined {
  const award = AWARD.exec(text.slice(end, end + 10));
  if (!award) return undefined;
  if (award[1]) return null;
  let awardEnd = end + award[0].length;
  const winning = AWARD_WINNING.exec(text.slice(awardEnd, awardEnd + 10));
  const before = text.slice(Math.max(0, start - 60), start);
  if (!winning && !TAKEN.test(before) && !HELD.test(before)) return null;
  if (winning) awardEnd += winning[0].length;
  return place(start, awardEnd, 1, 'pole', readScopeAfter(text, awardEnd));
}
