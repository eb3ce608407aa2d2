/** What kind of running a session was. */
export type SessionKind = 'practice' | 'qualifying' | 'race';

/** A car as entered in one session. Car numbers are strings: `01` and `1` are different cars. */
export interface Entry {
  car: string;
  className: string;
  team: string;
  vehicle: string;
  drivers: string[];
  /** The country each driver races under ("Lewis Hamilton" → "gb"), for those the file gives one. */
  nationalities?: Record<string, string>;
}

/** One line of a session's classification. */
export interface Result {
  position: number;
  /** Counted within `className`, in the order of the classification. */
  classPosition: number;
  car: string;
  className: string;
  bestLapSeconds: number | null;
  bestLapNumber: number | null;
  /** Who drove the best lap, read off the laps file when there is one. */
  bestLapDriver: string | null;
  gapFirstSeconds: number | null;
  gapPreviousSeconds: number | null;
  laps: number | null;
  status: string | null;
  /** The speed the file publishes for the best lap, km/h. */
  kph: number | null;
  /** The driver a results file names for this line (generic and hand-entered results). */
  driver?: string;
  /** A race's total time, seconds. */
  totalSeconds?: number | null;
  /** A race's starting position. */
  grid?: number | null;
  /** The gap as the file prints it when it is not a time ("1 Lap", "4 Laps"). */
  gapFirstText?: string | null;
  /** F1 qualifying: the Q1, Q2 and Q3 times, null where the driver set none. */
  qualifyingPartSeconds?: (number | null)[];
}

/** One lap of one car. */
export interface Lap {
  car: string;
  driver: string;
  lapNumber: number;
  lapSeconds: number;
  sectors: number[];
  kph: number | null;
  /** Crossed the line in the pit lane (`CROSSING_FINISH_LINE_IN_PIT` = `B`). */
  pit: boolean;
  /** Did not count: faster than the car's classified best lap, or the car's times were all removed. */
  deleted: boolean;
  /** Race time at the end of the lap, seconds, when the file gives it. */
  elapsedSeconds?: number | null;
}

/** A circuit and its length, with where the length comes from. */
export interface Track {
  id: string;
  name: string;
  aliases: string[];
  lengthKm: number;
  lengthMiles: number;
  source: string;
  /** The years this length holds, where the circuit was raced on other layouts (Yas Marina: 5.554 km until 2020). */
  fromYear?: number;
  untilYear?: number;
}

/** One session with everything stored about it. */
export interface TimingSession {
  id: string;
  eventId: string;
  series: string;
  eventName: string;
  name: string;
  kind: SessionKind;
  startTime: string | null;
  trackId: string | null;
  sourceFiles: string[];
  entries: Entry[];
  results: Result[];
  laps: Lap[];
  /** Where the classification came from: a results file, worked out from laps, or typed by hand. */
  resultsFrom?: 'file' | 'laps' | 'hand';
}

/** A race meeting: its sessions share series, name and track. */
export interface TimingEvent {
  id: string;
  series: string;
  name: string;
  trackId: string | null;
  /** First and last session start, ISO dates (`2024-01-19`), when known. */
  startDate: string | null;
  endDate: string | null;
}

/** The line the library lists for a session. */
export interface SessionSummary {
  id: string;
  eventId: string;
  eventName: string;
  name: string;
  kind: SessionKind;
  series: string;
  startTime: string | null;
  trackId: string | null;
  trackName: string | null;
  carCount: number;
  lapCount: number;
  sourceFiles: string[];
}

/** A driver or team as the roster knows them, with every spelling seen in files. */
export interface RosterName {
  name: string;
  aliases: string[];
  series: string[];
}

export interface Roster {
  drivers: RosterName[];
  teams: RosterName[];
}
