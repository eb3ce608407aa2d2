import { findNameMentions, foldName, matchName, splitByRoster, type Roster, type RosterEntry, type RosterMatch } from '../names';
import { spellingsOf } from '../names/spellings';
import { mayNameTitles } from '../claims/title-epithets';
import { driversSharing } from '../claims/shared-surname';

const memos = new WeakMap<Roster, Map<string, RosterMatch | null>>();
const spellingLengths = new WeakMap<Roster, { entry: RosterEntry; lengths: number[] }[]>();
// matchName allows at most two slips, so a spelling more than two letters longer or shorter never matches.
const MOST_SLIPS = 2;

/** `matchName` remembered per roster: the same names recur in every paragraph and every edit. */
export function matchRemembered(written: string, roster: Roster): RosterMatch | null {
  let memo = memos.get(roster);
  if (!memo) {
    memo = new Map();
    memos.set(roster, memo);
  }
  const known = memo.get(written);
  if (known !== undefined) return known;
  const length = foldName(written).length;
  const near = lengthsOf(roster)
    .filter((candidate) => candidate.lengths.some((spelling) => Math.abs(spelling - length) <= MOST_SLIPS))
    .map((candidate) => candidate.entry);
  const match = near.length > 0 ? matchName(written, near) : null;
  memo.set(written, match);
  return match;
}

/**
 * The part of `roster` the names of `text` resolve to. Extraction against it reads the same as against the
 * whole roster (each name's best match is kept, and a tie in the whole roster matched nothing), at a fraction
 * of the cost.
 */
export function rosterFor(text: string, roster: Roster): Roster {
  const entries = new Set<Roster[number]>();
  const lookup = (written: string) => {
    const match = matchRemembered(written, roster);
    if (match) entries.add(match.entry);
    return match;
  };
  // "Taylor", which Ricky and Jordan Taylor share, matches no one alone; the text may tell which one it is.
  for (const mention of splitByRoster(findNameMentions(text), lookup)) if (mention.kind === 'unknown') for (const entry of driversSharing(mention.text, roster)) entries.add(entry);
  // A full name glued to the words around it ("1Lewis HamiltonMercedes66 laps") is not read as a name, but spelt out.
  for (const entry of roster) if (entry.kind === 'driver' && !entries.has(entry) && entry.name.includes(' ') && text.includes(entry.name)) entries.add(entry);
  // "to beat the six-time champion by 0.063": a champion may be called by his titles alone.
  if (mayNameTitles(text)) for (const entry of roster) if (entry.titles) entries.add(entry);
  return [...entries];
}

// The lengths of the spellings matchName compares with.
function lengthsOf(roster: Roster): { entry: RosterEntry; lengths: number[] }[] {
  const known = spellingLengths.get(roster);
  if (known) return known;
  const lengths = roster.map((entry) => ({ entry, lengths: spellingsOf(entry).map((spelling) => spelling.length) }));
  spellingLengths.set(roster, lengths);
  return lengths;
}
