import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { dutch } from '../../../src/domain/claims/languages/dutch';
import { german } from '../../../src/domain/claims/languages/german';
import type { Roster } from '../../../src/domain/names';

const roster: Roster = ['Marco Rossi', 'Tom Jones', 'Ben Smith', 'Ricky Taylor', 'Jan Weber', 'Paul Kraus'].map((name) => ({ id: name, name, kind: 'driver' as const }));
const places = (text: string, language = {}) => extractClaims(text, { roster, ...language }).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value, claim.subject]);

describe('an endurance results line flattened into one paragraph', () => {
  it('reads each place before a car number as the place of that car’s crew', () => {
    const line = 'Final results\n1. #7 Toyota Gazoo Racing (Rossi/Jones) – 210 laps 2. #51 AF Corse (Smith/Taylor) +12.004s 3. #12 Hertz Team Jota +30.551s\nMore to follow.';
    expect(places(line)).toEqual([
      ['1', 1, 'Rossi'],
      ['2', 2, 'Smith'],
      ['3', 3, '#12'],
    ]);
  });

  it('reads no rundown in car numbers that do not count up from a place', () => {
    expect(places('The #7 and #51 cars pitted together on lap 40, 2 #12 behind them.')).toEqual([]);
  });
});

describe('a place set off by commas with the team it was taken in', () => {
  it('reads "Name, Fünfter bei Team," and "Name, third in the Team," as that driver’s place', () => {
    expect(places('Dahinter folgten Jan Weber, Siebter bei Haas, und Paul Kraus, Achter mit Sauber.', { language: german })).toEqual([
      ['Siebter', 7, 'Weber'],
      ['Achter', 8, 'Paul Kraus'],
    ]);
    expect(places('Ben Smith, fourth in the Williams, had the better of the midfield.')).toEqual([['fourth', 4, 'Ben Smith']]);
  });

  it('reads no place in an ordinal after a comma that counts a thing of the team', () => {
    expect(places('For Ben Smith, second with Williams felt like a win, and fourth would have been fine.')).toEqual([]);
  });

  it('reads the count after "Positionen" as a place', () => {
    expect(places('Jan Weber und Paul Kraus fuhren auf die Positionen drei und vier.', { language: german }).map(([text, value]) => [text, value])).toEqual([['Positionen drei', 3], ['vier', 4]]);
  });
});

describe('a pole taken with another driver named after it', () => {
  it('keeps the pole with the driver named before it, not the one who keeps him company', () => {
    expect(places('Marco Rossi se lleva la pole con Tom Jones acompañándole.')).toEqual([['pole', 1, 'Marco Rossi']]);
  });

  it('still gives a team’s place to the driver named after "with"', () => {
    expect(places('McLaren salvaged fourth with Tom Jones.')).toEqual([['fourth', 4, 'Tom Jones']]);
  });
});

describe('a quote that ends its paragraph', () => {
  it('is the speaker’s, not that of the one the next paragraph opens on', () => {
    const text = '“It feels good to be on pole,” said Ben Smith. “The car was quick and I could put it on pole.”\nTom Jones was second in the other car.';
    expect(places(text)).toEqual([
      ['pole', 1, 'Ben Smith'],
      ['pole', 1, 'Ben Smith'],
      ['second', 2, 'Tom Jones'],
    ]);
  });
});

describe('a row two team-mates share', () => {
  it('is their team’s, when the text makes them one team', () => {
    expect(places('Marco Rossi and Tom Jones made it an all-Aston Martin second row.').map(([text, , subject]) => [text, subject])).toEqual([['second row', 'Aston Martin']]);
    expect(places('Detrás, Marco Rossi y Tom Jones (ambos de Ferrari), que fueron tercero y cuarto, saldrán desde la segunda fila.').find(([text]) => text === 'segunda fila')?.[2]).toBe('Ferrari');
    expect(places('Achter hen nemen de Ferrari-coureurs Marco Rossi en Tom Jones de derde startrij in.', { language: dutch }).find(([text]) => text === 'derde startrij')?.[2]).toBe('Ferrari');
  });

  it('is the first driver’s when the two drive for different teams', () => {
    expect(places('Marco Rossi (Ferrari) and Tom Jones (Williams) will share the fourth row.').map(([text, , subject]) => [text, subject])).toEqual([['fourth row', 'Marco Rossi']]);
  });
});

