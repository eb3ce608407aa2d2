import { RacedeskError } from '../../domain/errors';
import { nationalityCode } from '../../domain/names';
import { normalizeName, parseLapTime, type Entry, type Result } from '../../domain/timing';
import { indexBy, recordsOf, requireTable, type ErgastRecord, type ErgastTables } from './ergast-tables';
import type { SessionDraft } from './session-draft';

const F1_CLASS = 'F1';

interface RaceContext {
  race: ErgastRecord;
  year: number;
  drivers: Map<string, ErgastRecord>;
  constructors: Map<string, ErgastRecord>;
  circuit: ErgastRecord | undefined;
  statuses: Map<string, ErgastRecord>;
  sourceFiles: string[];
  sourceHashes: string[];
}

/**
 * Finds one race from `"<year> <name or round>"`: `"2024 Monaco"`, `"2024 8"`, `"2024 Hungary"`.
 * The name is looked for in the race name and the circuit's name, location and country.
 */
export function pickRace(races: ErgastRecord[], circuits: Map<string, ErgastRecord>, choice: string): ErgastRecord {
  const match = /^\s*((?:19|20)\d\d)\s+(.+?)\s*$/.exec(choice);
  if (!match) throw new RacedeskError('bad-input', `--race "${choice}": give a year and a race name or round, e.g. "2024 Monaco" or "2024 8"`);
  const [, year, which] = match;
  const ofYear = races.filter((race) => race.year === year);
  const byRound = /^\d+$/.test(which) ? ofYear.filter((race) => race.round === which) : [];
  const wanted = normalizeName(which);
  const byName = ofYear.filter((race) => {
    const circuit = circuits.get(race.circuitId);
    const names = [race.name, circuit?.name ?? '', circuit?.location ?? '', circuit?.country ?? '', circuit?.circuitRef ?? ''].map(normalizeName);
    return names.some((name) => ` ${name} `.includes(` ${wanted} `));
  });
  const found = byRound.length > 0 ? byRound : byName;
  if (found.length === 1) return found[0];
  if (found.length === 0) throw new RacedeskError('not-found', `No ${year} race matches "${which}"`);
  throw new RacedeskError('bad-input', `"${which}" matches ${found.length} races of ${year} (${found.map((race) => race.name).join(', ')}); name one`);
}

function driverName(context: RaceContext, driverId: string): string {
  const driver = context.drivers.get(driverId);
  return driver ? `${driver.forename} ${driver.surname}` : `driver ${driverId}`;
}

// "British" in drivers.csv: the country the driver races under, when the table gives one.
function nationalitiesOf(context: RaceContext, driverId: string): Pick<Entry, 'nationalities'> {
  const code = nationalityCode(context.drivers.get(driverId)?.nationality ?? '');
  return code ? { nationalities: { [driverName(context, driverId)]: code } } : {};
}

function entryOf(context: RaceContext, record: ErgastRecord): Entry {
  const team = context.constructors.get(record.constructorId)?.name ?? '';
  return { car: record.number || (context.drivers.get(record.driverId)?.code ?? record.driverId), className: F1_CLASS, team, vehicle: team, drivers: [driverName(context, record.driverId)], ...nationalitiesOf(context, record.driverId) };
}

function startOf(date: string | undefined, time: string | undefined): string | null {
  if (!date) return null;
  return time ? `${date}T${time.slice(0, 5)}Z` : date;
}

function draftBase(context: RaceContext, name: string, kind: 'qualifying' | 'race'): Omit<SessionDraft, 'entries' | 'results' | 'startTime'> {
  const circuit = context.circuit;
  return {
    key: kind,
    series: 'F1',
    eventName: context.race.name,
    year: context.year,
    name,
    kind,
    trackHint: [circuit?.circuitRef, circuit?.name, circuit?.location, context.race.name].filter(Boolean).join(' '),
    sourceFiles: context.sourceFiles,
    sourceHashes: context.sourceHashes,
    laps: null,
  };
}

