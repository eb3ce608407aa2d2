import { foldName } from '../../src/domain/names';
import type { Lap, Result, TimingSession, Track } from '../../src/domain/timing';
import type { GoldClaim } from './corpus';

/** What the data says of one gold claim, worked out from the gold's own reading of it (subject, basis, session). */
export interface OracleAnswer {
  /** The value in the claim's unit; null when the data does not hold it. */
  official: number | null;
  /** The verdict the data gives, or null when this script cannot work it out (a moment in a session, a record). */
  verdict: 'confirmed' | 'contradicted' | 'unverifiable' | null;
  detail: string;
}

const EPSILON = 1e-6;
const KPH_PER_MPH = 1.609344;

/** Works out `official` and the verdict of a gold claim from the session it names, independently of Racedesk's checker. */
export function askData(claim: GoldClaim, sessions: Map<string, TimingSession>, tracks: Track[] = []): OracleAnswer {
  if (claim.session === null) return { official: null, verdict: 'unverifiable', detail: 'about no loaded session' };
  const session = sessions.get(claim.session);
  if (!session) return { official: null, verdict: null, detail: `no session "${claim.session}" loaded` };
  if (['at-the-time', 'record', 'other-year', 'other-session'].includes(claim.basis)) return { official: null, verdict: null, detail: `basis ${claim.basis}: looked over by hand` };
  const subject = carOf(session, claim.car ?? null, claim.subject, claim.team ?? null);
  if (typeof subject === 'string') return { official: null, verdict: null, detail: subject };
  const track = tracks.find((candidate) => candidate.id === session.trackId) ?? null;
  const official = officialValue(claim, session, subject, track);
  if (typeof official === 'string') return { official: null, verdict: official.startsWith('unverifiable') ? 'unverifiable' : null, detail: official };
  const decimals = statedDecimals(claim.text, claim.kind);
  const speeds = claim.kind === 'speed' ? speedsOf(claim, subject, track) : [];
  const holds =
    claim.kind === 'speed'
      ? speeds.some((speed) => valueHolds(speed, claim.value, decimals, claim.qualifier))
      : claim.kind === 'position'
      ? placeHolds(official, claim.value, claim.placeRange ?? null)
      : claim.basis === 'lap'
        ? lapHolds(claim, session, subject, decimals)
        : valueHolds(official, claim.value, decimals, claim.qualifier) && directionHolds(claim, session, subject);
  const shown = claim.basis === 'lap' && holds ? claim.value : official;
  return { official: round(shown), verdict: holds ? 'confirmed' : 'contradicted', detail: `${claim.basis} of #${subject.car}: ${round(shown)}` };
}

interface CarInSession {
  car: string;
  result: Result | null;
  drivers: string[];
  laps: Lap[];
}

function carOf(session: TimingSession, car: string | null, driver: string | null, team: string | null): CarInSession | string {
  const cars = new Map<string, CarInSession>();
  const ensure = (number: string) => {
    let found = cars.get(number);
    if (!found) {
      found = { car: number, result: null, drivers: [], laps: [] };
      cars.set(number, found);
    }
    return found;
  };
  for (const entry of session.entries) ensure(entry.car).drivers.push(...entry.drivers);
  for (const result of session.results) {
    const found = ensure(result.car);
    found.result = result;
    if (result.driver && !found.drivers.includes(result.driver)) found.drivers.push(result.driver);
  }
  for (const lap of session.laps) {
    const found = ensure(lap.car);
    found.laps.push(lap);
    if (!found.drivers.includes(lap.driver)) found.drivers.push(lap.driver);
  }
  if (car !== null) {
    const found = cars.get(car);
    if (!found) return `no car #${car} in ${session.name}`;
    if (driver && !found.drivers.some((name) => sameName(name, driver))) return `${driver} is not among #${car}'s drivers (${found.drivers.join(', ')})`;
    return found;
  }
  if (driver) {
    const matching = [...cars.values()].filter((candidate) => candidate.drivers.some((name) => sameName(name, driver)));
    if (matching.length === 1) return matching[0];
    return matching.length === 0 ? `${driver} is in no car of ${session.name}` : `${driver} is in several cars; give "car"`;
  }
  if (team) {
    const ofTeam = session.entries.filter((entry) => foldName(entry.team).includes(foldName(team))).map((entry) => cars.get(entry.car));
    const ranked = ofTeam.filter((found): found is CarInSession => !!found?.result).sort((a, b) => a.result!.position - b.result!.position);
    return ranked[0] ?? `no car of ${team} in ${session.name}`;
  }
  return 'no subject';
}

