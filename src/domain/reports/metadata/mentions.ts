/** A name the report may be about, and the ways it is written. */
export interface Named {
  name: string;
  pattern: RegExp;
}

/** Extra mentions a name in the headline counts for. */
const HEADLINE_WEIGHT = 3;

function countMatches(pattern: RegExp, text: string): { count: number; first: number } {
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  const matches = [...text.matchAll(global)];
  return { count: matches.length, first: matches[0]?.index ?? Number.POSITIVE_INFINITY };
}

/** Score of each name: its mentions in the body, plus three for each in the headline. */
export function scoreMentions(names: readonly Named[], headline: string, body: string): Map<string, { score: number; first: number }> {
  const scores = new Map<string, { score: number; first: number }>();
  for (const { name, pattern } of names) {
    const inBody = countMatches(pattern, body);
    const inHeadline = countMatches(pattern, headline);
    const score = inBody.count + HEADLINE_WEIGHT * inHeadline.count;
    if (score === 0) continue;
    const previous = scores.get(name) ?? { score: 0, first: Number.POSITIVE_INFINITY };
    const first = inHeadline.count > 0 ? -1 : inBody.first;
    scores.set(name, { score: previous.score + score, first: Math.min(previous.first, first) });
  }
  return scores;
}

/** The highest-scoring name, the earliest mentioned on a tie; null when none is mentioned. */
export function mostMentioned(scores: Map<string, { score: number; first: number }>): string | null {
  const ranked = [...scores.entries()].sort(([, a], [, b]) => b.score - a.score || a.first - b.first);
  return ranked[0]?.[0] ?? null;
}
