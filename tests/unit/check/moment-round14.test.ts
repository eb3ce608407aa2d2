import { describe, expect, it } from 'vitest';
import { hintInSentence as hintOf } from './hints';

// Half O's misses: a place someone is pressed for is the order while the pressure lasts; one said to be held "in the
// end" is the result, whatever fall took the driver there.
describe('a place a driver is pressed for ("Raikkonen pressurised Montoya for third")', () => {
  it('is the order while the pressure lasts, a moment of the race', () => {
    expect(hintOf('Behind the Ferraris Raikkonen pressurised Montoya for third.', 'third').moment).toBe(true);
    expect(hintOf('Lap after lap, Alonso harried Juan Pablo Montoya for second place.', 'second').moment).toBe(true);
  });

  it('is no moment where no one is pressed', () => {
    expect(hintOf('Raikkonen finished third for McLaren.', 'third').moment).toBe(false);
  });
});

describe('a place said to be the one at the end ("fell back to fifth in the end")', () => {
  it('is the result, though the driver fell to it', () => {
    expect(hintOf('Running longer at most pitstops did not help Massa, who fell back to fifth in the end behind Hamilton.', 'fifth').moment).toBe(false);
    expect(hintOf('Sainz dropped to sixth at the end after a late stop.', 'sixth').moment).toBe(false);
  });

  it('is still a moment at the end of a lap', () => {
    expect(hintOf('Massa fell back to fifth at the end of lap 12.', 'fifth').moment).toBe(true);
    expect(hintOf('Running longer at most pitstops did not help Massa, who fell back to fifth behind Hamilton.', 'fifth').moment).toBe(true);
  });
});

describe('an order told right after a change of lead ("… passer en tête de la course. La Porsche #6 reste en troisième position.")', () => {
  it('is the order at that moment of the race, in French as in English', () => {
    const french = 'Van Der Zande qui a remplacé Bourdais en profite pour passer en tête de la course. La Porsche #6 reste en troisième position.';
    expect(hintOf(french, 'troisième').moment).toBe(true);
    expect(hintOf('Bourdais took the lead when Derani was held up in the pits. The #6 Porsche stays third.', 'third').moment).toBe(true);
  });

  it('is still the result where the sentence says it is', () => {
    expect(hintOf('Bourdais took the lead with ten minutes left. The #6 Porsche finished third.', 'third').moment).toBe(false);
  });
});

describe('a result told with what it was owed to ("thanks to an excellent pit stop strategy")', () => {
  it('is no moment for the stop named as its cause', () => {
    const text = 'Fourth and fifth place respectively for the two Red Bulls, with Mark Webber – thanks to an excellent pit stop strategy – beating this time team mate Sebastian Vettel.';
    expect(hintOf(text, 'Fourth').moment).toBe(false);
    expect(hintOf('Fourth and fifth place respectively for the two Red Bulls after the pit stops.', 'Fourth').moment).toBe(true);
  });
});

describe('a pole-winner spelt apart or with the prize ("was the pole winner", "the Motul Pole Award-winning No. 24")', () => {
  it('is the title taken in qualifying, whatever moment the sentence tells', () => {
    expect(hintOf('The #24 car, driven at the time by Dries Vanthoor, was the pole winner and a heavy favorite before the race on Saturday.', 'pole winner').moment).toBe(false);
    expect(hintOf('The #7 made an early stop to leapfrog the Motul Pole Award-winning No. 24 BMW M Hybrid V8.', 'Pole Award-winning').moment).toBe(false);
  });
});

describe('a place an order is rounded out with ("rounded out the top five")', () => {
  it('is where the order ended, though a stop is told beside it', () => {
    expect(hintOf('The #60 was needing a stop for new rear bodywork, while the #93 car did fare better and rounded out the top five.', 'top five').moment).toBe(false);
    expect(hintOf('The #60 was needing a stop for new rear bodywork, while the #93 car ran in the top five.', 'top five').moment).toBe(true);
  });
});