/** Whether a name from the data is the gold's: the same folded words, or the gold's surname for a data name. */
function sameName(data: string, gold: string): boolean {
  const a = foldName(data);
  const b = foldName(gold);
  return a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
}

function officialValue(claim: GoldClaim, session: TimingSession, subject: CarInSession, track: Track | null): number | string {
  switch (claim.kind) {
    case 'lap_time':
      return lapTimeOf(claim, subject);
    case 'gap':
      return gapOf(claim, session, subject);
    case 'speed':
      return speedOf(claim, subject, track);
    case 'position':
      return placeOf(claim, session, subject);
  }
}

function lapTimeOf(claim: GoldClaim, subject: CarInSession): number | string {
  const part = partIndex(claim.basis);
  if (part !== null) return subject.result?.qualifyingPartSeconds?.[part] ?? `#${subject.car} set no ${claim.basis} time`;
  if (claim.basis === 'lap') return nearestLap(claim, subject)?.lapSeconds ?? `no lap of #${subject.car}`;
  if (claim.basis === 'best' || claim.basis === 'fastest-lap') return bestOf(claim, subject) ?? `#${subject.car} set no time`;
  return `basis ${claim.basis} does not apply to a lap time`;
}

// The subject driver's own best when the laps say who drove; else the car's classified best.
function bestOf(claim: Pick<GoldClaim, 'subject'>, subject: CarInSession): number | null {
  const own = claim.subject ? subject.laps.filter((lap) => !lap.pit && !lap.deleted && sameName(lap.driver, claim.subject!)) : [];
  if (own.length > 0) return Math.min(...own.map((lap) => lap.lapSeconds));
  return subject.result?.bestLapSeconds ?? null;
}

function nearestLap(claim: GoldClaim, subject: CarInSession): Lap | null {
  const laps = subject.laps.filter((lap) => !claim.subject || sameName(lap.driver, claim.subject));
  let nearest: Lap | null = null;
  for (const lap of laps) if (!nearest || Math.abs(lap.lapSeconds - claim.value) < Math.abs(nearest.lapSeconds - claim.value)) nearest = lap;
  return nearest;
}

function lapHolds(claim: GoldClaim, session: TimingSession, subject: CarInSession, decimals: number): boolean {
  const laps = subject.laps.filter((lap) => !claim.subject || sameName(lap.driver, claim.subject));
  if (laps.length === 0 && session.laps.length === 0) return valueHolds(bestOf(claim, subject) ?? Number.NaN, claim.value, decimals, claim.qualifier);
  return laps.some((lap) => valueHolds(lap.lapSeconds, claim.value, decimals, claim.qualifier));
}

function gapOf(claim: GoldClaim, session: TimingSession, subject: CarInSession): number | string {
  if (!claim.reference && !claim.referenceCar) return 'no reference: looked over by hand';
  const other = carOf(session, claim.referenceCar ?? null, claim.reference ?? null, null);
  if (typeof other === 'string') return other;
  const part = partIndex(claim.basis);
  if (part !== null) {
    const a = subject.result?.qualifyingPartSeconds?.[part];
    const b = other.result?.qualifyingPartSeconds?.[part];
    return a != null && b != null ? Math.abs(a - b) : `no ${claim.basis} time for both cars`;
  }
  if (claim.basis === 'finish') return finishGap(subject, other);
  if (claim.basis === 'best' || claim.basis === 'fastest-lap') {
    const a = bestOf(claim, subject);
    const b = bestOf({ subject: claim.reference ?? null }, other);
    return a !== null && b !== null ? Math.abs(a - b) : 'a car set no time';
  }
  return `basis ${claim.basis} does not apply to a gap`;
}

