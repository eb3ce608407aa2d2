import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';

const subjectOf = (text: string, figure: string) => extractClaims(text).find((claim) => claim.kind === 'position' && claim.text === figure)?.subject;

describe('a place after a driver and the car he drives ("Vettel in the Red Bull-Renault in fifth")', () => {
  it('is the driver’s, even where the car is named like a person', () => {
    const text = 'Jenson Button (47.390s) in his McLaren-Mercedes finished in fourth, followed by Sebastien Vettel (53.864s) in the Red Bull-Renault in fifth, Fernando Alonso (59.946s) in the Ferrari was sixth.';
    expect(subjectOf(text, 'fifth')).toBe('Sebastien Vettel');
    expect(subjectOf(text, 'fourth')).toBe('Jenson Button');
  });

  it('reads the same from the results paragraph of another race report', () => {
    const text = 'Sebastian Vettel (19.6s) in the Ferrari was fourth, followed by Lewis Hamilton (22.8s) in the Mercedes in fifth, Lando Norris (1 lap) in the McLaren-Renault in sixth.';
    expect(subjectOf(text, 'fifth')).toBe('Lewis Hamilton');
    expect(subjectOf(text, 'sixth')).toBe('Lando Norris');
  });
});

describe('a place written unhyphenated before a noun for its holder ("Ferrari’s fifth placed crew")', () => {
  const places = (text: string) => extractClaims(text).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value]);

  it('is read as the hyphenated "fifth-placed crew" is', () => {
    expect(places('Ferrari’s fifth placed crew, Alessandro Pier Guidi James Calado and Antonio Giovinazzi, came home.')).toEqual([['fifth placed', 5]]);
    expect(places('Verstappen was 0.3s ahead of the second placed car of Lewis Hamilton.')).toEqual([['second placed', 2]]);
  });

  it('is no place before a word that names no holder', () => {
    expect(places('The team placed the car on the grid, second placed in a long line of worries.')).toEqual([]);
  });
});

describe('a place, a noun for its holder and a team ("Third place prototype starter Meyer Shank Racing")', () => {
  it('is the team’s, a word for the class allowed before the noun', () => {
    expect(subjectOf('Penske swept the Indy 500 and IMSA action. Third place prototype starter Meyer Shank Racing was racing for their future.', 'Third')).toBe('Meyer Shank Racing');
  });

  it('is still the driver’s where the team only says whose driver he is', () => {
    expect(subjectOf('Hamilton was half a second quicker than second place man Ferrari’s Kimi Raikkonen.', 'second')).toBe('Kimi Raikkonen');
  });
});