function qualifyingDraft(context: RaceContext, records: ErgastRecord[]): SessionDraft {
  const sorted = [...records].sort((a, b) => Number(a.position) - Number(b.position));
  const results: Result[] = sorted.map((record) => {
    const parts = [record.q1, record.q2, record.q3].map((text) => (text ? parseLapTime(text) : null));
    const times = parts.filter((seconds): seconds is number => seconds !== null);
    const best = times.length > 0 ? Math.min(...times) : null;
    const driver = driverName(context, record.driverId);
    return {
      position: Number(record.position),
      classPosition: 0,
      car: entryOf(context, record).car,
      className: F1_CLASS,
      bestLapSeconds: best,
      bestLapNumber: null,
      bestLapDriver: best === null ? null : driver,
      gapFirstSeconds: null,
      gapPreviousSeconds: null,
      laps: null,
      status: null,
      kph: null,
      driver,
      qualifyingPartSeconds: parts,
    };
  });
  return { ...draftBase(context, 'Qualifying', 'qualifying'), startTime: startOf(context.race.quali_date, context.race.quali_time), entries: sorted.map((record) => entryOf(context, record)), results };
}

function raceDraft(context: RaceContext, records: ErgastRecord[]): SessionDraft {
  const sorted = [...records].sort((a, b) => Number(a.positionOrder) - Number(b.positionOrder));
  const results: Result[] = sorted.map((record, index) => {
    const driver = driverName(context, record.driverId);
    const gap = index > 0 && record.time ? parseLapTime(record.time) : null;
    const fastest = record.fastestLapTime ? parseLapTime(record.fastestLapTime) : null;
    return {
      position: Number(record.positionOrder),
      classPosition: 0,
      car: entryOf(context, record).car,
      className: F1_CLASS,
      bestLapSeconds: fastest,
      bestLapNumber: record.fastestLap ? Number(record.fastestLap) : null,
      bestLapDriver: fastest === null ? null : driver,
      gapFirstSeconds: index === 0 ? 0 : gap,
      gapPreviousSeconds: null,
      gapFirstText: index > 0 && gap === null ? context.statuses.get(record.statusId)?.status ?? null : null,
      laps: record.laps ? Number(record.laps) : null,
      status: context.statuses.get(record.statusId)?.status ?? (record.positionText || null),
      kph: record.fastestLapSpeed ? Number(record.fastestLapSpeed) : null,
      driver,
      grid: record.grid ? Number(record.grid) : null,
      totalSeconds: record.milliseconds ? Number(record.milliseconds) / 1000 : null,
    };
  });
  return { ...draftBase(context, 'Race', 'race'), startTime: startOf(context.race.date, context.race.time), entries: sorted.map((record) => entryOf(context, record)), results };
}

/**
 * Reads one race from Ergast-schema F1 tables: its qualifying (best of Q1/Q2/Q3 for each driver) and its
 * race results (grid, position, status, fastest lap), as two sessions of one event.
 */
export function ergastDrafts(tables: ErgastTables, choice: string | undefined, source: { files: string[]; hashes: string[] }): SessionDraft[] {
  if (!choice) throw new RacedeskError('bad-input', 'These are Ergast F1 tables: pick a race with --race "<year> <name or round>", e.g. --race "2024 Monaco"');
  const races = recordsOf(requireTable(tables, 'races'));
  const circuits = tables.circuits ? indexBy(recordsOf(tables.circuits), 'circuitId') : new Map<string, ErgastRecord>();
  const race = pickRace(races, circuits, choice);
  const context: RaceContext = {
    race,
    year: Number(race.year),
    drivers: tables.drivers ? indexBy(recordsOf(tables.drivers), 'driverId') : new Map(),
    constructors: tables.constructors ? indexBy(recordsOf(tables.constructors), 'constructorId') : new Map(),
    circuit: circuits.get(race.circuitId),
    statuses: tables.status ? indexBy(recordsOf(tables.status), 'statusId') : new Map(),
    sourceFiles: source.files,
    sourceHashes: source.hashes,
  };
  const ofRace = (name: 'qualifying' | 'results') => (tables[name] ? recordsOf(tables[name], { column: 'raceId', value: race.raceId }) : []);
  const drafts: SessionDraft[] = [];
  const qualifying = ofRace('qualifying');
  if (qualifying.length > 0) drafts.push(qualifyingDraft(context, qualifying));
  const results = ofRace('results');
  if (results.length > 0) drafts.push(raceDraft(context, results));
  if (drafts.length === 0) throw new RacedeskError('not-found', `${race.year} ${race.name}: no qualifying or results rows in these tables`);
  return drafts;
}