// A finishing gap's side: a subject said to be ahead must have finished ahead of the reference, and behind, behind.
function directionHolds(claim: GoldClaim, session: TimingSession, subject: CarInSession): boolean {
  if (claim.kind !== 'gap' || claim.basis !== 'finish' || !claim.direction) return true;
  const other = carOf(session, claim.referenceCar ?? null, claim.reference ?? null, null);
  if (typeof other === 'string' || !subject.result || !other.result) return true;
  const ahead = subject.result.position < other.result.position;
  return claim.direction === 'ahead' ? ahead : !ahead;
}

function finishGap(subject: CarInSession, other: CarInSession): number | string {
  const a = subject.result;
  const b = other.result;
  if (!a || !b) return 'a car is not classified';
  if (a.laps !== b.laps) return 'unverifiable: the cars finished laps apart';
  if (a.totalSeconds != null && b.totalSeconds != null) return Math.abs(a.totalSeconds - b.totalSeconds);
  const gapA = a.position === 1 ? 0 : a.gapFirstSeconds;
  const gapB = b.position === 1 ? 0 : b.gapFirstSeconds;
  return gapA != null && gapB != null ? Math.abs(gapA - gapB) : 'no finishing gap in the data';
}

function speedOf(claim: GoldClaim, subject: CarInSession, track: Track | null): number | string {
  if (claim.basis === 'top-speed') return 'unverifiable: top speeds are looked over by hand';
  return speedsOf(claim, subject, track)[0] ?? 'unverifiable: no speed in the data';
}

// The best lap's average speed: from the track's length when it is known (IMSA works mph out that way), and
// from the km/h the data publishes.
function speedsOf(claim: GoldClaim, subject: CarInSession, track: Track | null): number[] {
  if (claim.basis === 'top-speed') return [];
  const best = bestOf(claim, subject);
  const lap = best === null ? undefined : subject.laps.find((candidate) => candidate.lapSeconds === best && candidate.kph != null);
  const kph = lap?.kph ?? subject.result?.kph ?? null;
  const speeds: number[] = [];
  if (best !== null && track) speeds.push(((claim.unit === 'mph' ? track.lengthMiles : track.lengthKm) * 3600) / best);
  if (kph !== null) speeds.push(claim.unit === 'mph' ? kph / KPH_PER_MPH : kph);
  return speeds;
}

function placeOf(claim: GoldClaim, session: TimingSession, subject: CarInSession): number | string {
  const result = subject.result;
  if (!result) return `#${subject.car} is not classified`;
  switch (claim.basis) {
    case 'overall':
    case 'qualifying':
    case 'finish':
      return result.position;
    case 'class':
      return result.classPosition || result.position;
    case 'group': {
      const family = classGroup(result.className);
      const group = [...session.results].sort((a, b) => a.position - b.position).filter((other) => classGroup(other.className) === family);
      return group.findIndex((other) => other.car === result.car) + 1;
    }
    case 'grid':
      return result.grid ?? 'unverifiable: no grid in the data';
    case 'q1':
    case 'q2':
    case 'q3': {
      const part = partIndex(claim.basis)!;
      const own = result.qualifyingPartSeconds?.[part];
      if (own == null) return `#${subject.car} set no ${claim.basis} time`;
      return 1 + session.results.filter((other) => (other.qualifyingPartSeconds?.[part] ?? Infinity) < own).length;
    }
    case 'best': {
      const timed = session.results.filter((other) => other.bestLapSeconds !== null).sort((a, b) => a.bestLapSeconds! - b.bestLapSeconds!);
      const at = timed.findIndex((other) => other.car === subject.car);
      return at >= 0 ? at + 1 : `#${subject.car} set no time`;
    }
    default:
      return `basis ${claim.basis} does not apply to a position`;
  }
}

