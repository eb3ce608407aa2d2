import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { dutch } from '../../../src/domain/claims/languages/dutch';
import { german } from '../../../src/domain/claims/languages/german';
import { italian } from '../../../src/domain/claims/languages/italian';
import { portuguese } from '../../../src/domain/claims/languages/portuguese';
import { spanish } from '../../../src/domain/claims/languages/spanish';
import type { Roster } from '../../../src/domain/names';

const roster: Roster = ['Marco Rossi', 'Tom Jones', 'Ben Smith', 'Ricky Taylor', 'Jan Weber', 'Paul Kraus'].map((name) => ({ id: name, name, kind: 'driver' as const }));
const places = (text: string, language = {}) =>
  extractClaims(text, { roster, ...language })
    .filter((claim) => claim.kind === 'position')
    .map((claim) => [claim.text, claim.value, claim.placeRange]);

describe('the head of the order sat at', () => {
  it('reads "sit at the top of the timesheets" as first place', () => {
    expect(places('Ben Smith improved again to sit at the top of the timesheets until the final minutes.')).toEqual([['top', 1, null]]);
  });
});

describe('a one-two in a headline or after a team’s full name', () => {
  it('reads "Make scores 1-2" and a one-two counted without an article', () => {
    expect(places('Porsche scores 1-2 in GTD qualifying')).toEqual([['1-2', 1, [1, 2]]]);
    expect(places('Smith leads Lotus to fourth one-two of the year')).toEqual([['one-two', 1, [1, 2]]]);
  });

  it('reads a 1-2 after the team and make named in several words', () => {
    expect(places('Ben Smith led Tom Jones in a Rossi Team Racing Acura 1-2 after a late lap.')).toEqual([['1-2', 1, [1, 2]]]);
  });

  it('still reads no place in a corner pair or a lap count', () => {
    expect(places('Ben Smith ran wide in Turn 1-2 and lost time.')).toEqual([]);
  });
});

describe('a top-two finish', () => {
  it('is first and second when taken', () => {
    expect(places('Tom Jones brought the car home, completing the team’s top-two finish.')).toEqual([['top-two', 1, [1, 2]]]);
  });

  it('is no place when only hoped or fought for', () => {
    expect(places('The team had hoped for a top-two finish at Spa.')).toEqual([]);
    expect(places('Ben Smith was fighting for a top-two finish before his stop.')).toEqual([]);
  });
});

describe('a place one rolls off from', () => {
  it('reads the place after "roll off" as the grid slot, not a yardstick', () => {
    expect(places('Ricky Taylor will roll off sixth ahead of Tom Jones.')).toEqual([['sixth', 6, null]]);
  });

  it('keeps "off" before a place a yardstick elsewhere', () => {
    expect(places('Ricky Taylor ended up 0.3s off fifth.').filter(([text]) => text === 'fifth')).toEqual([]);
  });
});

describe('the front of the grid started from', () => {
  it('is first place on the grid', () => {
    expect(places('Ben Smith will start from the front of the grid on Sunday.')).toEqual([['front of the grid', 1, null]]);
  });

  it('is no place as a team’s form or a start still hoped for', () => {
    expect(places('Lotus are back at the front of the grid this season.')).toEqual([]);
    expect(places('Ben Smith looked set to start from the front of the grid until his lap was deleted.')).toEqual([]);
  });
});

describe('places in the Romance languages', () => {
  it('reads "ficou em quinto pela BMW" as fifth place', () => {
    const text = 'Na classificação de sábado, Ricky Taylor ficou em quinto pela BMW, enquanto Ben Smith garantiu a sexta posição no carro da equipe.';
    expect(places(text, { language: portuguese }).map(([text, value]) => [text, value])).toEqual([
      ['quinto', 5],
      ['sexta', 6],
    ]);
  });

  it('reads "poleman" as pole', () => {
    const claims = extractClaims('Terzo tempo per Tom Jones davanti a Ben Smith, poleman nella gara di Monza della settimana scorsa.', { roster, language: italian });
    expect(claims.filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value])).toEqual([
      ['Terzo', 3],
      ['poleman', 1],
    ]);
  });
});

describe('the fastest lap with its adjective after the noun', () => {
  it('reads "a volta mais rápida" as the best lap, first place', () => {
    const claims = extractClaims('Na corrida de domingo, Ricky Taylor fez a volta mais rápida no fim da prova.', { roster, language: portuguese });
    expect(claims.map((claim) => [claim.text, claim.value, claim.rank])).toEqual([['volta mais rápida', 1, 'best-lap']]);
  });

  it('ranks a lap "of history" over all time, no session', () => {
    const claims = extractClaims('Na sexta-feira, Ricky Taylor fez a volta mais rápida da história do circuito.', { roster, language: portuguese });
    expect(claims.map((claim) => [claim.text, claim.rank])).toEqual([['volta mais rápida', 'other']]);
  });

  it('reads "il giro più veloce" in Italian', () => {
    expect(places('In gara Tom Jones ha firmato il giro più veloce a metà corsa.', { language: italian }).map(([text, value]) => [text, value])).toEqual([['giro più veloce', 1]]);
  });
});

