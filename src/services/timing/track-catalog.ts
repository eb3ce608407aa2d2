import { z } from 'zod';
import tracksFile from '../../../resources/tracks.json' with { type: 'json' };
import { RacedeskError } from '../../domain/errors';
import { matchTrack, normalizeName, type Track } from '../../domain/timing';

export const trackSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/),
  name: z.string().min(1).max(200),
  aliases: z.array(z.string().min(1).max(200)).max(50),
  lengthKm: z.number().positive().max(100),
  lengthMiles: z.number().positive().max(100),
  source: z.string().min(1).max(1000),
  fromYear: z.number().int().min(1900).max(2100).optional(),
  untilYear: z.number().int().min(1900).max(2100).optional(),
});

/** The circuits Racedesk ships with (`resources/tracks.json`): IMSA, WEC and F1 of 2023–2025. */
export function builtInTracks(): Track[] {
  return z.array(trackSchema).parse(tracksFile.tracks);
}

/** Built-in tracks with the writer's additions and corrections laid over them (same id: the writer's wins). */
export function mergeTracks(builtIn: Track[], overrides: Track[]): Track[] {
  const byId = new Map(builtIn.map((track) => [track.id, track]));
  for (const track of overrides) byId.set(track.id, track);
  return [...byId.values()];
}

/** The track an explicit `--track` names (id, name or alias), refused when none matches. */
export function findNamedTrack(text: string, tracks: Track[]): Track {
  const wanted = normalizeName(text);
  const exact = tracks.find((track) => [track.id, track.name, ...track.aliases].some((name) => normalizeName(name) === wanted));
  const found = exact ?? matchTrack(text, tracks);
  if (!found) throw new RacedeskError('not-found', `No track called "${text}"; add it with its length first`);
  return found;
}
