import { extractClaims, type Claim } from '../claims';
import { findNameMentions, matchName, type NameMention, type Roster } from '../names';

export type SuggestionKind = Claim['kind'] | 'driver' | 'team' | 'car';

/** Something in the text that could be tagged: a figure the claims engine read, or a name. */
export interface TagSuggestion {
  kind: SuggestionKind;
  start: number;
  end: number;
  text: string;
  claim: Claim | null;
  /** For names: the roster entry it resolves to, when there is one. */
  rosterId: string | null;
  /** For names: how the roster spells it (or the text as written). */
  label: string;
}

const MENTION_KINDS: Partial<Record<NameMention['kind'], SuggestionKind>> = { person: 'driver', team: 'team', car: 'car' };

function fromMention(mention: NameMention, roster: Roster): TagSuggestion | null {
  const kind = MENTION_KINDS[mention.kind];
  if (!kind) return null;
  const match = kind === 'car' ? null : matchName(mention.text, roster);
  return {
    kind,
    start: mention.start,
    end: mention.end,
    text: mention.text,
    claim: null,
    rosterId: match?.entry.id ?? null,
    label: kind === 'car' ? `#${mention.carNumber ?? mention.text.replace(/\D/g, '')}` : (match?.entry.name ?? mention.text),
  };
}

/**
 * What could be tagged in one paragraph: every claim and every driver, team and car mention, in text order,
 * overlapping ones dropped (the earlier wins).
 */
export function suggestTags(text: string, roster: Roster = []): TagSuggestion[] {
  const claims: TagSuggestion[] = extractClaims(text, { roster }).map((claim) => ({
    kind: claim.kind,
    start: claim.start,
    end: claim.end,
    text: claim.text,
    claim,
    rosterId: null,
    label: claim.text,
  }));
  const names = findNameMentions(text)
    .map((mention) => fromMention(mention, roster))
    .filter((suggestion): suggestion is TagSuggestion => suggestion !== null);
  const all = [...claims, ...names].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TagSuggestion[] = [];
  for (const suggestion of all) {
    const last = kept[kept.length - 1];
    if (!last || suggestion.start >= last.end) kept.push(suggestion);
  }
  return kept;
}
