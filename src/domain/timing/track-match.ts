import type { Track } from './types';

/** Lower case words only: "Daytona International Speedway" → "daytona international speedway". */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function containsWords(haystack: string, needle: string): boolean {
  return needle !== '' && ` ${haystack} `.includes(` ${needle} `);
}

/**
 * Finds the track a file or event name refers to: the track whose name or alias appears in it as whole words.
 * The longest alias wins, so "Petit Le Mans" is Road Atlanta and not Le Mans.
 * @example matchTrack('01-roar-before-the-24', tracks)?.id // 'daytona'
 */
export function matchTrack(text: string, tracks: readonly Track[]): Track | null {
  const haystack = normalizeName(text);
  let best: { track: Track; length: number } | null = null;
  for (const track of tracks) {
    for (const name of [track.id, track.name, ...track.aliases]) {
      const needle = normalizeName(name);
      if (containsWords(haystack, needle) && (!best || needle.length > best.length)) {
        best = { track, length: needle.length };
      }
    }
  }
  return best?.track ?? null;
}
