import { distance } from 'fastest-levenshtein';
import { foldName } from './fold';
import { firstNamesOf, fullSpellingsOf, NICKNAME_FROM } from './spellings';
import type { Roster, RosterEntry, RosterMatch } from './types';

/**
 * Resolves a name as written to one roster entry: full names, aliases, surnames alone ("Derani"), accents
 * ("Perez" for "Pérez") and small spelling slips ("Dirani" → "Derani", "De Philippi" → "De Phillippi").
 * Returns null when nothing is close enough or two entries are equally close.
 */
export function matchName(mention: string, roster: Roster): RosterMatch | null {
  const written = foldName(mention);
  if (written.length === 0) return null;
  const slips = allowedSlips(written);
  let best: { entry: RosterEntry; distance: number } | null = null;
  let tied = false;
  for (const entry of roster) {
    // An entry further off than the slips allowed can neither match nor tie with one that does, so skip it.
    const entryDistance = nearestSpelling(fullSpellingsOf(entry), written, slips);
    if (entryDistance > slips) continue;
    if (best === null || entryDistance < best.distance) {
      best = { entry, distance: entryDistance };
      tied = false;
    } else if (entryDistance === best.distance && entry.id !== best.entry.id) {
      tied = true;
    }
  }
  if (best === null) return byFirstName(written, roster);
  if (best === null || tied) return null;
  return { entry: best.entry, exact: best.distance === 0, distance: best.distance };
}

/**
 * "Primo Charles, secondo Seb.": a lone word no surname answers to is the one driver whose first name it is, or
 * whose first name it begins as a nickname; never one of two ("Nico" with Rosberg and Hülkenberg both racing).
 */
function byFirstName(written: string, roster: Roster): RosterMatch | null {
  if (/\s/.test(written) || written.length < NICKNAME_FROM) return null;
  const drivers = roster.filter((entry) => entry.kind === 'driver');
  const named = drivers.filter((entry) => firstNamesOf(entry).includes(written));
  const begun = named.length > 0 ? named : drivers.filter((entry) => firstNamesOf(entry).some((first) => first.startsWith(written)));
  const ids = new Set(begun.map((entry) => entry.id));
  return ids.size === 1 ? { entry: begun[0], exact: true, distance: 0, firstName: true } : null;
}

// The smallest edit distance from `written` to a spelling, or Infinity when none is within `slips`. Edits change
// the length by one at most each, so spellings whose length differs by more than `slips` are not compared.
function nearestSpelling(spellings: string[], written: string, slips: number): number {
  let nearest = Infinity;
  for (const spelling of spellings) {
    if (Math.abs(spelling.length - written.length) > slips) continue;
    nearest = Math.min(nearest, distance(spelling, written));
  }
  return nearest;
}

// One slip in a short name, two in a long one; none in names too short to tell apart.
function allowedSlips(written: string): number {
  if (written.length < 5) return 0;
  return written.length < 10 ? 1 : 2;
}