describe('pole as the prize of a contest between two', () => {
  it('reads no place in "a duel between X and Y for pole"', () => {
    expect(places('It came down to a duel between Marco Rossi and Tom Jones for pole, and Rossi won it.')).toEqual([]);
    expect(places('Marco Rossi won the duel between the two Ferraris and took pole.')).toEqual([['pole', 1, 'Marco Rossi']]);
  });
});

describe('a team’s place taken with one car it names', () => {
  it('is that car’s', () => {
    expect(places('Rebellion Racing secured second place with their LMP1 #3 driven by Marco Rossi and Tom Jones.').find(([text]) => text === 'second')?.[2]).toBe('#3');
    expect(places('Toyota takes a third straight pole with No. 8.')).toEqual([['pole', 1, '#8']]);
  });

  it('stays the team’s when two cars share it', () => {
    expect(places('Rebellion Racing locked out the front row with the #3 and #13.').map(([text, , subject]) => [text, subject])).toEqual([['front row', 'Rebellion Racing']]);
  });
});

describe('a place taken by a driver in a team’s car', () => {
  it('is the driver’s, the team and make naming his car', () => {
    expect(places('Tom Jones, the local favourite, shone in the Wayne Taylor Racing Acura securing second place.')).toEqual([['second', 2, 'Tom Jones']]);
  });
});

describe('a pole or row in prospect', () => {
  it('reads no place in a pole one seemed poised for, threatened or looked to have done enough to take', () => {
    expect(places('Tom Jones seemed poised for pole but was baulked in the final sector.')).toEqual([]);
    expect(places('Marco Rossi looked a threat for pole position, but lost time in the last sector.')).toEqual([]);
    expect(places('Ben Smith looked to have done enough to take a fourth straight pole with his first run.')).toEqual([]);
    expect(places('For a while it could be a front row lockout for Porsche, with Ben Smith second.').map(([text]) => text)).toEqual(['second']);
  });

  it('still reads the pole taken after it', () => {
    expect(places('Tom Jones seemed poised for pole, but Ben Smith took pole on his final lap.')).toEqual([['pole', 1, 'Ben Smith']]);
    expect(places('In the end it would be pole for Marco Rossi.')).toEqual([['pole', 1, 'Marco Rossi']]);
  });
});

describe('a tally of poles', () => {
  it('reads the pole taken, not the pole count or a German pole time', () => {
    expect(places('Tom Jones took pole, bringing his total pole count to 12.')).toEqual([['pole', 1, 'Tom Jones']]);
    expect(places('Jan Weber fehlten 312 Tausendstel zur Pole-Zeit, Paul Kraus sogar 540.', { language: german })).toEqual([]);
  });
});

describe('ordinals that count or pair', () => {
  it('reads no place in a count of wins named with its event', () => {
    expect(places('Tom Jones has secured a record sixth Belgian Grand Prix win.')).toEqual([]);
  });

  it('reads both of "the fifth and ninth-fastest times"', () => {
    expect(places('Marco Rossi and Tom Jones could only manage the fifth and ninth-fastest times.')).toEqual([
      ['fifth', 5, 'Marco Rossi'],
      ['ninth', 9, 'Tom Jones'],
    ]);
  });
});

describe('the first of those knocked out of qualifying', () => {
  it('is 11th out of Q2, behind the ten of Q3, and no place out of Q1', () => {
    expect(places('Sauber driver Tom Jones was quickest of those eliminated in Q2 after a late improvement.')).toEqual([['quickest', 11, 'Tom Jones']]);
    expect(places('Marco Rossi was fastest of those knocked out in Q1.')).toEqual([]);
  });
});

describe('first place said of a session gone by', () => {
  it('reads "after being fastest in FP2" as first', () => {
    expect(places('Tom Jones, after being fastest in FP2, then took pole.')).toEqual([
      ['fastest', 1, 'Tom Jones'],
      ['pole', 1, 'Tom Jones'],
    ]);
  });
});

describe('an ordinal of one’s own laps', () => {
  it('reads no place in "went faster on their fifth", but a place still after a place verb', () => {
    expect(places('Most drivers peaked on their fourth lap, though a few went faster on their fifth.')).toEqual([]);
    expect(places('Tom Jones finished his race in fifth.')).toEqual([['fifth', 5, 'Tom Jones']]);
  });
});
