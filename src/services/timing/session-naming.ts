import type { SessionKind } from '../../domain/timing';

const SMALL_WORDS = new Set(['the', 'of', 'de', 'a', 'and', 'at', 'in']);

/** "roar-before-the-24" → "Roar Before the 24". */
export function titleFromSlug(slug: string): string {
  return slug
    .split(/[-_\s]+/)
    .filter((word) => word !== '')
    .map((word, index) => (index > 0 && SMALL_WORDS.has(word.toLowerCase()) ? word.toLowerCase() : word[0].toUpperCase() + word.slice(1)))
    .join(' ');
}

/** Al Kamel's scraped file names: `202401211355-qualifying-results.csv`. */
export function timestampedName(fileName: string): { stamp: string; sessionSlug: string; part: string } | null {
  const match = /^(\d{12})-(.+?)-(results|laps|weather)\.[a-z]+$/i.exec(fileName);
  return match ? { stamp: match[1], sessionSlug: match[2], part: match[3].toLowerCase() } : null;
}

/** "202401211355" → "2024-01-21T13:55" (the track's local time, as the site prints it). */
export function startTimeOfStamp(stamp: string): string {
  return `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(8, 10)}:${stamp.slice(10, 12)}`;
}

/** Practice, qualifying or race, read off a session or file name; `fallback` when the name does not say. */
export function kindOfName(name: string, fallback: SessionKind): SessionKind {
  const lower = name.toLowerCase();
  if (/qual|pole|hyperpole/.test(lower)) return 'qualifying';
  if (/practice|session|warm|\bfp\d|\bp\d\b|test/.test(lower)) return 'practice';
  if (/race|\d+\s*h\b|\d+h|hours|grand prix|analysis|\bgp\b/.test(lower)) return 'race';
  return fallback;
}

/** The event a scraped folder names (`01-roar-before-the-24`), or null for a folder that is not an event. */
export function eventNameOfFolder(folder: string): string | null {
  const last = folder.split(/[\\/]/).filter(Boolean).pop() ?? '';
  const match = /^\d{1,2}-(.+)$/.exec(last);
  return match ? titleFromSlug(match[1]) : null;
}

/** The season a path names (`imsa/2024/…`, `2024-comma`) or a timestamp starts with. */
export function yearOf(folder: string, stamp: string | null): number | null {
  for (const segment of folder.split(/[\\/]/).reverse()) {
    const match = /^((?:19|20)\d\d)(?!\d)/.exec(segment);
    if (match) return Number(match[1]);
  }
  return stamp ? Number(stamp.slice(0, 4)) : null;
}

const SERIES_BY_FOLDER: Record<string, string> = { imsa: 'IMSA', wec: 'WEC', f1: 'F1', elms: 'ELMS', alms: 'Asian Le Mans' };
const SERIES_BY_CLASS: Record<string, string> = { GTP: 'IMSA', GTD: 'IMSA', GTDPRO: 'IMSA', HYPERCAR: 'WEC', LMGT3: 'WEC', LMGTE: 'WEC' };

/** The series, from a folder in the path (`imsa/`, `wec/`) or else from the class names only one series uses. */
export function seriesOf(folder: string, classNames: string[]): string | null {
  for (const segment of folder.toLowerCase().split(/[\\/]/).reverse()) {
    if (SERIES_BY_FOLDER[segment]) return SERIES_BY_FOLDER[segment];
  }
  for (const className of classNames) {
    const series = SERIES_BY_CLASS[className.toUpperCase()];
    if (series) return series;
  }
  return null;
}
