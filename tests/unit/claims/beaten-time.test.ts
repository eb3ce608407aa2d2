import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import type { Roster } from '../../../src/domain/names';

const roster: Roster = ['Esteban Ocon', 'Pierre Gasly', 'Kevin Magnussen'].map((name) => ({ id: name, name, kind: 'driver' as const }));
const subjectOf = (text: string, figure: string) => extractClaims(text, { roster }).find((claim) => claim.text === figure)?.subject;

// Two times side by side, "A on T1 ahead of B on T2": the second is the one beaten's, the subject's own came first.
describe('a time right after the driver just beaten', () => {
  it('is that driver’s when the subject’s own time came before it', () => {
    const text = 'Ocon claimed 14th on 1m 19.204s ahead of Alpine team-mate Pierre Gasly on 1m 19.377s.';
    expect(subjectOf(text, '1m 19.204s')).toBe('Ocon');
    expect(subjectOf(text, '1m 19.377s')).toBe('Pierre Gasly');
    expect(subjectOf('Ocon was 14th with a 1:19.204, beating Magnussen with a 1:19.377.', '1:19.377')).toBe('Magnussen');
  });

  it('stays the subject’s when it is the only time, or set off from the beaten one by a comma', () => {
    expect(subjectOf('Ocon was 14th ahead of Gasly with a 1:19.204.', '1:19.204')).toBe('Ocon');
    expect(subjectOf('Ocon was 14th with a 1:19.204 and improved ahead of Gasly, with a 1:19.111.', '1:19.111')).toBe('Ocon');
  });
});
