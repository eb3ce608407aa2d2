import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { onlyClaim } from './only-claim';

describe('subjects and references', () => {
  it('names the driver before the figure and the one after "than"', () => {
    expect(onlyClaim('Lazare’s lap was .185 seconds faster than Rennsport One’s Stevan McAleer.')).toMatchObject({
      subject: 'Lazare',
      reference: 'Stevan McAleer',
    });
  });

  it('writes a surname as the full name the text gives earlier', () => {
    const claims = extractClaims('Pipo Derani takes pole. Derani turned in 1:32.656 on his last lap.');
    expect(claims.find((claim) => claim.kind === 'lap_time')?.subject).toBe('Pipo Derani');
  });

  it('matches a misspelt surname to the full name the text gives ("Dirani" for Derani)', () => {
    const claims = extractClaims("Pipo Derani takes the car to first position. Dirani turned in 1'32''656'''.");
    expect(claims.find((claim) => claim.kind === 'lap_time')?.subject).toBe('Pipo Derani');
  });

  it('takes a make the driver drove "from the …" as his car, not the subject', () => {
    const text = 'Tom Blomqvist was quick. It was Blomqvist who found the speed from the Acura ARX-05 to duck under the 1min19sec barrier.';
    expect(onlyClaim(text)).toMatchObject({ kind: 'lap_time', subject: 'Tom Blomqvist', qualifier: 'under' });
  });

  it('names the car when no driver is named', () => {
    expect(onlyClaim("United Autosport #2 set a time of 1'38''501'''.").subject).toBe('#2');
    expect(onlyClaim('The No. 31 Cadillac set a time of 1:32.656.').subject).toBe('#31');
  });

  it('names the car in the figure’s own clause rather than a driver in an earlier one', () => {
    const text = 'Pipo Derani led early, and the #7 Porsche was 0.3s behind at the flag.';
    expect(onlyClaim(text)).toMatchObject({ subject: '#7', direction: 'behind' });
  });

  it('names the holder of a record set by someone after the figure', () => {
    expect(onlyClaim("It broke the record of 1'33''655'', held by Oliver Jarvis and Mazda.").subject).toBe(
      'Oliver Jarvis',
    );
  });

  it('takes a driver being beaten as the reference ("lowering Blomqvist\'s")', () => {
    const text = "Tom Blomqvist was quick. Pipo Derani won, lowering Blomqvist's best lap by over a second.";
    expect(onlyClaim(text)).toMatchObject({ subject: 'Pipo Derani', reference: 'Tom Blomqvist', direction: 'ahead' });
  });

  it('resolves "He" to the one person the previous sentence names', () => {
    const text = 'Nobody could prevent Harry Gottsacker from winning. He ended up .299 seconds ahead of Karl Wittmer.';
    expect(onlyClaim(text)).toMatchObject({ subject: 'Harry Gottsacker', reference: 'Karl Wittmer' });
  });

  it('resolves "the Brazilian" to the one person the previous sentence names', () => {
    const text = 'Felipe Nasr set the pace early. The Brazilian ended up 0.2s off pole.';
    expect(onlyClaim(text)).toMatchObject({ subject: 'Felipe Nasr', direction: 'behind' });
  });

  it('leaves a pronoun unresolved when the previous sentence names two people', () => {
    const text = 'Harry Gottsacker and Karl Wittmer fought. He ended up .299 seconds ahead.';
    expect(onlyClaim(text).subject).toBeNull();
  });

  it('does not guess who "his teammate" is', () => {
    const text = 'Bubba Wallace was fastest. His teammate was 0.2s behind.';
    expect(extractClaims(text).find((claim) => claim.kind === 'gap')?.subject).toBeNull();
  });

  it('resolves "the latter" to the last person named', () => {
    const text = "The crew is Christensen-Heinrich-Priaulx, the latter setting the best time of 1'44''382''.";
    expect(extractClaims(text).map((claim) => [claim.kind, claim.subject])).toEqual([['position', 'Priaulx'], ['lap_time', 'Priaulx']]);
  });

  it('points to the session the sentence names', () => {
    expect(onlyClaim('His lap was nearly 0.4s faster than his best lap in practice.').sessionHint).toBe('practice');
    expect(onlyClaim('Derani lowered the 2023 edition best by over a second.').sessionHint).toBe('last-year');
  });

  it('gives the roster id of the subject when a roster is passed', () => {
    const roster = [{ id: 'derani', name: 'Pipo Derani', kind: 'driver' as const }];
    const [claim] = extractClaims('Dirani turned in 1:32.656.', { roster });
    expect(claim).toMatchObject({ subject: 'Dirani', subjectRosterId: 'derani' });
  });

  it('reads "De Brit" as the driver the sentence before names, where the session’s drivers answer to no such name', () => {
    const roster = [
      { id: 'hamilton', name: 'Lewis Hamilton', kind: 'driver' as const },
      { id: 'verstappen', name: 'Max Verstappen', kind: 'driver' as const },
      { id: 'de vries', name: 'Nyck de Vries', kind: 'driver' as const },
    ];
    const text = 'Het werd een spannende strijd op het circuit van Zandvoort en Lewis Hamilton start ook op de voorste startrij. De Brit zat 0,038 seconde achter de thuisfavoriet.';
    expect(extractClaims(text, { roster }).find((claim) => claim.kind === 'gap')?.subject).toBe('Lewis Hamilton');
    const named = 'Het werd een spannende strijd op het circuit van Zandvoort en Lewis Hamilton start ook op de voorste startrij. De Vries zat 0,038 seconde achter de thuisfavoriet.';
    expect(extractClaims(named, { roster }).find((claim) => claim.kind === 'gap')?.subject).toBe('De Vries');
  });

  it('reads the one beaten as the reference of "topping", "from" a place, and past a team that describes him', () => {
    const gapOf = (text: string) => extractClaims(text).find((claim) => claim.kind === 'gap');
    expect(gapOf('Nico Rosberg took pole, beating Mercedes team mate Lewis Hamilton by just 0.1s despite a single run.')).toMatchObject({ subject: 'Nico Rosberg', reference: 'Lewis Hamilton' });
    expect(gapOf('Connor De Phillippi took pole, topping Ross Gunn in the No. 23 Aston Martin by 0.048 seconds.')).toMatchObject({ reference: 'Ross Gunn' });
    expect(gapOf('Max Verstappen did enough to take top position from teammate Sergio Perez by 0.066 seconds.')).toMatchObject({ subject: 'Max Verstappen', reference: 'Sergio Perez' });
  });

  it('reads the one a relative clause hangs on for the clause after it, and "His" for the one named before', () => {
    const gapOf = (text: string) => extractClaims(text).find((claim) => claim.kind === 'gap');
    expect(gapOf('Antonio Giovinazzi, who pitted after Matt Campbell with the Australian in the lead, exited five seconds behind.')?.subject).toBe('Antonio Giovinazzi');
    expect(gapOf('Max Verstappen took pole from the McLaren duo of Oscar Piastri and Lando Norris. His top time cleared the McLarens by over half a second.')?.subject).toBe('Max Verstappen');
  });

  it('gives a place to the team a sentence opens with when no one is named before it, never to one beaten', () => {
    const roster = ['Red Bull', 'Mercedes', 'Ferrari'].map((name) => ({ id: `team:${name}`, name, kind: 'team' as const }));
    const text = "Red Bull proved Mercedes' closest challengers, edging Ferrari to lock out the second row of the grid.";
    const place = extractClaims(text, { roster }).find((claim) => claim.kind === 'position');
    expect(place).toMatchObject({ text: 'second row', subject: 'Red Bull', subjectSure: false });
  });

  it('gives a place taken "to claim" after beating someone to the one who beat, not the one beaten', () => {
    const placeOf = (text: string) => extractClaims(text).find((claim) => claim.kind === 'position')?.subject;
    expect(placeOf('Charles Leclerc edged out his Ferrari team-mate and long-time karting rival Carlos Sainz in the dying seconds to snatch a sensational pole.')).toBe('Charles Leclerc');
    expect(placeOf('A spin from Charles Leclerc allowed Carlos Sainz to snatch pole.')).toBe('Carlos Sainz');
  });

  it('reads "the Haas man" as the driver named before it, not the team', () => {
    const roster = [{ id: 'bearman', name: 'Oliver Bearman', kind: 'driver' as const }, { id: 'team:haas', name: 'Haas', kind: 'team' as const }];
    const text = 'Oliver Bearman was knocked out by 0.04s in Q1, which left the Haas man in P17.';
    expect(extractClaims(text, { roster }).find((claim) => claim.kind === 'position')).toMatchObject({ text: 'P17', subject: 'Oliver Bearman' });
  });

  it('holds a clause whose subject is "he" for the driver named before it, not a team it names', () => {
    const roster = [{ id: 'gunn', name: 'Ross Gunn', kind: 'driver' as const }, { id: 'team:heart', name: 'Heart of Racing', kind: 'team' as const }];
    const text = 'Ross Gunn missed his record, but he still managed to score Heart of Racing’s first GTD PRO pole position.';
    expect(extractClaims(text, { roster }).find((claim) => claim.kind === 'position')?.subject).toBe('Ross Gunn');
  });

  it('reads "he" before a place as the one named before it, not the car of one named alongside', () => {
    const roster = ['Ricky Taylor', 'Jordan Taylor', 'Mathieu Jaminet', 'Tom Blomqvist'].map((name) => ({ id: name, name, kind: 'driver' as const }));
    const text = 'Taylor’s effort on his first set ensures he’ll start third, alongside Mathieu Jaminet’s #6 Porsche, while Tom Blomqvist will line up fifth.';
    expect(extractClaims(text, { roster }).find((claim) => claim.text === 'third')?.subject).toBe('Taylor');
  });

  it('gives a place used as a yardstick to the holder set off after it', () => {
    const text = 'Garett Grist handled the honors with a flying lap of 1m20.737s, which was 0.062 of a second ahead of second-in-class, Matthew Bell in the AWA Duqueine.';
    expect(extractClaims(text).find((claim) => claim.kind === 'position')).toMatchObject({ text: 'second', subject: 'Matthew Bell', scope: 'class' });
  });

  it('gives a place right after "Name in" to that name, even one beaten', () => {
    const places = extractClaims('Lewis Hamilton finished the race in second place from team-mate Jenson Button in third.').map((claim) => [claim.text, claim.subject]);
    expect(places).toEqual([['second', 'Lewis Hamilton'], ['third', 'Jenson Button']]);
  });

  it('does not take a Dutch or German word opening the sentence for part of a name', () => {
    const claims = extractClaims('Met Max Verstappen op poleposition kregen de toeschouwers op het circuit een winnaar en het werd een feest van oranje.');
    expect(claims.map((claim) => [claim.text, claim.subject])).toEqual([['poleposition', 'Max Verstappen']]);
  });

  it('keeps a driver beaten with his car in brackets, and the one after it, from the place won', () => {
    const claims = extractClaims('Parker Thompson out-fought Jonny Edgar (No. 177 AO Racing Porsche) and Tom Gamble (No. 27 Aston Martin) to earn the front row.');
    expect(claims.map((claim) => [claim.text, claim.subject])).toEqual([['front row', 'Parker Thompson']]);
  });

  it('reads no one for "the latter" when it points back to someone no name gives', () => {
    const text = "Sebastian Vettel trails his rival by 30 points. Ce dernier a signé un chrono de 1:36.015 en Q3.";
    expect(extractClaims(text).map((claim) => [claim.text, claim.subject])).toEqual([['1:36.015', null]]);
    expect(extractClaims('Hamilton beat Sebastian Vettel. The latter set 1:36.628 in Q3.')[0].subject).toBe('Sebastian Vettel');
  });

  it('takes no one a gap is measured against as the subject of a later figure in the sentence', () => {
    const spanish = extractClaims(
      'Fernando Alonso, ganador en 2008, arrancará desde la quinta posición. El doble campeón giró a dos décimas del tiempo de Lewis Hamilton y saldrá desde la tercera fila.',
    );
    expect(spanish.map((claim) => [claim.text, claim.subject, claim.reference ?? null])).toEqual([
      ['quinta', 'Fernando Alonso', null],
      ['dos décimas', 'Fernando Alonso', 'Lewis Hamilton'],
      ['tercera fila', 'Fernando Alonso', null],
    ]);
    const english = extractClaims('Sebastian Vettel was 0.3s off Lewis Hamilton and will start fourth.');
    expect(english.map((claim) => [claim.text, claim.subject])).toEqual([
      ['0.3s', 'Sebastian Vettel'],
      ['fourth', 'Sebastian Vettel'],
    ]);
  });

  it('gives the place to the one a failed denial names ("couldn’t deny Rosberg pole")', () => {
    const [pole] = extractClaims('Lewis Hamilton was up in the first sector, but he couldn’t quite deny Nico Rosberg pole on home turf.');
    expect(pole).toMatchObject({ text: 'pole', subject: 'Nico Rosberg' });
    const [denied] = extractClaims('Lewis Hamilton took the place late on, denying Nico Rosberg pole.');
    expect(denied).toMatchObject({ text: 'pole', subject: 'Lewis Hamilton' });
  });

  it('gives a figure in a quote that speaks in the first person to the speaker, over paragraphs the quote runs on', () => {
    const text = [
      '“On the last lap I tried to push a bit more,” said Max Verstappen. “It was a shame.',
      '“It wasn’t perfect, but to still be on pole on a lap that I felt could have been better is great.',
    ].join('\n');
    expect(extractClaims(text).find((claim) => claim.text === 'pole')?.subject).toBe('Max Verstappen');
    const german = '„Das war super. Ich fuhr 1:29,708“, sagte Max Verstappen.';
    expect(extractClaims(german)[0]?.subject).toBe('Max Verstappen');
    // Two people named outside the quotes leave the speaker open.
    const two = '“That was great. I did a 1:29.708,” said Max Verstappen to Lando Norris.';
    expect(extractClaims(two)[0]?.subject).toBeNull();
  });

  it('does not take the one a grid place is "de" for the one measured against, but for its holder', () => {
    const text = 'Na terceira posição da grelha de partida vai estar o espanhol Carlos Sainz (Ferrari), a 300 milésimos de Lando Norris.';
    expect(extractClaims(text).find((claim) => claim.kind === 'position')?.subject).toBe('Carlos Sainz');
  });

  it('reads the one whose record is broken as the reference, not the subject ("breaking Vettel’s benchmark by 0.081s")', () => {
    const text = 'Max Verstappen’s lap set the record, breaking Sebastian Vettel’s previous benchmark by 0.081 seconds.';
    expect(extractClaims(text).find((claim) => claim.kind === 'gap')).toMatchObject({ subject: 'Max Verstappen', reference: 'Sebastian Vettel' });
  });
});
