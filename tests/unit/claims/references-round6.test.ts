import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import type { Roster } from '../../../src/domain/names';

const rosterOf = (drivers: string[]): Roster => drivers.map((name) => ({ id: name, name, kind: 'driver' as const }));
const gapOf = (text: string, roster?: Roster) => extractClaims(text, { roster }).find((claim) => claim.kind === 'gap');

describe('a team named after its founder is not a driver of that surname', () => {
  it('reads the driver after "the Wayne Taylor Racing Acura of", not "Wayne" nor "Taylor"', () => {
    const roster = rosterOf(['Louis Deletraz', 'Ricky Taylor', 'Wayne Boyd']);
    const gap = gapOf('Louis Deletraz lapped in 1m12.004s, 0.11s ahead of the Wayne Taylor Racing Acura of Ricky Taylor.', roster);
    expect(gap).toMatchObject({ subject: 'Louis Deletraz', reference: 'Ricky Taylor' });
  });

  it('keeps "Pratt Miller Motorsports" whole, so the time is the driver’s who put the car there', () => {
    const roster = rosterOf(['Nicky Catsburg', 'Tommy Milner']);
    const lap = extractClaims('Nicky Catsburg put the Corvette Racing by Pratt Miller Motorsports Z06 on the front row with a 1m41.220s lap.', { roster }).find((claim) => claim.kind === 'lap_time');
    expect(lap).toMatchObject({ kind: 'lap_time', subject: 'Nicky Catsburg' });
  });
});

describe('a gap measured from a place that its words name', () => {
  it('is to first place for "off the pace", "off the winning Porsche" and a bare "off"', () => {
    expect(gapOf('Felipe Nasr held on to third, 0.212s off the pace, after a scruffy lap.')).toMatchObject({ referencePlace: 1, direction: 'behind' });
    expect(gapOf('Nico Müller was runner-up, 6.1 seconds off the winning Porsche.')).toMatchObject({ referencePlace: 1 });
    expect(gapOf('Felipe Nasr was fifth, a mere 0.4s off, in the No. 7 car.')).toMatchObject({ referencePlace: 1 });
  });

  it('is to the place named: "behind second", "the third-placed BMW", "missed out on second place by"', () => {
    expect(gapOf('Felipe Nasr was third, 0.02s behind second and two tenths off the top.')).toMatchObject({ referencePlace: 2 });
    expect(gapOf('Felipe Nasr finished fourth, 1.4 seconds behind the third-placed BMW.')).toMatchObject({ referencePlace: 3 });
    expect(gapOf('Felipe Nasr missed out on second place by just 0.7 seconds.')).toMatchObject({ referencePlace: 2 });
  });

  it('is to first place for a signed gap and a results line’s "gap", to second for a win "by over"', () => {
    expect(gapOf('Dahinter landete Nico Müller (+0,214) vor Felipe Nasr.')).toMatchObject({ subject: 'Nico Müller', referencePlace: 1 });
    expect(gapOf('2nd: Nico Müller (Porsche), gap 3.412s')).toMatchObject({ referencePlace: 1 });
    expect(gapOf('Felipe Nasr took the class win by over 12 seconds.')).toMatchObject({ referencePlace: 2, direction: 'ahead' });
  });

  it('is to first place for a bare "behind" of one placed second, not of one placed lower', () => {
    expect(gapOf('Felipe Nasr was a distant second, 0.8s behind in the Porsche.')).toMatchObject({ referencePlace: 1 });
    expect(gapOf('Felipe Nasr was 0.3 seconds slower in P2 for Penske.')).toMatchObject({ referencePlace: 1 });
    expect(gapOf('Felipe Nasr was sixth, 0.8s behind in the Porsche.')?.referencePlace ?? null).toBeNull();
  });
});

describe('a gap measured against the subject’s team-mate', () => {
  it('is marked for the checker to find the team-mate, in English and Portuguese', () => {
    expect(gapOf('Valtteri Bottas wound up 0.286 behind his team-mate in the final part.')).toMatchObject({ reference: null, referenceTeamMate: true });
    expect(gapOf('Na qualificação, Carlos Sainz gastou mais 150 milésimos do que o seu companheiro de equipa.')).toMatchObject({ referenceTeamMate: true });
  });

  it('is not marked when the gap is to someone else', () => {
    expect(gapOf('Valtteri Bottas wound up 0.286 behind Max Verstappen, his team-mate having crashed.')?.referenceTeamMate).toBeUndefined();
  });
});
