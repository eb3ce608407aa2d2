import { normalizeName, type RosterName, type Track } from '../../domain/timing';
import { eventsOf, sortSummaries } from '../timing/index-update';
import { emptyIndex, type StoredSessionSummary, type TimingIndex } from '../timing/timing-files';

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function byId<T extends { id: string }>(items: T[] | undefined): Map<string, T> {
  return new Map((items ?? []).map((item) => [item.id, item]));
}

/**
 * Three-way merge of lists keyed by id: a change on one side wins over no change on the other, a deletion
 * stands only where the other side left the item alone, and `pick` settles items both sides changed.
 */
function mergeById<T extends { id: string }>(base: T[] | undefined, ours: T[], theirs: T[], pick: (mine: T, other: T) => T): T[] {
  const [baseMap, ourMap, theirMap] = [byId(base), byId(ours), byId(theirs)];
  const ids = new Set([...ourMap.keys(), ...theirMap.keys()]);
  const merged: T[] = [];
  for (const id of ids) {
    const [was, mine, other] = [baseMap.get(id), ourMap.get(id), theirMap.get(id)];
    if (mine && other) merged.push(same(mine, other) || same(was, other) ? mine : same(was, mine) ? other : pick(mine, other));
    else if (mine) {
      if (!(was && same(was, mine))) merged.push(mine);
    } else if (other && !(was && same(was, other))) merged.push(other);
  }
  return merged;
}

function unionNames(ours: RosterName[], theirs: RosterName[]): RosterName[] {
  const names = ours.map((name) => ({ ...name, aliases: [...name.aliases], series: [...name.series] }));
  const byKey = new Map(names.map((name) => [normalizeName(name.name), name]));
  for (const name of theirs) {
    const known = byKey.get(normalizeName(name.name));
    if (!known) {
      const copy = { ...name, aliases: [...name.aliases], series: [...name.series] };
      names.push(copy);
      byKey.set(normalizeName(name.name), copy);
      continue;
    }
    for (const alias of [name.name, ...name.aliases]) if (alias !== known.name && !known.aliases.includes(alias)) known.aliases.push(alias);
    for (const series of name.series) if (!known.series.includes(series)) known.series.push(series);
  }
  return names;
}

/** Of two summaries of one session, the one built from more of its files (the laps joined to the results). */
export function fullerSummary(mine: StoredSessionSummary, other: StoredSessionSummary): StoredSessionSummary {
  const covers = (a: string[], b: string[]) => b.every((file) => a.includes(file));
  if (covers(other.sourceFiles, mine.sourceFiles) && !covers(mine.sourceFiles, other.sourceFiles)) return other;
  return { ...mine, sourceHashes: [...new Set([...mine.sourceHashes, ...other.sourceHashes])] };
}

/**
 * Merges `timing/index.json` as two laptops changed it: sessions and tracks by id, the roster as the union of
 * both (spellings kept as aliases), events worked out again. Only sessions whose file is in the merged
 * library (`sessionIds`) are listed, so the index never names a missing file.
 */
export function mergeTimingIndex(base: TimingIndex | null, ours: TimingIndex | null, theirs: TimingIndex | null, sessionIds: Set<string>): TimingIndex {
  const mine = ours ?? emptyIndex();
  const other = theirs ?? emptyIndex();
  const sessions = sortSummaries(mergeById(base?.sessions, mine.sessions, other.sessions, fullerSummary).filter((summary) => sessionIds.has(summary.id)));
  const tracks = mergeById<Track>(base?.tracks, mine.tracks, other.tracks, (kept) => kept);
  return {
    schemaVersion: mine.schemaVersion,
    sessions,
    events: eventsOf(sessions),
    tracks,
    roster: { drivers: unionNames(mine.roster.drivers, other.roster.drivers), teams: unionNames(mine.roster.teams, other.roster.teams) },
  };
}
