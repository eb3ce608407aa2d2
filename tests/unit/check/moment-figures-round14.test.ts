import { describe, expect, it } from 'vitest';
import { hintOf } from './hints';

// Read from half O's misses once its first blind score was taken: a pole or a finish the moment words around it
// do not make a moment.
describe('a pole or a finish told with words of a moment', () => {
  it('"was the pole winner" is the car’s title, whatever moment the sentence tells', () => {
    expect(hintOf('The #24 car, driven at the time by Dries Vanthoor, was the pole winner and a heavy favorite before the race.', 'pole').moment).toBe(false);
    expect(hintOf('The Motul Pole Award-winning No. 24 BMW pitted early.', 'Pole').moment).toBe(false);
  });

  it('"enough to win the pole" is the session’s outcome, whatever lap it came on', () => {
    const text = 'After crossing the timing line on his fifth lap of the session, Albuquerque told his crew it was enough to win the pole.';
    expect(hintOf(text, 'pole').moment).toBe(false);
    expect(hintOf('After crossing the timing line on his fifth lap, Albuquerque was on provisional pole.', 'pole').moment).toBe(true);
  });

  it('"crossing the finish line first with" is no first of anything', () => {
    const text = 'That allowed Charles Milesi to inherit the lead, crossing the finish line first with nearly eight seconds ahead of Mikkel Jensen.';
    expect(hintOf(text, 'eight seconds').moment).toBe(false);
    expect(hintOf('Milesi was eight seconds ahead of Jensen after his first stint.', 'eight seconds').moment).toBe(true);
  });
});

describe('words of a stop that tell no moment', () => {
  it('"rounded out the top five" holds the last place of the order at the end', () => {
    const text = 'The Mercedes was delayed too with the #60 needing a stop for new rear bodywork, while the #93 car did fare better and rounded out the top five.';
    expect(hintOf(text, 'top five').moment).toBe(false);
    expect(hintOf('The #60 needed a stop for new rear bodywork, while the #93 car was in the top five.', 'top five').moment).toBe(true);
  });

  it('"a pit stop strategy" is how the result came about, no stop of the story', () => {
    const text = 'Fourth and fifth place respectively for the two Red Bulls, with Mark Webber – thanks to an excellent pit stop strategy – beating Sebastian Vettel.';
    expect(hintOf(text, 'Fourth').moment).toBe(false);
    expect(hintOf('Webber was fourth after his pit stop.', 'fourth').moment).toBe(true);
  });
});

describe('a stop made for the fastest lap, and a place one was demoted to', () => {
  it('"a late stop to gain the fastest lap" is how the fastest lap was set, no moment of it', () => {
    expect(hintOf('Behind the duelling lead pair, Bottas finished a distant third after a late stop to successfully gain the fastest lap bonus point.', 'fastest lap').moment).toBe(false);
    expect(hintOf('He demanded a late stop for softs to take the fastest lap away from Perez, which he did by over a second.', 'over a second').moment).toBe(false);
    expect(hintOf('Bottas was third after a late stop.', 'third').moment).toBe(true);
  });

  it('"demoted to fifth for going off-track", "took second to demote Schumacher to the second row" is the order at the end', () => {
    expect(hintOf('Alonso beat Vettel to the line but the German was demoted to fifth for going off-track.', 'fifth').moment).toBe(false);
    expect(hintOf('Raikkonen took second to demote Schumacher to the second row.', 'second row').moment).toBe(false);
  });
});
