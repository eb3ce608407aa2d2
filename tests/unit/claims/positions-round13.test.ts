import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { german } from '../../../src/domain/claims/languages/german';

const places = (text: string) => extractClaims(text).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value]);
const subjectOf = (text: string, figure: string) => extractClaims(text).find((claim) => claim.kind === 'position' && claim.text === figure)?.subject;

describe('a race’s fastest lap named by the bonus point it pays ("gain the fastest lap bonus point")', () => {
  it('is first place among the race’s laps, the one who takes the point its holder', () => {
    const text = 'Behind the duelling lead pair, Valtteri Bottas finished a distant third after a late stop to successfully gain the fastest lap bonus point.';
    expect(places(text)).toEqual([['third', 3], ['fastest lap', 1]]);
    expect(subjectOf(text, 'fastest lap')).toBe('Valtteri Bottas');
    expect(extractClaims(text).find((claim) => claim.text === 'fastest lap')?.rank).toBe('best-lap');
  });

  it('reads the point named first, in English and the other languages', () => {
    expect(places('But Sunday was all about Mark Webber and a podium finish with the bonus of fastest race lap.')).toEqual([['fastest race lap', 1]]);
    expect(places('Max Verstappen also took the bonus point for fastest lap.')).toEqual([['fastest lap', 1]]);
    expect(places('Lewis Hamilton holt auch den Extrapunkt für die schnellste Rennrunde, verliert dadurch nur sechs WM-Punkte auf Verstappen.')).toEqual([['schnellste Rennrunde', 1]]);
    expect(places('Lando Norris se llevó el punto extra por la vuelta rápida.')).toEqual([['vuelta rápida', 1]]);
  });

  it('is no place where the rule is talked of, or the point only tried for', () => {
    expect(places('It was decided that the bonus point for fastest lap will no longer be awarded as of next season.')).toEqual([]);
    expect(places('Martin Brundle has expressed his excitement over the new fastest lap bonus point feature.')).toEqual([]);
    expect(places('Daniel Ricciardo pitted late in a bid for the fastest lap bonus point but fell short.')).toEqual([]);
    expect(places('Charles Leclerc tried to take the fastest lap bonus point on the final lap.')).toEqual([]);
  });
});

describe('two places next to each other written as one range ("take P6-P7 position on grid")', () => {
  const ranges = (text: string) => extractClaims(text).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value, claim.placeRange]);

  it('is one figure spanning both, the first of the pair named before it holding the first', () => {
    const text = 'Biggest gainers are the Toyota duo of Ralf Schumacher and Jarno Trulli who take P6-P7 position on grid, Barichello seems to have got hang of the new qualifying.';
    expect(ranges(text)).toEqual([['P6-P7', 6, [6, 7]]]);
    expect(subjectOf(text, 'P6-P7')).toBe('Ralf Schumacher');
    expect(ranges('Lewis Hamilton and Valtteri Bottas locked out P1-P2 for Mercedes.')).toEqual([['P1-P2', 1, [1, 2]]]);
  });

  it('keeps two places apart where they are not next to each other', () => {
    expect(ranges('Carlos Sainz was P5 - P7 was Lando Norris.')).toEqual([['P5', 5, null], ['P7', 7, null]]);
  });
});

describe('places listed after teams, then "respectively, with" and the drivers', () => {
  it('are the drivers’, in order, not the teams’', () => {
    const text = 'The two Acura DPi cars, fielded by points-leading Wayne Taylor Racing and Pataskala-based Meyer Shank Racing, qualified second and third, respectively, with Filipe Albuquerque’s lap of 1:10.122 and Dane Cameron’s lap of 1:10.224 just behind.';
    expect(subjectOf(text, 'second')).toBe('Filipe Albuquerque');
    expect(subjectOf(text, 'third')).toBe('Dane Cameron');
  });

  it('are still the teams’ where no drivers follow', () => {
    const text = 'Proton Competition and JDC-Miller MotorSports will tackle the race from fifth and ninth, respectively.';
    expect(subjectOf(text, 'fifth')).toBe('Proton Competition');
    expect(subjectOf(text, 'ninth')).toBe('JDC-Miller MotorSports');
  });
});

