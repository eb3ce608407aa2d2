import { foldName, type NameMention, type Roster, type RosterEntry } from '../names';

/** The session's drivers who share the surname `word` ("Taylor": Ricky and Jordan), when two or more do. */
export function driversSharing(word: string, roster: Roster): RosterEntry[] {
  const folded = foldName(word.replace(/['’]s?$/, ''));
  if (folded.length < 3 || /\s/.test(word.trim())) return [];
  const sharing = roster.filter((entry) => entry.kind === 'driver' && entry.name.includes(' ') && foldName(entry.name.split(/\s+/).at(-1)!) === folded);
  return sharing.length >= 2 ? sharing : [];
}

/**
 * "Ricky Taylor made it two poles … Taylor was leading Olivier Pla": a surname two drivers of the session share, which
 * the roster cannot tell apart, is the one of them written in full last before it, in its paragraph or the one before
 * (`lead`); where neither names one, it stays no one's.
 */
export function resolveSharedSurnames(mentions: NameMention[], roster: Roster | undefined, text: string, lead = ''): NameMention[] {
  if (!roster) return mentions;
  return mentions.map((mention) => {
    if (mention.kind !== 'unknown') return mention;
    const sharing = driversSharing(mention.text, roster);
    if (sharing.length === 0) return mention;
    const before = text.slice(0, mention.start);
    const last = (within: string) => sharing.map((entry) => ({ entry, at: within.lastIndexOf(entry.name) })).filter((hit) => hit.at >= 0).sort((a, b) => b.at - a.at)[0];
    const named = last(before) ?? last(lead);
    return named ? { ...mention, text: named.entry.name, kind: 'person' as const } : mention;
  });
}
