import type { SessionKind } from '../timing';
import { QUALIFYING_WORD } from '../claims/session';

// The words that name a session's kind (practice, qualifying, race) and its number ("FP2", "second practice"), in
// every language Racedesk reads: kept apart from the session hint so the paragraph readers can share them.

// Session words of every language Racedesk reads: a report names its session in its own language. A front row is
// a row of the grid qualifying sets ("filled the remaining front-row spot with a time of 1:14.013"). "A cruel
// qualifying penalty" or "a qualifying crash" in a race report names what befell a car there, not the figure's session.
// "to secure the win for the #51 Ferrari by just over 8 seconds", "took the class win": a win taken is the race's.
const KIND_PATTERNS: [SessionKind, RegExp][] = [
  ['practice', /\bpracti[cs]e|\bFP\d\b|\bwarm-?up\b|\btraining\b|\bvrije training|\bentrenamientos? libres?|\bprove libere|\bessais libres|\btreinos? livres?/i],
  ['qualifying', new RegExp(String.raw`${QUALIFYING_WORD}|\bQ[123]\b|\bpole\b|\bgrid\b|\bwill start\b|\bstarting\b|\bkwalificatie|\bclasificaci[oó]n|\bqualifiche|\bqualificação|\bclassificação|\bpole-?position|\bfront[- ]row\b|\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|back)[- ]row\b|\bprimera fila\b|\bprima fila\b|\bpremière ligne\b|\bprimeira fila\b|\berste (?:Start)?reihe\b|\beerste (?:start)?rij\b`, 'i')],
  ['race', /\b(?:secur|tak|took|claim|clinch|seal|snatch|grabb?|bagg?|scor)\w*\s+(?:the|a|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?win\b|\brace\b|\bcross(?:ed|es|ing)? the (?:finish )?line\b|\bwon\b(?!\s+(?:the\s+|his\s+|her\s+|a\s+)?(?:[\w-]+\s+){0,2}pole)|\bvictory\b|\bfinish(?:ed|es|ing)?\b|\brennen\b|\bcarrera\b|\bgara\b|\bcorrida\b/i],
];

// The kind whose word comes last before the figure: "finished fourth after starting on the front row" is a race.
export function nearestKindBefore(clause: string, figureAt: number): SessionKind | null {
  let best: { kind: SessionKind; at: number } | null = null;
  for (const [kind, pattern] of KIND_PATTERNS) {
    for (const match of clause.matchAll(new RegExp(pattern.source, 'gi'))) if (match.index < figureAt && (!best || match.index > best.at)) best = { kind, at: match.index };
  }
  return best?.kind ?? null;
}

export function kindIn(text: string, kinds: SessionKind[]): SessionKind | null {
  for (const [kind, pattern] of KIND_PATTERNS) if (kinds.includes(kind) && pattern.test(text)) return kind;
  return null;
}

// The session a claim read off its table's heading ("QUALIFYING RESULTS").
export function kindOf(hint: string | null | undefined): SessionKind | null {
  return hint === 'practice' || hint === 'qualifying' || hint === 'race' ? hint : null;
}

const ORDINAL_NUMBERS: Record<string, number> = { first: 1, opening: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6 };

// "FP2", "Practice 2", "Session 5", "the second practice session", "opening practice".
export function sessionNumber(text: string): number | null {
  const coded = /\bFP([1-4])\b|\b(?:practice|session|training)\s+(?:no\.\s*)?([1-9])\b/i.exec(text);
  if (coded) return Number(coded[1] ?? coded[2]);
  const worded = /\b(first|opening|second|third|fourth|fifth|sixth)\s+(?:free\s+)?(?:practice|session)\b/i.exec(text);
  return worded ? ORDINAL_NUMBERS[worded[1].toLowerCase()] : null;
}