describe('a pole after the Portuguese article "a"', () => {
  it('is this pole, where English "a pole" is any', () => {
    expect(places('Ricky Taylor cravou a pole position de número 20 da sua carreira.', { language: portuguese }).map(([text, value]) => [text, value])).toEqual([['pole position', 1]]);
    expect(places('Ricky Taylor wanted a pole position before the summer.')).toEqual([]);
  });
});

describe('poles counted up to this one', () => {
  it('reads "made it two pole positions" as this pole', () => {
    expect(places('Ricky Taylor made it two pole positions in two weeks for the team.')).toEqual([['pole positions', 1, null]]);
  });

  it('reads no place in poles counted over a season', () => {
    expect(places('Ricky Taylor has taken three pole positions this year.')).toEqual([]);
  });
});

describe('the Dutch "de nummer drie"', () => {
  it('is the place of the one named right after', () => {
    const claims = extractClaims('Verstappen was in de kwalificatie ook nipt sneller dan de nummer drie Tom Jones, die een tiende achter zat.', { roster, language: dutch });
    const place = claims.find((claim) => claim.kind === 'position');
    expect([place?.text, place?.value, place?.subject]).toEqual(['nummer drie', 3, 'Tom Jones']);
  });

  it('is no place as a car number', () => {
    expect(places('Tom Jones reed in de auto met nummer drie naar binnen.', { language: dutch })).toEqual([]);
  });
});

describe('heading the order in the Romance languages', () => {
  it('reads "lideró la tabla" as first place', () => {
    expect(places('Un desastre para el equipo en la Q1. Tom Jones lideró la tabla.', { language: spanish }).map(([text, value]) => [text, value])).toEqual([['lideró la tabla', 1]]);
  });

  it('reads no place in heading the standings', () => {
    expect(places('Tom Jones lidera la clasificación general con 20 puntos.', { language: spanish })).toEqual([]);
  });
});

describe('a place striven for or only in prospect', () => {
  it('reads no pole the teams "look set to gain"', () => {
    expect(places('Lotus and Williams are the teams that look set to gain pole position on Saturday.')).toEqual([]);
  });

  it('reads no front row one made efforts to get onto', () => {
    expect(places('Ben Smith ran wide at the hairpin in his efforts to get the Lotus 79 of Team Rossi Racing onto the front row.')).toEqual([]);
    expect(places('Ben Smith got the Lotus onto the front row with his final lap.')).toEqual([['front row', 1, [1, 2]]]);
  });

  it('reads no pole in a lap good enough for pole in Spanish', () => {
    expect(places('En la Q2, Tom Jones puso con su primer intento una vuelta de ‘pole’ y se propuso como candidato.', { language: spanish })).toEqual([]);
  });
});

describe('a place after a name and his car', () => {
  it('is the place of the one whose car it is', () => {
    const claims = extractClaims('Ben Smith won by 2.7 seconds ahead of Tom Jones’s Ferrari in second place.', { roster });
    const second = claims.find((claim) => claim.kind === 'position');
    expect([second?.text, second?.subject]).toEqual(['second', 'Tom Jones']);
  });
});

describe('first place put, clocked, set off or led', () => {
  it('reads a car put in first as first place, not a gear', () => {
    expect(places('Ben Smith stunned the paddock by putting his No. 7 Team Rossi Racing Lotus in first with a late lap.')).toEqual([['first', 1, null]]);
    expect(places('Ben Smith put the car in first gear and waited.')).toEqual([]);
  });

  it('reads "clocked a fastest lap" as the best lap, but not "with a fastest lap of" a results line', () => {
    expect(places('Ben Smith clocked a fastest lap of 1:25.154 to beat the champion.').map(([text, value]) => [text, value])).toEqual([['fastest', 1]]);
    expect(places('Tom Jones, with a fastest lap of 1:26.010, came home fifth.').filter(([text]) => text === 'fastest')).toEqual([]);
  });

  it('reads a best time set off after a name with its time', () => {
    const text = 'Im GTD ging die Pole-Position an Jan Weber (Lotus Nr. 23 – Rossi Racing), Bestzeit in 51″729, 45 Tausendstel vor Paul Kraus.';
    expect(places(text, { language: german }).map(([text, value]) => [text, value])).toEqual([
      ['Pole-Position', 1],
      ['Bestzeit', 1],
    ]);
  });

  it('reads a provisional pole time as the place of the one it is named for', () => {
    const claims = extractClaims('Tom Jones had been 0.2s down on Ben Smith’s provisional pole time after the first runs.', { roster });
    const pole = claims.find((claim) => claim.kind === 'position');
    expect([pole?.text, pole?.subject]).toEqual(['pole', 'Ben Smith']);
  });

  it('reads "led both practice sessions" as first place, not "led the race"', () => {
    expect(places('The Lotus of Ben Smith led both practice sessions before qualifying.')).toEqual([['led', 1, null]]);
    expect(places('Ben Smith led the race from the start until his stop.')).toEqual([]);
  });
});
