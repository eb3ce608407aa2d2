import { isDealtMargin } from './dealt-margin';
import type { ClaimWords } from './languages/claim-words';

// "1.4s over Nasr" is a lead; before a figure "over" is a qualifier ("lost by over a second").
const aheadWordsAfter = /\bover\b/gi;

// "muss sich Norris um 20 Tausendstel geschlagen geben": one who yields to another was beaten, so behind.
const YIELDED = /^[^,;.!?]{0,40}\s(?:geschlagen\s+geben|geschlagen\s+gegeben)\b/iu;

/**
 * Whether a gap puts its subject ahead or behind, from the nearest direction word in its clause: the words after
 * the figure first ("0.150 off", ".299 seconds ahead of", "0,2 Sekunden schneller"), then those before
 * ("trailing by around 1 tenth"). A signed gap (`signed`: "sacaba ventaja sobre Norris +0.311") is a deficit to the
 * top, as timing sheets write it, whatever the clause before says; only words after it may say otherwise.
 */
export function readDirection(clauseBefore: string, clauseAfter: string, words: ClaimWords, signed = false): 'ahead' | 'behind' | null {
  if (YIELDED.test(clauseAfter)) return 'behind';
  if (isDealtMargin(clauseBefore) && !signed) return 'ahead';
  const after = nearest(clauseAfter, 'first', words, aheadWordsAfter);
  if (after) return after;
  if (signed) return 'behind';
  return nearest(clauseBefore, 'last', words);
}

function nearest(clause: string, which: 'first' | 'last', words: ClaimWords, extraAhead?: RegExp): 'ahead' | 'behind' | null {
  const ahead = [...positions(clause, words.ahead), ...(extraAhead ? positions(clause, extraAhead) : [])].sort((left, right) => left - right);
  const behind = positions(clause, words.behind);
  if (ahead.length === 0 && behind.length === 0) return null;
  if (which === 'first') {
    return (ahead[0] ?? Infinity) < (behind[0] ?? Infinity) ? 'ahead' : 'behind';
  }
  return (ahead.at(-1) ?? -1) > (behind.at(-1) ?? -1) ? 'ahead' : 'behind';
}

function positions(clause: string, pattern: RegExp): number[] {
  return [...clause.matchAll(pattern)].map((match) => match.index);
}
