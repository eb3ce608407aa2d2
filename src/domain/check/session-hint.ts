import type { Claim } from '../claims';
import type { SessionKind } from '../timing';

/** What the words around a claim say about which session it is about. */
export interface SessionHint {
  kind: SessionKind | null;
  /** A year named next to the figure ("the 2023 edition"), or the year before for "last year". */
  year: number | null;
  lastYear: boolean;
  record: boolean;
}

const KIND_PATTERNS: [SessionKind, RegExp][] = [
  ['practice', /\bpracti[cs]e|\bFP\d\b|\bwarm-?up\b/i],
  ['qualifying', /\bqualif\w*|\bpole\b|\bgrid\b|\bwill start\b|\bstarting\b/i],
  ['race', /\brace\b|\bfinish(?:ed|ing|es)?\b|\bwon\b|\bvictory\b/i],
];

/**
 * Reads the session a claim points to from its own clause, and practice or qualifying from its sentence too.
 * A race, a record or another year only counts when named in the claim's clause: in "Derani turned in
 * 1:32.656, breaking the 2019 record of 1:33.655" only the second time is the record.
 */
export function readHint(text: string, claim: Pick<Claim, 'start' | 'end' | 'sentence'>): SessionHint {
  const clause = clauseAround(text, claim.start, claim.end);
  const clauseKind = kindIn(clause, ['practice', 'qualifying', 'race']);
  const kind = clauseKind ?? kindIn(claim.sentence, ['practice', 'qualifying']);
  const yearMatch = /\b(19[5-9]\d|20\d\d)\b/.exec(clause.replace(/\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/g, ''));
  return {
    kind,
    year: yearMatch ? Number(yearMatch[1]) : null,
    lastYear: /\blast (?:year|season)|\ba year (?:ago|earlier)|\bprevious (?:year|edition)/i.test(clause),
    record: /\brecord\b/i.test(clause),
  };
}

/** The sentence-wide reading, for checks that are not about one figure (who drives which car). */
export function readSentenceHint(sentence: string): SessionHint {
  return {
    kind: kindIn(sentence, ['practice']),
    year: null,
    lastYear: /\blast (?:year|season)\b/i.test(sentence),
    record: false,
  };
}

function kindIn(text: string, kinds: SessionKind[]): SessionKind | null {
  for (const [kind, pattern] of KIND_PATTERNS) if (kinds.includes(kind) && pattern.test(text)) return kind;
  return null;
}

function clauseAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !isBreak(text, from - 1)) from--;
  let to = end;
  while (to < text.length && !isBreak(text, to)) to++;
  return text.slice(from, to);
}

// A full stop ends a clause only before a space: "1.2s" and "No.7" do not.
function isBreak(text: string, at: number): boolean {
  const character = text[at];
  if (',;:()\n'.includes(character)) return true;
  return '.!?'.includes(character) && (at + 1 >= text.length || /\s/.test(text[at + 1]));
}
