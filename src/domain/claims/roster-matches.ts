import { matchName, type Roster, type RosterMatch } from '../names';

/**
 * `matchName` against one roster, remembered by name: a report writes the same names many times, and each
 * match compares the name with every spelling of every entry.
 */
export type RosterMatcher = (name: string) => RosterMatch | null;

/** A matcher for `roster` that matches each distinct name once. */
export function createRosterMatcher(roster: Roster): RosterMatcher {
  const known = new Map<string, RosterMatch | null>();
  return (name) => {
    const remembered = known.get(name);
    if (remembered !== undefined) return remembered;
    const match = matchName(name, roster);
    known.set(name, match);
    return match;
  };
}