// The classes that qualify and are ranked together: the GT classes, and the prototypes.
function classGroup(className: string): 'gt' | 'prototype' {
  const key = className.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return key.startsWith('GT') && key !== 'GTP' ? 'gt' : key.startsWith('LMGT') ? 'gt' : 'prototype';
}

function partIndex(basis: string): number | null {
  return basis === 'q1' ? 0 : basis === 'q2' ? 1 : basis === 'q3' ? 2 : null;
}

function placeHolds(official: number, value: number, range: [number, number] | null): boolean {
  const [low, high] = range ?? [value, value];
  return official >= low && official <= high;
}

/** Whether the data's value bears out the figure at its stated precision and qualifier (see the corpus README). */
export function valueHolds(official: number, value: number, decimals: number, qualifier: GoldClaim['qualifier']): boolean {
  if (!Number.isFinite(official)) return false;
  const unit = 10 ** -decimals;
  switch (qualifier) {
    case 'exact': {
      const scale = 10 ** decimals;
      const rounded = Math.round(official * scale + EPSILON) / scale;
      const truncated = Math.floor(official * scale + EPSILON) / scale;
      return Math.abs(rounded - value) < unit / 2 || Math.abs(truncated - value) < unit / 2;
    }
    case 'approx':
      return Math.abs(official - value) <= unit / 2 + EPSILON;
    case 'over':
      return official > value + EPSILON;
    case 'under':
      return official < value - EPSILON;
    case 'nearly':
      return official <= value + EPSILON && value - official <= Math.max(unit, value * 0.25) + EPSILON;
  }
}

/**
 * The precision a figure is written to: the digits after its decimal mark (`1:32.656`, `0,070`, `1'48"601`,
 * `+0″7`), a fraction word (`four-tenths` 1, `80 thousandths` 3, `half a second` 1, `a quarter` 2), else 0.
 */
export function statedDecimals(text: string, kind: GoldClaim['kind']): number {
  if (kind === 'position') return 0;
  const groups = text.match(/\d+/g) ?? [];
  const lower = text.toLowerCase();
  if (groups.length === 0 || (groups.length === 1 && /zehntel|tiende|décim|decim|dixième|tenth/.test(lower))) {
    if (/tenth|zehntel|tiende|d[ée]cim|dixi[èe]me/.test(lower)) return 1;
    if (/hundredth|hundertstel|honderdste|cent[ée]sim|centi[èe]me/.test(lower)) return 2;
    if (/thousandth|tausendstel|duizendste|mill?[ée]sim|milli[èe]me/.test(lower)) return 3;
    if (/quarter|viertel|kwart|cuarto|quarto|quart/.test(lower)) return 2;
    if (/half|halbe|halve|medio|mezzo|demi|meio/.test(lower)) return 1;
    return 0;
  }
  if (/hundredth|hundertstel|honderdste|cent[ée]sim|centi[èe]me/.test(lower)) return 2;
  if (/thousandth|tausendstel|duizendste|mill?[ée]sim|milli[èe]me/.test(lower)) return 3;
  if (/tenth|zehntel|tiende|d[ée]cim|dixi[èe]me/.test(lower)) return 1;
  const over = /\d+\s*\/\s*(10+)(?!\d)/.exec(text);
  if (over) return over[1].length - 1;
  const last = groups.at(-1)!;
  if (groups.length >= 3) return last.length;
  if (groups.length === 2) {
    const between = text.slice(text.indexOf(groups[0]) + groups[0].length, text.lastIndexOf(last));
    if (kind === 'lap_time' && /^\s*(?::|m|min|'|′|’)\s*$/i.test(between)) return 0;
    return last.length;
  }
  const decimalMark = text.indexOf(last) > 0 && /[.,]/.test(text[text.indexOf(last) - 1]);
  return decimalMark ? last.length : 0;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
