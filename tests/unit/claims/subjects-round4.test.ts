import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import type { Roster } from '../../../src/domain/names';

const roster: Roster = ['Ricky Taylor', 'Pipo Derani', 'Nick Tandy', 'Filipe Albuquerque'].map((name) => ({ id: name, name, kind: 'driver' as const }));
const lapOf = (text: string, lap: string) => extractClaims(text, { roster }).find((claim) => claim.text === lap);

describe('a passive "bettered by"', () => {
  it('gives the figure after it to the one who did the bettering, not the one bettered', () => {
    expect(lapOf('Taylor led early with 1:35.102, only to be pipped by Pipo Derani’s Cadillac on 1:34.977.', '1:34.977')).toMatchObject({ subject: 'Pipo Derani' });
  });

  it('leaves an active "bettered" making the one after it the one beaten', () => {
    expect(lapOf('Pipo Derani bettered Taylor with 1:34.977 late on.', '1:34.977')).toMatchObject({ subject: 'Pipo Derani' });
  });
});

describe('a possessive right before a figure', () => {
  it('names whose figure it is, even the one another is compared with', () => {
    expect(lapOf('Derani then found 1:34.977, two tenths better than Taylor’s 1:35.180.', '1:35.180')).toMatchObject({ subject: 'Taylor' });
    expect(lapOf('Derani beat Taylor’s 1:35.180 with a 1:34.977.', '1:35.180')).toMatchObject({ subject: 'Taylor' });
  });


  it('is no setter after a bare "to": the figure before is not his', () => {
    expect(lapOf('Derani opened with 1:35.410. Then Tandy found 1:34.977 to Taylor’s 1:35.020.', '1:34.977')).toMatchObject({ subject: 'Tandy' });
  });
});

describe('an epithet or pronoun after a conjunction', () => {
  it('stands for the one the sentence before names who is not named after it', () => {
    const text = 'Derani took P1 with 1:35.410, only to be beaten by Ricky Taylor on 1:35.102. But the Portuguese-speaking Brazilian then found 1:34.977 to Taylor’s 1:35.020.';
    expect(lapOf(text, '1:34.977')).toMatchObject({ subject: 'Derani' });
  });

  it('reads "the Portuguese" as a nationality, learned from the text', () => {
    const text = 'The Portuguese Filipe Albuquerque set the pace. Later, with Taylor second, the Portuguese lapped in 1:34.977.';
    expect(lapOf(text, '1:34.977')).toMatchObject({ subject: 'Filipe Albuquerque' });
  });

  it('may still stand for one named before it in its own sentence', () => {
    const text = 'Derani war wieder stark. Schneller als Derani umrundete niemand den Kurs, er brauchte 1:34,977 Minuten.';
    expect(lapOf(text, '1:34,977')).toMatchObject({ subject: 'Derani' });
  });
});

describe('a title won in years at a place', () => {
  it('calls the driver the sentence before is about by it, and the place is no one', () => {
    const text = 'Derani set 1:35.410 early on, ahead of Ricky Taylor. The 2021 and 2022 Daytona winner then lowered it to 1:34.977.';
    expect(lapOf(text, '1:34.977')).toMatchObject({ subject: 'Derani', subjectSure: true });
  });

  it('leaves the driver named after the title the holder', () => {
    expect(lapOf('Taylor was second. The 2019 Daytona winner Pipo Derani lapped in 1:34.977.', '1:34.977')).toMatchObject({ subject: 'Pipo Derani' });
  });
});
