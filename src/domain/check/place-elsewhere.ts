import type { Claim } from '../claims';
import type { TimingSession, Track } from '../timing';

// "The No. 38 hybrid racecar, which was runner-up at Interlagos, placed sixth": a place told "at" or "in" a named
// circuit or event was taken there. When that name is not the checked session's event or circuit, the session's
// order cannot refute it.

const AT_NAME = /^[\s,]*(?:place|position|spot)?\s*(?:at|in)\s+(\p{Lu}[\p{L}\d'’.-]*(?:\s+\p{Lu}[\p{L}\d'’.-]*){0,2})/u;
// Capitalised words after "at"/"in" that name no circuit or event: classes, sessions, days, months, parts of a lap,
// series.
const NOT_A_PLACE =
  /^(?:the|turn|lap|hour|class|pro|am|hypercar|prototypes?|formula|practice|qualifying|race|hyperpole|warm|free|sprint|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|his|her|their|its|a|an|one|group|division|category|round|stage|championship|points|world|cup|series|season|overall|general)$/i;

/** The circuit or event a place is told at ("runner-up at Interlagos"), or null. */
export function placeNamedAfter(text: string, claim: Pick<Claim, 'end'>): string | null {
  const found = AT_NAME.exec(text.slice(claim.end, claim.end + 60));
  if (!found) return null;
  const name = found[1].replace(/['’]s$/, '');
  const first = name.split(/\s+/)[0];
  // "third in GTD", "fifth in GTD-Pro", "second in LMP2", "fifth in Q3": capitals and digits name a class or a session part.
  if (NOT_A_PLACE.test(first) || /\p{Lu}{2}|\d/u.test(first)) return null;
  return name;
}

/** Whether a name is the session's event or circuit, or a word of either ("Watkins Glen" of "Watkins Glen International"). */
export function namesSessionPlace(name: string, session: TimingSession, tracks: readonly Track[]): boolean {
  const track = tracks.find((candidate) => candidate.id === session.trackId);
  const places = [session.eventName, session.name, track?.name, ...(track?.aliases ?? [])].filter((place): place is string => !!place).map(fold);
  const words = fold(name).split(' ');
  return places.some((place) => place.includes(fold(name)) || fold(name).includes(place) || words.some((word) => word.length >= 4 && place.split(' ').includes(word)));
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').replace(/\s+/g, ' ').trim();
}
