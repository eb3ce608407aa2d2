import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';

const places = (text: string) => extractClaims(text).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value, claim.placeRange ?? null]);

describe('a one-two after the words headlines and race reports put before it', () => {
  it('reads the places cars start or finish in ("to start 1-2")', () => {
    expect(places('Superior McLarens to start 1-2 in Brazil')).toEqual([['1-2', 1, [1, 2]]]);
  });

  it('reads "yet another 1-2", "another" being a determiner as "a" is', () => {
    expect(places("Sebastian Vettel and Mark Webber claimed yet another 1-2 as Red Bull won the Constructors' title in Brazil.")).toEqual([['1-2', 1, [1, 2]]]);
  });

  it('reads a counted one-two with the make between the count and the pair', () => {
    expect(places('The race was down to Webber, to make it the fourth Red Bull 1-2 of 2013.')).toEqual([['1-2', 1, [1, 2]]]);
  });

  it('reads "heads" as a verb of leading before the make', () => {
    expect(places('Mid-Ohio IMSA: WTR heads Acura 1-2, Inception McLaren wins GTD')).toEqual([['1-2', 1, [1, 2]]]);
  });

  it('still leaves a count of laps after the verb unread', () => {
    expect(places('The team finished 1-2 laps short of the target.')).toEqual([]);
  });
});

describe('a possessed ordinal with "overall" and no noun', () => {
  it('reads "their 16th overall" as a count of what was named before, no place', () => {
    expect(places('Webber was second, to make it the fourth Red Bull 1-2 of 2013 and their 16th overall.')).toEqual([
      ['second', 2, null],
      ['1-2', 1, [1, 2]],
    ]);
  });

  it('keeps a place said to be overall', () => {
    expect(places('Hamilton was 16th overall.')).toEqual([['16th', 16, null]]);
  });
});

describe('a race’s fastest lap taken', () => {
  it('reads the fastest lap taken, grabbed or stolen as first place on best laps', () => {
    const taken = (text: string) => extractClaims(text).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value, claim.rank]);
    expect(taken('He demanded a late stop for softs to take the fastest lap away from Perez on the final tour.')).toEqual([['fastest', 1, 'best-lap']]);
    expect(taken("Red Bull's Pierre Gasly elected to make a free pit stop to grab the fastest lap and subsequent bonus point.")).toEqual([['fastest', 1, 'best-lap']]);
    expect(taken('Gasly posted personal bests in all three sectors to eventually steal the fastest lap from Sebastian Vettel.')).toEqual([['fastest', 1, 'best-lap']]);
  });

  it('leaves a fastest lap only tried for unread', () => {
    expect(places('We were even debating whether to try and take the fastest lap with Pierre.')).toEqual([]);
  });
});

describe('a results line labelled "Fastest Lap" with a surname and the time', () => {
  it('reads the label as first place on best laps', () => {
    const [fastest] = extractClaims('3rd: Fernando Alonso (Ferrari) gap: 18.913s\n\nFastest Lap: Webber 1:15.436 = 205.636 km/h on lap 51\n').filter((claim) => claim.kind === 'position' && claim.value === 1);
    expect([fastest.text, fastest.rank]).toEqual(['Fastest Lap', 'best-lap']);
  });

  it('leaves a label followed by a lap number, not a holder, unread', () => {
    expect(extractClaims('Fastest Lap: Lap 51 1:15.436\n').filter((claim) => claim.kind === 'position')).toEqual([]);
  });
});

describe('the first N places taken as one range', () => {
  it('reads the Romance "los dos primeros lugares", "as três primeiras posições" from first to the count', () => {
    expect(
      places(
        'El Gran Premio de Long Beach, tercera fecha del Campeonato IMSA Weathertech Sportscar, resultó en un nuevo arrase de Cadillac en la clase DPi con Chip Ganassi Racing copando los dos primeros lugares y JDC-Miller el tercero.',
      )[0],
    ).toEqual(['dos primeros lugares', 1, [1, 2]]);
    expect(
      places(
        'Em uma prova marcada por reviravoltas e estratégias afiadas, a Ferrari brilhou ao conquistar as três primeiras posições, com Antonio Fuoco cruzando a linha de chegada em primeiro lugar no carro #50.',
      )[0],
    ).toEqual(['três primeiras posições', 1, [1, 3]]);
  });

  it('reads the English order, "the first two positions"', () => {
    expect(places('For the first time this season, the two Silver Arrows will start from the first two positions on the grid at the Brazilian Grand Prix on Sunday.')).toEqual([
      ['first two positions', 1, [1, 2]],
    ]);
  });

  it('leaves the first places fought for or in the standings unread', () => {
    expect(places('Ferrari and Mercedes were locked in a battle for the first two places all afternoon.')).toEqual([]);
    expect(places('Verstappen and Perez occupy the first two places in the drivers’ championship.')).toEqual([]);
  });
});

