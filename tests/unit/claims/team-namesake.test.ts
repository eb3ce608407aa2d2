import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import type { Roster } from '../../../src/domain/names';

const roster: Roster = ['Colton Herta', 'Mark Wilkins', 'Harry Gottsacker'].map((name) => ({ id: name, name, kind: 'driver' as const }));

// "Bryan Herta Autosport" is a team named after its founder: its surname is no driver of that name.
describe('a surname inside a team’s name', () => {
  it('is not read as the driver of that surname, so the gap is measured against the driver of the car', () => {
    const [gap] = extractClaims('Gottsacker was 0.3s ahead of the Bryan Herta Autosport Hyundai of Mark Wilkins.', { roster });
    expect(gap).toMatchObject({ subject: 'Gottsacker', reference: 'Mark Wilkins' });
  });

  it('still reads the driver written in full before a team', () => {
    const [gap] = extractClaims('Gottsacker was 0.3s ahead of Colton Herta.', { roster });
    expect(gap).toMatchObject({ reference: 'Colton Herta' });
  });
});
