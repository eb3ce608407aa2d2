import type { TimingImportOptions } from '../../api/timing';
import { matchTrack, trackBySpeed, type TimedSpeed, type Track } from '../../domain/timing';
import type { SessionDraft } from './session-draft';

/** Each lap the draft holds with its published km/h: the results' best laps, or the laps file's when alone. */
function speedsOf(draft: SessionDraft): TimedSpeed[] {
  if (draft.results?.some((result) => result.kph !== null)) return draft.results.map((result) => ({ seconds: result.bestLapSeconds, kph: result.kph }));
  return (draft.laps ?? []).filter((lap) => !lap.pit && !lap.deleted).map((lap) => ({ seconds: lap.lapSeconds, kph: lap.kph }));
}

const MEETING_DAYS = 4;

/** The first day of the meeting `day` belongs to: days at one circuit less than four days apart are one meeting. */
function firstDayOfMeeting(day: string, daysThere: string[]): string {
  const sorted = [...new Set(daysThere)].sort();
  let first = sorted[0] ?? day;
  for (const each of sorted) {
    if (each > day) break;
    if (Date.parse(each) - Date.parse(first) >= MEETING_DAYS * 86_400_000) first = each;
  }
  return first;
}

/**
 * Each draft with its track: named by the files or the writer, else measured by the files' own speeds. Drafts whose
 * files named no event and no circuit are then named after the circuit and the first day of the files chosen
 * with them there ("Sebring International Raceway, 2024-03-15" for the qualifying and the next day's race), not
 * "Event of 2024-03-15", unless the writer named the event.
 */
export function placeDrafts(drafts: SessionDraft[], tracks: Track[], explicitTrack: Track | null, options: TimingImportOptions): { draft: SessionDraft; track: Track | null }[] {
  const placed = drafts.map((draft) => {
    const byName = explicitTrack ?? matchTrack(`${draft.trackHint} ${draft.eventName}`, tracks);
    return { draft, byName, track: byName ?? trackBySpeed(speedsOf(draft), tracks) };
  });
  const days = new Map<string, string[]>();
  for (const { draft, byName, track } of placed) {
    if (!byName && track && draft.eventDate) days.set(track.id, [...(days.get(track.id) ?? []), draft.eventDate]);
  }
  return placed.map(({ draft, byName, track }) => {
    if (byName || !track) return { draft, track };
    const day = draft.eventDate ? firstDayOfMeeting(draft.eventDate, days.get(track.id) ?? []) : null;
    const eventName = !options.event && day ? `${track.name}, ${day}` : draft.eventName;
    return { draft: { ...draft, eventName, trackHint: `${draft.trackHint} ${track.name}` }, track };
  });
}
