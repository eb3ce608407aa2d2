import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { italian } from '../../../src/domain/claims/languages/italian';
import { splitByRoster, findNameMentions, matchName, type Roster } from '../../../src/domain/names';

const grid: Roster = ['Charles Leclerc', 'Sebastian Vettel', 'Lewis Hamilton', 'Max Verstappen'].map((name) => ({ id: name, name, kind: 'driver' }));

describe('drivers named by their first name', () => {
  it('reads "Primo Charles, secondo Seb." as Leclerc first and Vettel second', () => {
    const places = extractClaims('Giornata di festa per la Ferrari a Monza. Primo Charles, secondo Seb.', { roster: grid, language: italian }).filter((claim) => claim.kind === 'position');
    expect(places.map((place) => [place.text, place.value, place.subjectRosterId])).toEqual([
      ['Primo', 1, 'Charles Leclerc'],
      ['secondo', 2, 'Sebastian Vettel'],
    ]);
  });

  it('reads a classification row that gives the first name only', () => {
    const [row] = extractClaims('03. Lewis', { roster: grid, lead: '02. Max Verstappen (NL), Red Bull Racing, 1:11,403' });
    expect(row).toMatchObject({ value: 3, subjectRosterId: 'Lewis Hamilton' });
  });

  it('does not take a first name inside someone else’s full name for the driver', () => {
    const mentions = splitByRoster(findNameMentions('Team owner Max Angelelli watched from the pit wall.'), (written) => matchName(written, grid));
    expect(mentions.map((mention) => [mention.text, mention.kind])).toContainEqual(['Max Angelelli', 'person']);
  });
});

describe('a place with its holder right after it', () => {
  it('gives "P1 Hamilton, P2 Bottas" each to the driver right after it', () => {
    const places = extractClaims('In the morning: P1 Lewis Hamilton, P2 Valtteri Bottas.').filter((claim) => claim.kind === 'position');
    expect(places.map((place) => place.subject)).toEqual(['Lewis Hamilton', 'Valtteri Bottas']);
  });

  it('does not take the one a grid place is "from" for its holder', () => {
    const text = 'Na terceira posição da grelha de partida vai estar o espanhol Carlos Sainz (Ferrari), a 300 milésimos de Lando Norris.';
    expect(extractClaims(text).find((claim) => claim.kind === 'position')?.subject).toBe('Carlos Sainz');
  });
});
