import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { hintOf } from '../check/hints';

// Readings found in half L's misses after its blind score (2004 Chinese and Australian qualifying, 2005 Spanish and
// 2021 Bahrain races, a Portuguese 2020 Turkish qualifying results list, IMSA 2023 CTMP), each written for the pattern.
const claimsOf = (text: string) => extractClaims(text).map((claim) => ({ kind: claim.kind, text: claim.text, value: claim.value, subject: claim.subject }));

describe('a lap time with the seconds’ letter where the decimal point would be ("1min47s765")', () => {
  it('is read in a results list, as a Portuguese or Brazilian site writes it', () => {
    const laps = claimsOf('Resultado da Classificação: 1) L. Stroll - Racing Point - 1min47s765 2) M. Verstappen - Red Bull - 1min48s055').filter((claim) => claim.kind === 'lap_time');
    expect(laps.map((claim) => [claim.text, claim.value])).toEqual([['1min47s765', 107.765], ['1min48s055', 108.055]]);
  });

  it('is no lap time without three digits after the letter, nor a count of minutes and seconds run', () => {
    expect(claimsOf('The session was stopped for 12min30s while the barrier was repaired.').filter((claim) => claim.kind === 'lap_time')).toEqual([]);
  });
});

describe('the one beaten "into" a place, or pushed "to" it', () => {
  it('holds that place, not the one who beat him', () => {
    const text = "Rubens Barrichello set a time of one minute 34.012 seconds to beat McLaren-Mercedes' Kimi Raikkonen into second place by 0.166 seconds.";
    expect(claimsOf(text).find((claim) => claim.text === 'second')?.subject).toBe('Kimi Raikkonen');
    expect(claimsOf('Lewis Hamilton took the lead and relegated Valtteri Bottas to third.').find((claim) => claim.text === 'third')?.subject).toBe('Valtteri Bottas');
  });

  it('leaves a pole one was beaten to with the one who took it', () => {
    expect(claimsOf('Lewis Hamilton pipped Nico Rosberg to pole.').find((claim) => claim.text === 'pole')?.subject).toBe('Lewis Hamilton');
  });
});

describe('a place in the standings told with points', () => {
  it('is no claim when the place comes "from" another with a tally, or with a gap in points', () => {
    expect(claimsOf('After five races, Alonso now has 44 points ahead of Trulli on 25 with Raikkonen up to third from ninth with 17 points.').filter((claim) => claim.kind === 'position')).toEqual([]);
    expect(claimsOf('The No. 10 Acura is in third place, 29 points behind the leaders.').filter((claim) => claim.kind === 'position')).toEqual([]);
  });

  it('still reads a place in a session that the points only follow', () => {
    expect(claimsOf('Lando Norris finished third, scoring 15 points for McLaren.').filter((claim) => claim.kind === 'position').map((claim) => claim.text)).toEqual(['third']);
  });
});

describe('an ordinal before a make and its driver', () => {
  it('counts the team’s cars: "the second Ferrari of Carlos Sainz"', () => {
    const places = claimsOf('It was the second Ferrari of Carlos Sainz who took eighth, ahead of rookie Yuki Tsunoda.').filter((claim) => claim.kind === 'position');
    expect(places.map((claim) => [claim.text, claim.subject])).toEqual([['eighth', 'Carlos Sainz']]);
  });

  it('counts them where the car is put somewhere (half M: "put the second Ferrari into 4th position")', () => {
    const places = claimsOf('Felipe Massa managed to put the second Ferrari into 4th position to make an all Red second row.').filter((claim) => claim.kind === 'position');
    expect(places.map((claim) => claim.text)).toEqual(['4th', 'second row']);
  });
});

describe('"early" before a season', () => {
  it('tells a time of the year, not a moment of the session', () => {
    const text = 'But Alonso, the early-season championship leader, finished in a fighting second place to maintain his lead.';
    expect(hintOf(text, 'second').moment).toBe(false);
    expect(hintOf('Alonso ran second early in the session.', 'second').moment).toBe(true);
  });
});

describe('"qualifying" naming what befell a car', () => {
  it('does not put a race report’s place in qualifying: "a cruel qualifying penalty"', () => {
    expect(hintOf('It bounced back from a cruel qualifying penalty to end third with the di Resta Jensen Vergne car fourth.', 'third').kind).not.toBe('qualifying');
    expect(hintOf('It bounced back from a cruel qualifying crash to end third.', 'third').kind).not.toBe('qualifying');
    expect(hintOf('It was third in qualifying.', 'third').kind).toBe('qualifying');
  });
});

describe('one’s own car pushed to a place', () => {
  it('is one’s own place, not the car’s as one beaten', () => {
    expect(claimsOf('Mikkel Jensen pushed his #11 ORECA to third in class.').find((claim) => claim.text === 'third')?.subject).toBe('Mikkel Jensen');
  });
});
