import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractClaims, type Claim } from '../../src/domain/claims';
import type { CheckedClaim } from '../../src/domain/check';
import type { TimingSession } from '../../src/domain/timing';
import { RacedeskError } from '../../src/domain/errors';
import { checkReport } from '../../src/services/check/check-report';
import { openRacedeskServices } from '../../src/services/racedesk-services';
import type { CorpusReport } from './corpus';
import { reportTiming, sessionsByKey } from './report-timing';

/** What Racedesk made of one report: checked claims when its timing is here, else the claims alone. */
export interface ReportRun {
  report: CorpusReport;
  /**
   * `check`: read and checked against the report's timing, as `racedesk check --data` does; `claims`: read only,
   * its timing not being on this machine; `failed`: the timing is here but Racedesk refused it (read only, and
   * every verdict counts as wrong).
   */
  mode: 'check' | 'claims' | 'failed';
  claims: (Claim & Partial<Pick<CheckedClaim, 'verdict' | 'expected' | 'evidence' | 'suggestion' | 'reason'>>)[];
  /** The report's sessions by key, for the oracle. */
  sessions: Map<string, TimingSession>;
  /** Why it was read only. */
  missing: string[];
}

/** Runs Racedesk on a report in a throwaway library; with `useCache` false, only timing in ../shared/data is used. */
export async function runReport(report: CorpusReport, useCache = true): Promise<ReportRun> {
  const timing = reportTiming(report, useCache);
  if (timing.missing.length > 0) return { report, mode: 'claims', claims: extractClaims(report.body), sessions: new Map(), missing: timing.missing };
  const folder = await mkdtemp(join(tmpdir(), 'racedesk-accuracy-'));
  try {
    const services = await openRacedeskServices(folder);
    try {
      try {
        const { report: checked } = await checkReport(services, report.body, { data: timing.paths, race: timing.race });
        return { report, mode: 'check', claims: checked.claims, sessions: await sessionsByKey(services, timing), missing: [] };
      } catch (error) {
        if (!(error instanceof RacedeskError)) throw error;
        return { report, mode: 'failed', claims: extractClaims(report.body), sessions: new Map(), missing: [`Racedesk refused the timing: ${error.message}`] };
      }
    } finally {
      await services.close();
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
