import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';

const claimOf = (text: string, kind: string, figure?: string) => extractClaims(text).find((claim) => claim.kind === kind && (!figure || claim.text === figure));

describe('the one beaten is not the subject', () => {
  it('reads "bested" and the Portuguese "superando" as beating the one named after', () => {
    expect(claimOf('The No. 7 Porsche of Felipe Nasr bested Nick Tandy in the No. 6 Porsche by 0.118s for pole.', 'gap')).toMatchObject({ subject: 'Felipe Nasr', reference: 'Nick Tandy' });
    expect(claimOf('Na qualificação de sábado, o britânico Lando Norris fez a pole, superando o seu companheiro Oscar Piastri por apenas 0,041 segundos.', 'gap')).toMatchObject({ subject: 'Lando Norris', reference: 'Oscar Piastri' });
  });
});

describe('a time or gap bound to the one named right before it', () => {
  it('gives a time after "on" to the one just named, even one placed behind another', () => {
    expect(claimOf('Logan Sargeant was 19th on 1m 21.400s, ahead of Haas’s Kevin Magnussen on 1m 21.512s.', 'lap_time', '1m 21.512s')).toMatchObject({ subject: 'Kevin Magnussen' });
    expect(claimOf('Logan Sargeant was 19th on 1m 21.400s, ahead of Haas’s Kevin Magnussen on 1m 21.512s.', 'lap_time', '1m 21.400s')).toMatchObject({ subject: 'Logan Sargeant' });
  });

  it('gives a figure in an appositive that describes the one named before it to him', () => {
    expect(claimOf('Lando Norris est donc troisième sur la grille devant Yuki Tsunoda, le pilote Racing Bulls à une demi-seconde de la pole.', 'gap')).toMatchObject({ subject: 'Yuki Tsunoda' });
  });
});

describe('"o piloto da Mercedes" is a driver, not his team', () => {
  it('reads the driver named before, as for "the Mercedes driver"', () => {
    expect(claimOf('O britânico George Russell conquistou a pole. O piloto da Mercedes fechou o treino com o tempo de 1:29.841.', 'lap_time')).toMatchObject({ subject: 'George Russell' });
  });
});

describe('German car numbers and the team-mate of one named', () => {
  it('reads "Nr. 7" as a car, which ends no sentence, and the team-mate’s car, not the one whose team-mate he is', () => {
    const roster = ['Felipe Nasr', 'Matt Campbell', 'Nick Tandy'].map((name) => ({ id: name, name, kind: 'driver' as const }));
    const text = 'Mit 1′12″345 fuhr Felipe Nasrs Teamkollege im Porsche Nr. 7 die Bestzeit und lag mit 0″2 vor Nick Tandy.';
    const claim = extractClaims(text, { roster }).find((found) => found.kind === 'gap');
    expect(claim).toMatchObject({ subject: '#7', reference: 'Nick Tandy' });
  });

  it('gives a figure after a team in brackets to the driver before the brackets', () => {
    const claim = claimOf('Im GTD ging die Pole an Ross Gunn (Aston Martin Nr. 23 – Heart of Racing), Bestzeit in 1′21″729.', 'lap_time');
    expect(claim).toMatchObject({ subject: 'Ross Gunn' });
  });
});
