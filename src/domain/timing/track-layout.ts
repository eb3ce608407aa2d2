import type { TimingSession, Track } from './types';

/**
 * The track whose stored length holds for a session: its own track, unless the session was run in a year outside
 * the years of that length. F1's tables reach back to 1950, and a 2015 Abu Dhabi lap worked out over the 2021
 * layout's 5.281 km would give a speed 5% off the 5.554 km actually driven. A session of unknown year keeps its track.
 */
export function trackOfSession(session: Pick<TimingSession, 'trackId' | 'startTime' | 'eventId'>, tracks: readonly Track[]): Track | null {
  const track = tracks.find((candidate) => candidate.id === session.trackId) ?? null;
  if (!track) return null;
  const year = yearOfSession(session);
  if (year === null) return track;
  if (track.fromYear !== undefined && year < track.fromYear) return null;
  if (track.untilYear !== undefined && year > track.untilYear) return null;
  return track;
}

/** Why a session at a stored track has no length: the years of the stored layout, or null when it has one (or no track). */
export function layoutNote(session: Pick<TimingSession, 'trackId' | 'startTime' | 'eventId'>, tracks: readonly Track[]): string | null {
  const track = tracks.find((candidate) => candidate.id === session.trackId);
  const year = yearOfSession(session);
  if (!track || year === null || trackOfSession(session, tracks)) return null;
  const years = track.untilYear !== undefined ? `until ${track.untilYear}` : `from ${track.fromYear}`;
  return `the stored length of ${track.name} (${track.lengthKm} km) is of its layout ${years}, and the ${year} layout's is not stored`;
}

// F1's tables give no qualifying date before 2021 ("\N"), but the event id holds the meeting's year
// ("f1-2015-abu-dhabi-grand-prix").
function yearOfSession(session: Pick<TimingSession, 'startTime' | 'eventId'>): number | null {
  const stamp = session.startTime?.match(/^(\d{4})-/);
  if (stamp) return Number(stamp[1]);
  const inId = session.eventId.match(/(?:^|-)((?:19|20)\d\d)(?:-|$)/);
  return inId ? Number(inId[1]) : null;
}
