import { escapeRegex } from './escape-regex';
import type { SessionSummary, Track } from '../timing';

/** What is known about an article when choosing its sessions. */
export interface ArticleFacts {
  date: string | null;
  series: string | null;
  event: string | null;
  track: string | null;
  session: string | null;
  text: string;
}

/** A session worth linking to an article, with why. */
export interface SessionSuggestion {
  sessionId: string;
  score: number;
  reasons: string[];
  /**
   * Whether the article points to this session's event itself: it names the track or the event, or is dated in the
   * fortnight after it. Session words and the series alone fit many events.
   */
  pointed: boolean;
}

const DAY_MS = 86_400_000;
// Words of each kind of session, in the languages Racedesk reads; a report speaks most of its own session.
// "Pole" after "from" ("desde la", "dalla", "depuis la", "von der") is where a race started, so it is not counted for
// qualifying.
const KIND_WORDS: Record<SessionSummary['kind'], RegExp> = {
  practice: /\bpractice\b|\bFP\d\b|\btraining\b|\bessais libres\b|\blibres\b|\bprove libere\b|\btreinos?\b/gi,
  qualifying: /\bqualif\w*|(?<!\bfrom |\bon |\bstarting from |\bstarted from |\bdesde la |\bdalla |\bdepuis la |\bvon der |\bvanaf |\bda )\bpole\b|\bQ[123]\b|\bkwalificatie\b|\bclasificaci[oó]n\b|\bqualifiche\b|\bhyperpole\b/gi,
  // "pitted with 1hr25m to go", "the final stint", "under the second caution": only a race is told by the clock to the
  // flag, its stops and its cautions.
  race: /\brace\b|\bto go\b|\bpitted\b|\bpit ?stops?\b|\bstints?\b|\bcautions?\b|\bsafety car\b|\bfull[- ]course yellows?\b|\bwon\b|\bwin\b|\bwins\b|\bvictory\b|\bpodium\b|\bwinner\b|\bfinish(?:ed|es)?\b|\bchequered\b|\bcheckered\b|\bbandera a cuadros\b|\bdrapeau à damier\b|\bbandiera a scacchi\b|\bzielflagge\b|\bbandeira quadriculada\b|\bgeblokte vlag\b|\blaps led\b|\bled every lap\b|\brennen\b|\bsieg\b|\bcarrera\b|\bgara\b|\bcorrida\b|\bcourse\b|\bvictoire\b|\bvitória\b|\bvittoria\b/gi,
};
const HEADLINE_WEIGHT = 3;

// How much the text speaks of each kind of session, its first line (the headline) counting three times.
function kindCounts(text: string): Record<SessionSummary['kind'], number> {
  const headline = text.trimStart().split('\n')[0] ?? '';
  const count = (pattern: RegExp, within: string) => within.match(pattern)?.length ?? 0;
  return {
    practice: count(KIND_WORDS.practice, text) + (HEADLINE_WEIGHT - 1) * count(KIND_WORDS.practice, headline),
    qualifying: count(KIND_WORDS.qualifying, text) + (HEADLINE_WEIGHT - 1) * count(KIND_WORDS.qualifying, headline),
    race: count(KIND_WORDS.race, text) + (HEADLINE_WEIGHT - 1) * count(KIND_WORDS.race, headline),
  };
}

/**
 * Ranks stored sessions for an article by its date (a report follows its session by days), track, event,
 * series and session words; sessions that match nothing are left out.
 *
 * @example
 * suggestSessions({ date: '2024-01-22', text: 'The Roar … qualifying …', … }, summaries)[0].sessionId
 * // '2024-roar-before-the-24-qualifying'
 */
