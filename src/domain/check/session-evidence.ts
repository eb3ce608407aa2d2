import type { Claim } from '../claims';
import { trackOfSession, type TimingSession, type Track } from '../timing';
import { roundsTo, truncateTo } from './precision';

// Lap times to the hundredth or better tell sessions apart: two sessions rarely share one, a report's
// own session holds most of its times.
const FEWEST_DECIMALS = 2;

// A long race holds so many laps that almost any time to the thousandth turns up in it by chance: only each
// car's best counts there, other laps only in sessions short enough for a match to mean something.
const MOST_LAPS_FOR_ANY_LAP = 1500;

const timesBySession = new WeakMap<TimingSession, { best: Set<number>; any: Set<number> }>();

/**
 * The session whose data holds the most of the text's precise lap times and best-lap speeds (each distinct figure counted once), or
 * null when none holds more than another: then the words decide. A report that drops a whole event folder
 * (practice, qualifying, warm-up, race) is checked against the session its own times come from.
 */
export function sessionByEvidence(claims: readonly Claim[], sessions: readonly TimingSession[], tracks: readonly Track[] = []): TimingSession | null {
  if (sessions.length < 2) return null;
  const speeds = [...new Map(claims.filter((claim) => claim.kind === 'speed' && claim.decimals >= FEWEST_DECIMALS).map((claim) => [`${claim.value}|${claim.unit}`, claim])).values()];
  const times = [...new Set(claims.filter((claim) => claim.kind === 'lap_time' && claim.decimals >= FEWEST_DECIMALS).map((claim) => `${claim.value}|${claim.decimals}`))].map((key) => {
    const [value, decimals] = key.split('|').map(Number);
    return { value, decimals };
  });
  if (times.length === 0 && speeds.length === 0) return null;
  let best: TimingSession | null = null;
  let bestScore = 0;
  let tie = false;
  for (const session of sessions) {
    const held = timesOf(session);
    const anyCounts = session.laps.length <= MOST_LAPS_FOR_ANY_LAP;
    const track = trackOfSession(session, tracks);
    const score =
      times.reduce((sum, time) => sum + (holds(held.best, time.value, time.decimals) ? 1 : anyCounts && holds(held.any, time.value, time.decimals) ? 0.5 : 0), 0) +
      (track ? speeds.filter((speed) => holdsSpeed(session, track, speed)).length : 0);
    if (score > bestScore) {
      best = session;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && score > 0) tie = true;
  }
  return tie ? null : best;
}

// IMSA reports give a lap as its speed ("a lap at 130.821 mph"): a car's best lap over the track's length, as
// published (mph truncated) or rounded, tells the session as well as the time would.
export function holdsSpeed(session: TimingSession, track: Track, claim: Pick<Claim, 'value' | 'decimals' | 'unit'>): boolean {
  const length = claim.unit === 'km/h' ? track.lengthKm : track.lengthMiles;
  return session.results.some((result) => {
    if (!result.bestLapSeconds) return false;
    const speed = (length * 3600) / result.bestLapSeconds;
    return roundsTo(speed, claim.value, claim.decimals) || Math.abs(truncateTo(speed, claim.decimals) - claim.value) < 10 ** -claim.decimals / 2;
  });
}

/** Whether a session holds a lap of `value` seconds at `decimals` places, rounded or cut. */
export function sessionHoldsTime(session: TimingSession, value: number, decimals: number): boolean {
  const held = timesOf(session);
  return holds(held.best, value, decimals) || holds(held.any, value, decimals);
}

function holds(held: Set<number>, value: number, decimals: number): boolean {
  const thousandths = Math.round(value * 1000);
  if (decimals >= 3) return held.has(thousandths);
  const step = 10 ** (3 - decimals);
  // Any stored time that rounds or truncates to the figure: 1:32.65 is 1:32.645 … 1:32.659.
  for (let offset = -step / 2; offset < step; offset += 1) if (held.has(thousandths + offset)) return true;
  return false;
}

// The classified times of the session (each car's best, F1's Q1/Q2/Q3) and every lap, in whole thousandths.
function timesOf(session: TimingSession): { best: Set<number>; any: Set<number> } {
  const known = timesBySession.get(session);
  if (known) return known;
  const held = { best: new Set<number>(), any: new Set<number>() };
  const add = (into: Set<number>, seconds: number | null | undefined) => {
    if (seconds != null) into.add(Math.round(seconds * 1000));
  };
  for (const lap of session.laps) add(held.any, lap.lapSeconds);
  for (const result of session.results) {
    add(held.best, result.bestLapSeconds);
    for (const part of result.qualifyingPartSeconds ?? []) add(held.best, part);
  }
  timesBySession.set(session, held);
  return held;
}
