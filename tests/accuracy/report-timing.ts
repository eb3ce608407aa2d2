import { basename } from 'node:path';
import type { RacedeskServices } from '../../src/services/racedesk-services';
import type { TimingSession } from '../../src/domain/timing';
import type { CorpusReport } from './corpus';
import { resolveSource } from './timing-sources';

/** A report's timing as found on this machine: what to import, and the session keys each file holds. */
export interface ReportTiming {
  paths: string[];
  race: string | undefined;
  /** Key → the files holding it; F1 keys hold no file of their own. */
  keys: Map<string, string[]>;
  /** Timing lines not found here, with why. */
  missing: string[];
  /** Whether every line came from ../shared/data, as on CI. */
  allShared: boolean;
}

/** Resolves every timing line of a report; with `useCache` false, only ../shared/data counts, as on CI. */
export function reportTiming(report: CorpusReport, useCache = true): ReportTiming {
  const timing: ReportTiming = { paths: [], race: undefined, keys: new Map(), missing: [], allShared: true };
  for (const source of report.timing) {
    const resolved = resolveSource(source);
    if (!resolved.found || (!useCache && resolved.from === 'cache')) {
      timing.missing.push(resolved.found ? `${source.written} is only in the local cache` : resolved.reason);
      timing.allShared = false;
      continue;
    }
    timing.paths.push(...resolved.paths);
    if (resolved.race) timing.race = resolved.race;
    for (const [key, files] of resolved.keys) timing.keys.set(key, files);
  }
  return timing;
}

/** The stored sessions of a library that hold each key of `timing`. */
export async function sessionsByKey(services: RacedeskServices, timing: ReportTiming): Promise<Map<string, TimingSession>> {
  const found = new Map<string, TimingSession>();
  for (const summary of await services.timing.listSessions()) {
    const session = await services.timing.getStoredSession(summary.id);
    for (const [key, files] of timing.keys) {
      const names = files.map((file) => basename(file));
      const holds = names.length === 0 ? session.kind === key : session.sourceFiles.some((file) => names.includes(basename(file)));
      if (holds) found.set(key, session);
    }
  }
  return found;
}
