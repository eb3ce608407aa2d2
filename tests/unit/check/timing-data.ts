import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CheckContext } from '../../../src/domain/check';
import type { TimingSession, Track } from '../../../src/domain/timing';
import { openRacedeskServices } from '../../../src/services/racedesk-services';

export const SHARED = resolve(import.meta.dirname, '../../..', '../shared');
export const ROAR_2024 = join(SHARED, 'data/imsa/2024/01-roar-before-the-24');
export const SEBRING_2024 = join(SHARED, 'data/imsa/2024/05-sebring-international-raceway');
export const ROAR_2023 = join(SHARED, 'data/imsa/2023/01-roar-before-the-24');
export const ROAR_2024_PRACTICE = join(SHARED, 'data/imsa/2024-comma/01-roar-before-the-24');
export const F1 = join(SHARED, 'data/f1');

/** Imports real timing files into a throwaway library and reads the sessions back, laps included. */
export async function loadSessions(paths: string[], options: { race?: string } = {}): Promise<{ sessions: TimingSession[]; tracks: Track[] }> {
  const folder = await mkdtemp(join(tmpdir(), 'racedesk-check-'));
  try {
    const services = await openRacedeskServices(folder);
    const report = await services.timing.importPaths(paths, options);
    const sessions = await Promise.all(report.sessions.map((summary) => services.timing.getStoredSession(summary.id)));
    return { sessions, tracks: await services.timing.listTracks() };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** A check context with one session of an event folder as its main one: the first whose name matches `name`. */
export async function mainSessionContext(path: string, name: RegExp): Promise<CheckContext> {
  const { sessions, tracks } = await loadSessions([path]);
  const session = sessions.find((candidate) => name.test(candidate.name))!;
  return { sessions: [session], mainSessionId: session.id, tracks, roster: [] };
}

/** A check context of every session of the timing at `paths`, none of them main: the words must pick one. */
export async function eventContext(paths: string[], options: { race?: string } = {}): Promise<CheckContext> {
  return { ...(await loadSessions(paths, options)), mainSessionId: null, roster: [] };
}

/** A check context of one F1 race's qualifying alone, from the Ergast tables (`race`: "2014 Singapore"). */
export async function f1QualifyingContext(race: string): Promise<CheckContext> {
  const { sessions, tracks } = await loadSessions([F1], { race });
  const session = sessions.find((candidate) => candidate.kind === 'qualifying')!;
  return { sessions: [session], mainSessionId: session.id, tracks, roster: [] };
}
