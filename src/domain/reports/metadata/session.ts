import { mostMentioned, scoreMentions, type Named } from './mentions';

const SESSIONS: readonly Named[] = [
  { name: 'Qualifying', pattern: /\bqualif(?:y|ying|ied|ier|ication|ications)\b|\bpole(?: position| time| lap|man|sitter)?\b/gi },
  { name: 'Practice', pattern: /\bpractice\b|\bFP[1-3]\b|\bwarm-?up\b/gi },
  { name: 'Race', pattern: /\b(?:won|wins|win|winner of) the race\b|\bvictory\b|\bpodium\b|\bchequered flag\b|\bcheckered flag\b|\bfinished (?:P\d+|\d+(?:st|nd|rd|th))\b/gi },
];

/** The kind of session the report is about, by which one's words it uses most: "Qualifying", "Practice" or "Race". */
export function detectSession(headline: string, body: string): string | null {
  return mostMentioned(scoreMentions(SESSIONS, headline, body));
}