export function suggestSessions(article: ArticleFacts, sessions: SessionSummary[], tracks: Track[] = []): SessionSuggestion[] {
  const haystack = [article.event, article.track, article.series, article.session, article.text].filter(Boolean).join('\n');
  const articleTime = article.date ? Date.parse(article.date) : Number.NaN;
  const kinds = kindCounts(article.text);
  const mostSpoken = Math.max(kinds.practice, kinds.qualifying, kinds.race);
  const suggestions = sessions.map((session) => {
    const reasons: string[] = [];
    let score = 0;
    let dated = false;
    const sessionTime = session.startTime ? Date.parse(session.startTime) : Number.NaN;
    if (Number.isFinite(articleTime) && Number.isFinite(sessionTime)) {
      const days = (articleTime - sessionTime) / DAY_MS;
      if (days > -1 && days <= 14) {
        dated = true;
        score += 4 - Math.max(0, days) / 7;
        reasons.push(`dated ${Math.max(0, Math.round(days))} day(s) after the session`);
      } else if (days <= -1) {
        // Dated a day or more before the session started: the report cannot tell how it went ("Saturday 7 June 2008"
        // above a qualifying report is no report of Sunday's race), so the date speaks for it no more than for none.
        reasons.push('dated before the session');
      } else if (Math.abs(days) <= 60) {
        score += 1;
        reasons.push('dated within two months of the session');
      }
    }
    const track = tracks.find((candidate) => candidate.id === session.trackId);
    const trackNames = [session.trackName, track?.name, ...(track?.aliases ?? [])].filter((name): name is string => !!name);
    const trackNamed = trackNames.find((name) => mentions(haystack, name));
    if (trackNamed) {
      score += 3;
      reasons.push(`names the track (${trackNamed})`);
    }
    if (mentions(haystack, session.eventName)) {
      score += 3;
      reasons.push(`names the event (${session.eventName})`);
    }
    if (mentions(haystack, session.series)) {
      score += 1;
      reasons.push(`names the series (${session.series})`);
    }
    if (kinds[session.kind] > 0) {
      score += kinds[session.kind] === mostSpoken ? 2 : 1;
      reasons.push(`speaks of ${session.kind}`);
    }
    // An undated session (the Ergast tables date a race, not its qualifying before 2021) is of its event's year.
    const year = (session.startTime ?? sessions.find((other) => other.eventId === session.eventId && other.startTime)?.startTime)?.slice(0, 4);
    if (year && new RegExp(`\\b${year}\\b`).test(haystack)) {
      score += 1;
      reasons.push(`mentions ${year}`);
    }
    const pointed = dated || trackNamed !== undefined || mentions(haystack, session.eventName);
    return { sessionId: session.id, score: Math.round(score * 100) / 100, reasons, pointed };
  });
  return suggestions.filter((suggestion) => suggestion.score > 0).sort((a, b) => b.score - a.score);
}

/** The suggested sessions of the event the best suggestion is of, best first: the sessions a report is checked against. */
export function sessionsOfBestEvent(ranked: readonly SessionSuggestion[], sessions: readonly SessionSummary[]): string[] {
  const eventOf = (id: string) => sessions.find((summary) => summary.id === id)?.eventId;
  const best = ranked[0] ? eventOf(ranked[0].sessionId) : undefined;
  return best === undefined ? [] : ranked.filter((suggestion) => eventOf(suggestion.sessionId) === best).map((suggestion) => suggestion.sessionId);
}

/**
 * The sessions to link a newly imported report to without asking: those of the best event, only when the report
 * points to that event (names it or its track, or is dated just after it) and no other event fits as well ("the
 * Roar" with the 2023 and 2024 Roars stored, and no date, links neither). Empty when in doubt; the writer ticks
 * sessions by hand then.
 */
export function sessionsToLinkOnImport(ranked: readonly SessionSuggestion[], sessions: readonly SessionSummary[]): string[] {
  const best = ranked[0];
  if (!best?.pointed) return [];
  const eventOf = (id: string) => sessions.find((summary) => summary.id === id)?.eventId;
  const rival = ranked.find((suggestion) => eventOf(suggestion.sessionId) !== eventOf(best.sessionId));
  if (rival && rival.score >= best.score) return [];
  return sessionsOfBestEvent(ranked, sessions);
}

function mentions(haystack: string, name: string): boolean {
  const escaped = escapeRegex(name.trim()).replace(/\s+/g, '\\s+');
  return escaped.length > 1 && new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}(?:$|[^\\p{L}\\p{N}])`, 'iu').test(haystack);
}
