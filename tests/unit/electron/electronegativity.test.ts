import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runElectronegativity, type Finding } from '../../electron/run-electronegativity';

interface Allowed {
  id: string;
  file: string;
  reason: string;
}

const allowed = JSON.parse(readFileSync(resolve(REPO, 'tests/electron/electronegativity-allow.json'), 'utf8')) as Allowed[];
const isAllowed = (finding: Finding) => allowed.some((entry) => entry.id === finding.id && entry.file === finding.file);

describe('Electronegativity over src/', () => {
  it('finds nothing that the allow-list does not explain, and the allow-list holds nothing it no longer finds', async () => {
    const { findings, parseErrors } = await runElectronegativity();
    console.log(`electronegativity: ${findings.length} findings, ${findings.filter(isAllowed).length} allowed with a reason`);
    expect(parseErrors).toEqual([]);
    expect(findings.filter((finding) => !isAllowed(finding))).toEqual([]);
    const stale = allowed.filter((entry) => !findings.some((finding) => finding.id === entry.id && finding.file === entry.file));
    expect(stale).toEqual([]);
    for (const entry of allowed) expect(entry.reason.length, `${entry.id} in ${entry.file} needs a reason`).toBeGreaterThan(40);
  }, 120_000);
});
