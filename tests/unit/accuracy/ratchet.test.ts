import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, loadCorpus, OWN_GROUP_HALVES } from '../../accuracy/corpus';
import { ratchetFigures, RATCHET_RATES, scoreGroups, type RatchetFigures } from '../../accuracy/groups';
import { runReport, type ReportRun } from '../../accuracy/run-report';

// The figures `npm run accuracy -- --update-ratchet` last wrote: the corpus scored with the timing in
// ../shared/data only, as CI has it. Each rate may rise, never fall; false contradictions may only fall.
const stored = JSON.parse(readFileSync(join(CORPUS, 'ratchet.json'), 'utf8')) as RatchetFigures;
let now: RatchetFigures;

beforeAll(async () => {
  const runs: ReportRun[] = [];
  for (const report of loadCorpus()) {
    expect(report.problems, report.id).toEqual([]);
    runs.push(await runReport(report, false));
  }
  now = ratchetFigures(scoreGroups(runs).groups);
}, 300_000);

describe('accuracy on the corpus does not slip back (npm run accuracy -- --ci)', () => {
  it('scores every group the ratchet holds', () => {
    // A held-back half the ratchet does not hold yet (one just added, before the lead ratchets it) is scored but not
    // held; every other group must be in both.
    const notYetHeld = (group: string) => !(group in stored) && OWN_GROUP_HALVES.some((half) => group === `half ${half}`);
    expect(Object.keys(now).filter((group) => !notYetHeld(group)).sort()).toEqual(Object.keys(stored).sort());
  });

  for (const [group, figures] of Object.entries(stored)) {
    it(`${group}: every rate at or above the last one reached, false contradictions no more`, () => {
      const slipped: string[] = [];
      for (const key of RATCHET_RATES) {
        const was = figures[key];
        const is = now[group]?.[key] ?? null;
        if (was !== null && (is === null || is < was - 1e-9)) slipped.push(`${key}: ${(100 * was).toFixed(1)} → ${is === null ? 'nothing counted' : (100 * is).toFixed(1)}`);
      }
      const fcWas = figures.falseContradictions ?? 0;
      const fcIs = now[group]?.falseContradictions ?? 0;
      if (fcIs > fcWas) slipped.push(`false contradictions: ${fcWas} → ${fcIs}`);
      expect(slipped, `${group} slipped back (npm run accuracy -- --ci --misses shows which claims)`).toEqual([]);
    });
  }
});