describe('the top N rounded out, the count hyphenated', () => {
  it('reads "rounding out the top-3" as third, as "the top three" is', () => {
    expect(places("Sauber's Kamui Kobayashi was a surprise 2nd for Sauber-Ferrari with Pastor Maldonado rounding out the top-3 in his Williams-Renault.")).toEqual([
      ['2nd', 2, null],
      ['top-3', 3, null],
    ]);
  });
});

describe('a place in a Romance language before a clause of reason', () => {
  it('reads "en el quinto ya que …" as a place, as "fifth because …" is', () => {
    expect(
      places('De esta forma, Jarvis quedó cuarto y Derani en el quinto ya que el choque no fue sancionado por control de carrera. La mayor diferencia se dio en la clase GTD.'),
    ).toEqual([
      ['cuarto', 4, null],
      ['quinto', 5, null],
    ]);
  });
});

describe('a place a possessed run ends in', () => {
  const roster = ['Michael Schumacher', 'Nico Rosberg'].map((name) => ({ id: name, name, kind: 'driver' as const }));
  const holders = (text: string) => extractClaims(text, { roster }).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.subject]);

  it('gives "Nico Rosberg’s dire run to 18th" to Rosberg, not to the clause’s subject', () => {
    expect(holders("Michael Schumacher qualified an unlucky 13th, although it was at least better than Mercedes teammate Nico Rosberg's dire run to 18th, which becomes even worse due to a grid penalty for a gearbox change.")).toEqual([
      ['13th', 'Michael Schumacher'],
      ['18th', 'Nico Rosberg'],
    ]);
  });
});

describe('"the first to" do something in English', () => {
  it('reads no place in "was the first to set a time"', () => {
    expect(places('Felipe Nasr was the first to set a time in the 1m08s with a lap of 1m08.816s.')).toEqual([]);
  });

  it('keeps "first" where "to" leads to another place', () => {
    expect(places('Hamilton was the first to the line.')).toEqual([['first', 1, null]]);
  });
});

describe('a pole wished for or needed in a quote', () => {
  it('reads no place in "it would have been good to get pole" or "important to qualify on pole"', () => {
    expect(places('In the last race of the season it would have been good to get pole, but fair play to McLaren.')).toEqual([]);
    expect(places('Knowing that it’s a track that is favorable for our car, it’s super important to qualify on pole because we know the next race is not for us.')).toEqual([]);
  });

  it('keeps a pole taken', () => {
    expect(places('Jenson Button took pole by a tenth.')).toEqual([['pole', 1, null]]);
  });
});

describe('the chances of pole', () => {
  it('reads no place in "messed up his chances of the pole"', () => {
    expect(places('Bourdais looked to have messed up his chances of the pole when he slapped the wall hard at the exit of Turn 8, but incredibly the car was fine.')).toEqual([]);
  });
});

describe('a sentence opening on "That lap"', () => {
  const roster = ['Sebastien Bourdais', 'Tom Blomqvist'].map((name) => ({ id: name, name, kind: 'driver' as const }));

  it('gives the place, surely, to the driver whose lap the sentence before gave', () => {
    const [pole] = extractClaims(
      'SPEEDWAY, Ind. — Chip Ganassi Racing’s Sebastien Bourdais set a lap at 117.712 mph Saturday afternoon (Sept. 21) with just under five minutes remaining in qualifying. That lap held up to earn the pole for Sunday’s TireRack.com Battle on the Bricks.',
      { roster },
    ).filter((claim) => claim.kind === 'position');
    // Sure, as after "He": the checker keeps a sure subject where it would drop a guess.
    expect([pole.text, pole.subject, pole.subjectSure]).toEqual(['pole', 'Sebastien Bourdais', true]);
  });
});
