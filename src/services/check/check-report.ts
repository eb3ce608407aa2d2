import type { TimingImportOptions } from '../../api/timing';
import type { CheckedSession } from '../../api/check';
import { sessionsOfBestEvent, splitParagraphs, suggestSessions, type ArticleFacts, type CheckReport } from '../../domain/check';
import { RacedeskError } from '../../domain/errors';
import { detectMetadata } from '../../domain/reports/metadata';
import type { RacedeskServices } from '../racedesk-services';
import { CheckService } from './check-service';

/** Where a report's timing comes from: files or folders to import, or sessions already in the library. */
export interface ReportTiming {
  /** Timing files or folders, as `racedesk import` takes them; without them, the library's sessions are used. */
  data?: string[];
  /** Which race of Ergast F1 tables: "<year> <name or round>". */
  race?: string;
  /** Columns of a results CSV, e.g. `time=Best,driver=Pilote`. */
  map?: string;
  /** The session the report is mainly about; by default the one its words point to. */
  session?: string;
}

/**
 * Checks a report's plain text as `racedesk check` does: imports its timing (or picks stored sessions that
 * match its words), chooses the session it is mainly about, and checks every figure.
 */
export async function checkReport(services: RacedeskServices, text: string, timing: ReportTiming): Promise<{ report: CheckReport; sessions: CheckedSession[] }> {
  const sessionIds = await rankedByWords(services, await sessionsToCheck(services, timing, text), text);
  return new CheckService(services.timing, services.articles).checkText(text, sessionIds, timing.session ?? null);
}

async function sessionsToCheck(services: RacedeskServices, timing: ReportTiming, text: string): Promise<string[]> {
  if (timing.data) {
    const options: TimingImportOptions = {};
    if (timing.race) options.race = timing.race;
    if (timing.map) options.map = timing.map;
    const imported = await services.timing.importPaths(timing.data, options);
    const ids = [...imported.sessions.map((session) => session.id), ...imported.unchangedSessionIds];
    if (ids.length === 0) throw new RacedeskError('bad-input', `no timing session in ${timing.data.join(', ')}`);
    if (timing.session && !ids.includes(timing.session)) {
      throw new RacedeskError('not-found', `no session ${timing.session} in --data; it holds ${ids.join(', ')}`);
    }
    return [...new Set(ids)];
  }
  const stored = await services.timing.listSessions();
  if (timing.session) {
    if (!stored.some((summary) => summary.id === timing.session)) throw new RacedeskError('not-found', `no session ${timing.session} in the library`);
    return [timing.session];
  }
  const ranked = suggestSessions(reportFacts(text), stored, await services.timing.listTracks());
  if (ranked.length === 0) throw new RacedeskError('bad-input', 'no stored session matches the report; name one with --session <id>');
  return sessionsOfBestEvent(ranked, stored);
}

// The sessions the report's words point to most first, so the checker falls back on them when its figures
// do not settle which session it is about.
async function rankedByWords(services: RacedeskServices, sessionIds: string[], text: string): Promise<string[]> {
  const summaries = (await services.timing.listSessions()).filter((summary) => sessionIds.includes(summary.id));
  const ranked = suggestSessions(reportFacts(text), summaries, await services.timing.listTracks()).map((suggestion) => suggestion.sessionId);
  return [...new Set([...ranked, ...sessionIds])];
}

/** The report's date, series, event, track and session words, read the way an imported article's are. */
export function reportFacts(text: string): ArticleFacts {
  const meta = detectMetadata({ headline: null, bodyBlocks: splitParagraphs(text).map((paragraph) => paragraph.text), removed: [] });
  return { date: meta.date, series: meta.series, event: meta.event, track: meta.track, session: meta.session, text };
}
