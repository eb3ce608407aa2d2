import { describe, expect, it } from 'vitest';
import { hintInSentence as hintOf } from './hints';

// Half M, L, J and K's misses: a place or margin told with words that look like a moment (a stop, "briefly", "then",
// "so far") but that the finishing words around it make the session's end.
describe('a place or margin at the end of the session, whatever else the sentence tells', () => {
  it('reads "came home fourth" as a finishing place, as "coming home fourth in Sunday’s Food City 500" is', () => {
    const text = 'Just off the podium, the #15 WRT BMW came home fourth, executing a bold fuel-only final stop to jump the two Toyotas in the closing stages.';
    expect(hintOf(text, 'fourth').moment).toBe(false);
    expect(hintOf('Just off the podium, the #15 WRT BMW ran fourth, executing a bold fuel-only final stop.', 'fourth').moment).toBe(true);
  });

  it('reads a winning margin "by a margin of just 2.3 seconds" as the gap at the flag', () => {
    const text = 'A slow ninth pit stop briefly cost the #50 the lead, but a faster final stop allowed Fuoco to regain control and ultimately secure victory by a margin of just 2.3 seconds.';
    expect(hintOf(text, '2.3 seconds').moment).toBe(false);
    expect(hintOf('A slow ninth pit stop briefly cost the #50 the lead by a margin of just 2.3 seconds.', '2.3 seconds').moment).toBe(true);
  });

  it('reads "a fantastic drive to fourth" and "a dire run to 18th" as where the drive or run ended', () => {
    const race = 'Bottas finished a distant third after a late stop to successfully gain the fastest lap bonus point, while Lando Norris equalled his result from the 2020 Bahrain Grand Prix with a fantastic drive to fourth for McLaren.';
    expect(hintOf(race, 'fourth').moment).toBe(false);
    const qualifying = "Schumacher then qualified an unlucky 13th, although it was at least better than Mercedes teammate Nico Rosberg's dire run to 18th, which becomes even worse due to a grid penalty for a gearbox change.";
    expect(hintOf(qualifying, '18th').moment).toBe(false);
    expect(hintOf('After a late stop Norris then fell to fourth.', 'fourth').moment).toBe(true);
  });

  it('does not read "so far this weekend" as a moment of the session', () => {
    const text = 'Porsche Penske Motorsport continued to show the preparation-fueled dominance evident so far this weekend at Indianapolis Motor Speedway, locking out the front row for Sunday’s race.';
    expect(hintOf(text, 'front row').moment).toBe(false);
    expect(hintOf('Porsche Penske Motorsport has locked out the front row so far.', 'front row').moment).toBe(true);
    expect(hintOf('Bottas has been fastest so far this weekend.', 'fastest').moment).toBe(true);
  });

  it('does not read what a penalty was for ("a pit lane violation") as a stop of the story', () => {
    const text = 'The No. 6 Porsche, driven by Lawrence Vantor and Kevin Esther, climbed from seventh to fourth despite incurring a five-second penalty for a pit lane violation.';
    expect(hintOf(text, 'fourth').moment).toBe(false);
    expect(hintOf('The No. 6 Porsche climbed from seventh to fourth after a pit lane violation.', 'fourth').moment).toBe(true);
  });
});
