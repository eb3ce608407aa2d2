/** A stretch of text that names a person, a team or a car. Offsets are UTF-16 units into the text. */
export interface NameMention {
  text: string;
  start: number;
  end: number;
  kind: 'person' | 'team' | 'car' | 'unknown';
  /** For car mentions, the number as written without `#` or `No.`, e.g. `"31"` or `"023"`. */
  carNumber?: string;
}

/** One driver or team the checker knows about, e.g. from an entry list. */
export interface RosterEntry {
  id: string;
  name: string;
  kind: 'driver' | 'team';
  aliases?: string[];
  /** A driver's country as the timing gives it, a lower-case two-letter code ("gb", "mc"), when it does. */
  nationality?: string;
  /** A driver's Formula 1 world titles as of the session's season ("the six-time champion"), when he has any. */
  titles?: { before: number; inSeason: boolean; reigning?: boolean };
}

export type Roster = RosterEntry[];

/** The roster entry a mention resolves to; `distance` is the edit distance of the spelling used. */
export interface RosterMatch {
  entry: RosterEntry;
  exact: boolean;
  distance: number;
  /** Matched by a first name or a nickname alone ("Charles", "Seb"), which a longer run of names never is. */
  firstName?: boolean;
}
