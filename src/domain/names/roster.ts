import { distance } from 'fastest-levenshtein';
import { familyName, foldName, lastWord } from './fold';
import type { Roster, RosterEntry, RosterMatch } from './types';

/**
 * Resolves a name as written to one roster entry: full names, aliases, surnames alone ("Derani"), accents
 * ("Perez" for "Pérez") and small spelling slips ("Dirani" → "Derani", "De Philippi" → "De Phillippi").
 * Returns null when nothing is close enough or two entries are equally close.
 */
export function matchName(mention: string, roster: Roster): RosterMatch | null {
  const written = foldName(mention);
  if (written.length === 0) return null;
  let best: { entry: RosterEntry; distance: number } | null = null;
  let tied = false;
  for (const entry of roster) {
    const entryDistance = Math.min(...spellings(entry).map((spelling) => distance(spelling, written)));
    if (best === null || entryDistance < best.distance) {
      best = { entry, distance: entryDistance };
      tied = false;
    } else if (entryDistance === best.distance && entry.id !== best.entry.id) {
      tied = true;
    }
  }
  if (best === null || tied || best.distance > allowedSlips(written)) return null;
  return { entry: best.entry, exact: best.distance === 0, distance: best.distance };
}

function spellings(entry: RosterEntry): string[] {
  const names = [entry.name, ...(entry.aliases ?? [])];
  const forms = names.flatMap((name) =>
    entry.kind === 'driver' ? [name, familyName(name), lastWord(name)] : [name],
  );
  return [...new Set(forms.map(foldName))];
}

// One slip in a short name, two in a long one; none in names too short to tell apart.
function allowedSlips(written: string): number {
  if (written.length < 5) return 0;
  return written.length < 10 ? 1 : 2;
}
