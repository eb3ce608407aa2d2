import { describe, expect, it } from 'vitest';
import { factCheckJson, factCheckMarkdown, openContradictions, type CheckedClaimForReport } from '../../../src/domain/export/fact-check-report';
import { migrateExportSettings } from '../../../src/domain/export/export-settings';

const claims: CheckedClaimForReport[] = [
  { text: "1'32''656'''", kind: 'lap_time', verdict: 'confirmed', expected: 92.656, evidence: '#31 Whelen Engineering Cadillac Racing, Pipo Derani, lap 5, 1:32.656', suggestion: null, fixAccepted: false },
  { text: "1'32''956'''", kind: 'lap_time', verdict: 'contradicted', expected: 92.656, evidence: '#31 | Pipo Derani, lap 5, 1:32.656', suggestion: "1'32''656'''", fixAccepted: false },
  { text: '.185 seconds', kind: 'gap', verdict: 'contradicted', expected: 0.2, evidence: 'Lazare 2:09.876, McAleer 2:10.076', suggestion: '.200 seconds', fixAccepted: true },
  { text: 'four-tenths', kind: 'gap', verdict: 'unverifiable', expected: null, evidence: '', suggestion: null, fixAccepted: false },
];
const report = { headline: 'Derani on pole', generatedAt: '2024-01-21T14:00:00.000Z', claims };

describe('the fact-check report', () => {
  it('counts a contradicted claim whose fix was accepted as no longer open', () => {
    expect(openContradictions(claims).map((claim) => claim.text)).toEqual(["1'32''956'''"]);
  });

  it('lists every claim in a Markdown table, escaping pipes in the evidence', () => {
    const markdown = factCheckMarkdown(report);
    expect(markdown).toContain('4 claims: 1 confirmed, 2 contradicted (1 still open), 1 unverifiable.');
    expect(markdown).toContain("| 1'32''956''' | lap_time | contradicted | 92.656 | #31 \\| Pipo Derani, lap 5, 1:32.656 | 1'32''656''' | no |");
    expect(markdown).toContain('| .185 seconds | gap | contradicted | 0.2 | Lazare 2:09.876, McAleer 2:10.076 | .200 seconds | yes |');
    expect(markdown.trim().split('\n').filter((line) => line.startsWith('| ')).length).toBe(5);
  });

  it('gives the same record as JSON with counts', () => {
    const json = JSON.parse(factCheckJson(report)) as { counts: Record<string, number>; open: number; claims: unknown[] };
    expect(json.counts).toEqual({ confirmed: 1, contradicted: 2, unverifiable: 1 });
    expect(json.open).toBe(1);
    expect(json.claims).toEqual(claims);
  });
});

describe('stored export settings', () => {
  it('fills what an older file lacks with defaults', () => {
    const settings = migrateExportSettings({ format: 'pdf', houseStyle: { quotes: { style: 'straight' } } });
    expect(settings.format).toBe('pdf');
    expect(settings.houseStyle.quotes).toEqual({ enabled: true, style: 'straight' });
    expect(settings.houseStyle.lapTimes).toEqual({ enabled: true, notation: 'colon' });
  });

  it('refuses a file written by a newer Racedesk', () => {
    expect(() => migrateExportSettings({ schemaVersion: 2 })).toThrow(/newer/);
  });
});
