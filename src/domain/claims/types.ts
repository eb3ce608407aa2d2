import type { LanguageWords } from './languages/language-words';
import type { Roster } from '../names';

export type ClaimKind = 'lap_time' | 'gap' | 'speed' | 'position';
export type Qualifier = 'exact' | 'approx' | 'over' | 'under' | 'nearly';
export type ClaimUnit = 's' | 'mph' | 'km/h' | 'place';

/** One checkable figure in a report. Offsets are UTF-16 units into the text given to `extractClaims`. */
export interface Claim {
  kind: ClaimKind;
  /** The exact characters of the figure, e.g. `1'32''656'''`, `four-tenths`, `P3`. */
  text: string;
  start: number;
  end: number;
  /** Seconds for lap times and gaps, the speed in `unit`, the place for positions (1 = first). */
  value: number;
  unit: ClaimUnit;
  qualifier: Qualifier;
  /** The driver as the text names them (full name when the text gives one), or `#31` when only a car is named. */
  subject: string | null;
  /**
   * Whether the text itself says who the figure is about (named before it in its sentence, paired with it, or
   * "He" after a sentence naming one driver), rather than a guess from a name after it. A guessed subject can
   * confirm a figure but never refute it.
   */
  subjectSure: boolean;
  /** For a gap, the driver or car it is measured against. */
  reference: string | null;
  /**
   * For a gap the words measure from a place rather than a driver ("two tenths off pole", "won by 19.4s"): that
   * place in the subject's class (1 for pole or the leader, 2 for a winner's margin), for the checker to look up.
   */
  referencePlace?: number | null;
  /** For a gap the words measure against the car right behind the subject ("clear of his closest competitor"). */
  referenceNext?: boolean;
  /**
   * For a gap the words measure against the subject's team-mate without naming him ("0.286 behind his team-mate",
   * "do que o seu companheiro de equipa"): true, for the checker to find the other car of the subject's team.
   */
  referenceTeamMate?: boolean;
  /**
   * For a gap the words measure against a car called by its team or make ("0.003s ahead of the Red Bull driver"):
   * the make as written and the drivers and cars named before, nearest first, for the checker to match to the timing.
   */
  referenceMake?: { make: string; candidates: string[] };
  /**
   * For a figure whose clause opens on a driver called by his team ("but the Williams driver was listed third"): the
   * team as written and the drivers and cars named before, nearest first, for the checker to match to the timing.
   */
  subjectMake?: { make: string; candidates: string[] };
  /**
   * For a gap read against the lap the sentence before told ("setting a first time of 1:28.24 … Perez moved to within
   * 0.023 seconds"): that lap, which may not be the reference's best in the timing.
   */
  referenceLap?: { seconds: number; decimals: number };
  /** For a gap, whether the subject is ahead of (faster than) or behind the reference. */
  direction: 'ahead' | 'behind' | null;
  /** For a position, the class as written ("GTD-Pro", "LMP3") or "overall" or "class". */
  scope: string | null;
  /** The sentence the claim is in, with runs of white space collapsed. */
  sentence: string;
  /** How the figure was written, so a corrected value can be written the same way (see `formatLike`). */
  notation: Notation;
  /** Stated precision in decimal places: 3 for `1:32.656`, 1 for `four-tenths`, 0 for `a second` or `P3`. */
  decimals: number;
  /** The session the sentence points to: 'qualifying', 'practice', 'race', 'last-year' or 'record'. */
  sessionHint: string | null;
  /** For a figure on a row of a results table, the session the table's heading names ("QUALIFYING RESULTS"). */
  tableSession?: string | null;
  /** For a figure on a row of a results table, the event its heading names ("Abu Dhabi GP Results"), if any. */
  tableEvent?: string | null;
  /** For a figure in a table that has a grid column, which column it stands in: the finishing place or the grid's. */
  tableColumn?: 'place' | 'grid' | null;
  /** For a place, what it ranks when not the session's order: best laps, or something not in the data. */
  rank?: PlaceRank | null;
  /** For positions written as a range ("front row"), the first and last place it allows. */
  placeRange: [number, number] | null;
  /** With a roster: the id of the entry `subject` resolves to. */
  subjectRosterId: string | null;
  /** With a roster: the id of the entry `reference` resolves to. */
  referenceRosterId: string | null;
}

/**
 * How a figure was written: clock forms of lap times (`colon` 1:32.656, `prime` 1'32.656, `prime-quote` 1'32''656''',
 * `minutes-letters` 1m32.656s, `minutes-words` 1 minute, 32.656 seconds, `dotted` 1.32.656, `hours-colon` 1:02:03.456), numbers (`decimal` 0.185, `bare-decimal` .185,
 * `integer` 130), words (`words-fraction` four-tenths, `digits-fraction` 80 thousandths, `slash-fraction` 3/10, `words-second` half a
 * second) and places (`ordinal-word` third, `ordinal-digits` 20th, `p-number` P3, `pole`, `row`, `superlative` fastest, topped, `place-phrase` runner-up, top spot, best in class).
 */
export type Notation =
  | 'hours-colon'
  | 'colon'
  | 'prime'
  | 'prime-quote'
  | 'quoted-seconds'
  | 'minutes-letters'
  | 'minutes-words'
  | 'dotted'
  | 'decimal'
  | 'bare-decimal'
  | 'integer'
  | 'words-fraction'
  | 'digits-fraction'
  | 'slash-fraction'
  | 'words-second'
  | 'ordinal-word'
  | 'ordinal-digits'
  | 'p-number'
  | 'pole'
  | 'superlative'
  | 'row'
  | 'one-two'
  | 'place-phrase';

export interface ExtractOptions {
  /** Drivers and teams of the session; subjects and references are matched to it. */
  roster?: Roster;
  /**
   * The paragraph before, where the text is one paragraph of many: a one-line paragraph that continues a rundown
   * or follows its heading ("Qualifying, Spanien" / "01. Lando Norris …") is read as a row of that table.
   */
  lead?: string;
  /**
   * The language of the whole text the paragraph comes from: a short paragraph ("um 20 Tausendstelsekunden gegen
   * Lando Norris") has too few words to tell its language by itself. By default, found from the text given.
   */
  language?: LanguageWords;
}

/** A figure read at one place in the text, before the words around it are read. */
export interface Figure {
  kind: ClaimKind;
  start: number;
  end: number;
  value: number;
  unit: ClaimUnit;
  notation: Notation;
  decimals: number;
  placeRange?: [number, number];
  scope?: string | null;
  /** For a place in a ranking other than the session's order ("fourth-fastest lap", "sixth best average"). */
  rank?: PlaceRank;
}

/**
 * What a place ranks: the best laps of a race, the order on the road before a penalty changed it ("crossed the line
 * in second, but … a time penalty"), or something the timing does not rank (an average, a sector).
 */
export type PlaceRank = 'best-lap' | 'road' | 'other';

/** What a reader found at an anchor: a figure, or a stretch to skip (a date, a time of day, a code). */
export type Reading = { figure: Figure; end: number } | { figure: null; end: number };
