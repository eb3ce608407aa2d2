import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractClaims, type Claim } from '../../src/domain/claims';
import type { CheckedClaim } from '../../src/domain/check';
import type { TimingSession } from '../../src/domain/timing';
import { checkReport } from '../../src/services/check/check-report';
import { openRacedeskServices } from '../../src/services/racedesk-services';
import type { CorpusReport } from './corpus';
import { reportTiming, sessionsByKey } from './report-timing';

/** What Racedesk made of one report: checked claims when its timing is here, else the claims alone. */
export interface ReportRun {
  report: CorpusReport;
  /** `check`: read and checked against the report's timing, as `racedesk check --data` does; `claims`: read only. */
  mode: 'check' | 'claims';
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
      const { report: checked } = await checkReport(services, report.body, { data: timing.paths, race: timing.race });
      return { report, mode: 'check', claims: checked.claims, sessions: await sessionsByKey(services, timing), missing: [] };
    } finally {
      await services.close();
    }
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
