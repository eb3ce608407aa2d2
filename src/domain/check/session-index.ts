import { foldName, worldTitles, type Roster, type RosterEntry } from '../names';
import type { Entry, Lap, Result, TimingSession } from '../timing';

/** One car of a session with its entry, result and laps side by side. */
export interface CarFacts {
  car: string;
  entry: Entry | null;
  result: Result | null;
  laps: Lap[];
  team: string;
  vehicle: string;
  className: string;
  drivers: string[];
}

/** Lookups over one session, built once per session object. */
export interface SessionIndex {
  session: TimingSession;
  cars: Map<string, CarFacts>;
  /** Folded driver name → the cars they are entered in. */
  carsByDriver: Map<string, string[]>;
  /** The session's drivers and teams as a names roster (ids are folded names). */
  roster: Roster;
  /** Results in official order (the file's order decides ties). */
  ordered: Result[];
}

const indexes = new WeakMap<TimingSession, SessionIndex>();

/** The lookups for `session`, cached for as long as the session object lives. */
export function indexSession(session: TimingSession): SessionIndex {
  const cached = indexes.get(session);
  if (cached) return cached;
  const index = buildIndex(session);
  indexes.set(session, index);
  return index;
}

function buildIndex(session: TimingSession): SessionIndex {
  const lapsByCar = new Map<string, Lap[]>();
  for (const lap of session.laps) {
    const list = lapsByCar.get(lap.car);
    if (list) list.push(lap);
    else lapsByCar.set(lap.car, [lap]);
  }
  const entries = new Map(session.entries.map((entry) => [entry.car, entry]));
  const results = new Map(session.results.map((result) => [result.car, result]));
  const cars = new Map<string, CarFacts>();
  for (const car of new Set([...entries.keys(), ...results.keys()])) {
    const entry = entries.get(car) ?? null;
    const result = results.get(car) ?? null;
    const laps = lapsByCar.get(car) ?? [];
    const drivers = entry?.drivers.length ? entry.drivers : [...new Set(laps.map((lap) => lap.driver))];
    cars.set(car, {
      car,
      entry,
      result,
      laps,
      team: entry?.team ?? '',
      vehicle: entry?.vehicle ?? '',
      className: result?.className ?? entry?.className ?? '',
      drivers: result?.driver && drivers.length === 0 ? [result.driver] : drivers,
    });
  }
  const carsByDriver = new Map<string, string[]>();
  const roster: RosterEntry[] = [];
  const season = seasonOf(session);
  for (const facts of cars.values()) {
    for (const driver of facts.drivers) {
      const key = foldName(driver);
      const list = carsByDriver.get(key);
      if (list) list.push(facts.car);
      else {
        carsByDriver.set(key, [facts.car]);
        const nationality = facts.entry?.nationalities?.[driver];
        const titles = season ? worldTitles(driver, season) : null;
        roster.push({ id: key, name: driver, kind: 'driver', ...(nationality ? { nationality } : {}), ...(titles ? { titles } : {}) });
      }
    }
  }
  for (const team of new Set([...cars.values()].map((facts) => facts.team).filter(Boolean))) {
    roster.push({ id: `team:${foldName(team)}`, name: team, kind: 'team' });
  }
  const ordered = [...session.results].sort((a, b) => a.position - b.position);
  return { session, cars, carsByDriver, roster, ordered };
}

// The season a session is of: its start, else the year its event's id carries ("f1-2020-70th-anniversary-grand-prix"),
// as F1 qualifying tables keep no start time.
function seasonOf(session: TimingSession): number | null {
  const year = session.startTime?.slice(0, 4) ?? /(?:^|-)((?:19|20)\d\d)(?:-|$)/.exec(session.eventId)?.[1];
  return year ? Number(year) : null;
}

/** Upper-case letters and digits only, so "GTD-Pro", "GTD Pro" and "GTDPRO" compare equal. */
export function classKey(className: string): string {
  return className.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** GT classes run their own qualifying group; everything else is a prototype. */
export function classFamily(className: string): 'gt' | 'prototype' {
  const key = classKey(className);
  return (key.startsWith('GT') && key !== 'GTP') || key.startsWith('LMGT') || key === 'GS' || key === 'TCR' ? 'gt' : 'prototype';
}
