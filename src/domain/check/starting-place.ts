import type { Claim } from '../claims';
import { clauseAround } from './hint-text';
import { withoutGridFrom } from './told-elsewhere';

// Whether a place is a starting place (the grid) rather than a result: the grid words of every language Racedesk reads.

const GRID = /\b(?:start(?:s|ed|ing)?|launch(?:es|ed|ing)?(?=\s+from\b))\s+(?:the\s+(?:race|grand prix|GP)\s+)?(?:(?:alongside|right|just|\p{L}+ly)\s+)?(?:from\s+|on\s+|in\s+)?(?:the\s+)?(?:\S+\s+)?(?:P?\d|(?:place|position|row|pole|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(?:eleven|twelf|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twentie)th)\b)|\bon the grid\b|\bgrid\b|\bline(?:s)? up\b|\bstarting (?:position|place|spot|slot|grid)|\bstartplatz|\bstartposition|\bstartpositie|\bstartrij|\bparrilla|\bgriglia|\bgrille|\bwill start\b|\bsaldrá(?!\w)|\bpartirá(?!\w)|\bpartira\b|\bs['’]élancera\b|\bpartirà(?!\w)|\blargará(?!\w)|\bstartet\b/iu;

// "quatrième sur la grille", "tercero en la parrilla", "terzo sulla griglia", "Vierter in der Startaufstellung".
const GRID_AFTER = /^\s*(?:\p{L}+\s+)?(?:sur la grille|en (?:la )?parrilla|sulla griglia|in griglia|na grelha|no grid de largada|in der Startaufstellung|auf (?:der|dem) (?:Startaufstellung|Grid|Startplatz)|op de (?:grid|startgrid))(?![\p{L}])/iu;

const FINISH_VERB = /\b(?:finish(?:ed|es|ing)?|came home|cross(?:ed|es|ing)? the (?:finish )?line|ended|wound up|classified|took the flag)\b/i;

// "Will start third", "third on the grid", "front-row starter Carlos Sainz", "Third place prototype starter Meyer Shank
// Racing" (a class between), "launched from fourth", not "finished fourth after starting on the front row".
export function startingPlace(text: string, claim: Pick<Claim, 'start' | 'end'>): boolean {
  const clause = clauseAround(text, claim.start, claim.end);
  const clauseStart = text.lastIndexOf(clause, claim.start);
  const before = text.slice(Math.max(clauseStart, 0), claim.start);
  const after = text.slice(claim.end, claim.end + 40);
  if (/^\s*(?:place\s+|position\s+)?on the grid\b|^\s*(?:on|in)\s+the\s+starting\b|^(?:[\s-]place)?(?:\s+(?!and\b|or\b|the\b)\p{L}[\p{L}-]*)?\s+starters?\b/iu.test(after) || GRID_AFTER.test(text.slice(claim.end, claim.end + 40))) return true;
  // "the race started with Leclerc leading from pole", "won from pole": the place a car set off from.
  if (/^pole/i.test(text.slice(claim.start, claim.end)) && /\bfrom\s+(?:the\s+)?$/i.test(before)) return true;
  const cue = GRID.exec(withoutGridFrom(before) + text.slice(claim.start, claim.end));
  return cue !== null && !FINISH_VERB.test(before.slice(cue.index + cue[0].length));
}
