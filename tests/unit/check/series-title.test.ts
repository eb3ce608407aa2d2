import { describe, expect, it } from 'vitest';
import { hintInSentence } from './hints';

// A series named beside a figure may be the one the figure is about ("P10 in the Michelin Pilot Challenge race"), or
// only a title a driver holds in it, which leaves the figure in the series whose timing is loaded.
describe('a series named in a driver’s title', () => {
  it('keeps the figure in the loaded series when the series only describes a driver', () => {
    expect(hintInSentence('Ottavo tempo per Nick Tandy, che ha preceduto la Acura di Tom Blomqvist, vincitore della recente 4 Ore di Barcellona della ELMS.', 'Ottavo').series).toBeNull();
    expect(hintInSentence('Louis Deletraz, the reigning ELMS champion, was third quickest.', 'third').series).toBeNull();
  });

  it('still reads a figure the other series ran as that series’', () => {
    expect(hintInSentence('In the European Le Mans Series race at Barcelona, Deletraz finished third.', 'third').series).toBe('European or Asian Le Mans Series');
    expect(hintInSentence('Tandy was fastest in the ELMS session, 0.3s clear of Deletraz.', '0.3s').series).toBe('European or Asian Le Mans Series');
  });
});