describe('pole with no article opening its clause, said to be worth something ("Pole is the best place to start")', () => {
  it('is pole in general, no one’s place', () => {
    expect(places('“Pole is the best place to start at any street circuit; it usually makes your life quite a bit easier,” Tom Yelloly said.')).toEqual([]);
    expect(places('Pole position isn’t everything at Monza, said Max Verstappen.')).toEqual([]);
  });

  it('is still a place where it is someone’s', () => {
    expect(places('Lewis Hamilton took pole. Pole is his fifth of the season.')).toEqual([['pole', 1], ['Pole', 1]]);
  });
});

describe('a German place named with "als" and the ordinal as a noun ("als Dritter das Podium")', () => {
  const germanPlaces = (text: string) => extractClaims(text, { language: german }).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value, claim.subject]);

  it('is the place of the one named before it', () => {
    expect(germanPlaces('Sergio Perez komplettiert zur Freude der vielen mexikanischen Fans in Texas als Dritter das Podium.')).toEqual([['Dritter', 3, 'Sergio Perez']]);
    expect(germanPlaces('Lewis Hamilton kam als Zweiter ins Ziel.')).toEqual([['Zweiter', 2, 'Lewis Hamilton']]);
  });

  it('is no place for the first one ever to do something', () => {
    expect(germanPlaces('Lewis Hamilton gewann als Erster überhaupt acht Rennen in Folge.')).toEqual([]);
  });
});

describe('pole made an attribute with "-winning" before a car ("the Motul Pole Award-winning No. 24 BMW")', () => {
  it('is the car’s named right after it, not the subject of the sentence', () => {
    expect(subjectOf('The No. 7 Porsche won, parlaying a better move ahead on an early and singular pit stop to leapfrog the Motul Pole Award-winning No. 24 BMW M Hybrid V8.', 'Pole Award-winning')).toBe('#24');
    expect(subjectOf('The win for Felipe Nasr was made easier when the Motul Pole Award-winning No. 31 Cadillac was forced to start from the back of the field.', 'Pole Award-winning')).toBe('#31');
    expect(subjectOf('The No. 7 Porsche got ahead of the pole-winning No. 24 BMW at the first stops.', 'pole-winning')).toBe('#24');
  });
});

describe('a gerund of finishing or starting opening its clause with the place ("“Finishing second puts us …”")', () => {
  it('is a place, the speaker’s', () => {
    const text = 'For the No. 10 car, it was the team’s first podium finish since the season opener at Daytona. “Finishing second puts us right back in the championship hunt,” said Ricky Taylor, who shares the car with Filipe Albuquerque.';
    expect(places(text)).toEqual([['second', 2]]);
    expect(subjectOf(text, 'second')).toBe('Ricky Taylor');
    expect(subjectOf('“Starting third gives us a good shot tomorrow,” said Lando Norris.', 'third')).toBe('Lando Norris');
  });

  it('is no place in the standings', () => {
    expect(places('Finishing second in the standings is his goal, said Lando Norris.')).toEqual([]);
  });
});

describe('a crew named after its car ("The No. 6 Porsche, driven by Lawrence Vantor and Kevin Estre, climbed from seventh")', () => {
  it('describes the car, which holds the place', () => {
    expect(subjectOf('The No. 6 Porsche, driven by Lawrence Vantor and Kevin Estre, climbed from seventh to fourth despite incurring a five-second penalty.', 'fourth')).toBe('#6');
    expect(subjectOf('And rise they did, The #35 Alpine driven by Paul-Loup Chatin, Ferdinand Habsburg, and Charles Milesi coming from 9th, ending a three year drought.', '9th')).toBe('#35');
  });

  it('leaves the place the driver’s where he drives the car to it', () => {
    expect(subjectOf('Kevin Estre drove the No. 6 Porsche to fourth.', 'fourth')).toBe('Kevin Estre');
  });
});

describe('a crew after its car with one driver singled out ("driven by Molina alongside Nicklas Nielsen and Antonio Fuoco")', () => {
  it('leaves the place the driver’s, whom the sentence is about', () => {
    expect(subjectOf('The #51 Ferrari, driven by Miguel Molina alongside Nicklas Nielsen and Antonio Fuoco, secured second place after a hard-fought recovery.', 'second')).not.toBe('#51');
  });
});
