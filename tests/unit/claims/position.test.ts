import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { onlyClaim } from './only-claim';

describe('position notations', () => {
  it.each([
    ['Jesse Lazare won the pole Thursday afternoon.', 'pole', 1, null],
    ['He jumped to pole position on his final lap.', 'pole position', 1, null],
    ['Mike Conway was P3 at the flag.', 'P3', 3, null],
    ['Paul Holton will start third.', 'third', 3, null],
    ['Iron Lynx #19 is fifth in GTD-Pro.', 'fifth', 5, 'GTD-Pro'],
    ['Finally, tenth place is worth mentioning.', 'tenth', 10, null],
    ['The #86 Porsche was second in class.', 'second', 2, 'class'],
    ['Wallace ended up 20th at the end of the session.', '20th', 20, null],
    ['George Staikos was 8th in LMP3.', '8th', 8, 'LMP3'],
    ['George Staikos starts inside row five.', 'inside row five', 9, null],
    ['George Staikos starts outside row five.', 'outside row five', 10, null],
    ['Josh Green in his Porsche was fourth.', 'fourth', 4, null],
    ['Max Verstappen fell to 12th after a penalty.', '12th', 12, null],
    ['His best lap was good for fourth.', 'fourth', 4, null],
    ['Among the GTs, Lexus stands out, second in GTD-Pro.', 'second', 2, 'GTD-Pro'],
    ['Corvette Racing will start second in the GTD PRO class.', 'second', 2, 'GTD PRO'],
    ['Fernando Alonso started 10th due to a gearbox failure.', '10th', 10, null],
    ['Fernando Alonso was fourth because of a late puncture.', 'fourth', 4, null],
    ['Corvette Racing will start second in the GT Daytona (GTD) PRO class.', 'second', 2, 'GTD PRO'],
    ['Taylor was third in the Grand Touring Prototype (GTP) class.', 'third', 3, 'GTP'],
    ['Romain Grosjean kept moving up to third.', 'third', 3, null],
    ['A last-gasp effort from Jarno Trulli put him fourth.', 'fourth', 4, null],
    ['Wright Motorsports finished third out of three.', 'third', 3, null],
    ['Sebastien Bourdais came home with a second-in-class finish.', 'second', 2, 'class'],
    ['Finishing third was the #8 Toyota of Brendon Hartley.', 'third', 3, null],
    ['The #25 BMW of Connor De Phillippi was fifth so the top five held four makes.', 'fifth', 5, null],
  ])('reads %j as place %s', (sentence, text, place, scope) => {
    expect(onlyClaim(sentence)).toMatchObject({ kind: 'position', text, value: place, unit: 'place', scope });
  });

  it('reads an ordinal opening a clause before a name and the clause’s end: "Primo Charles, secondo Seb."', () => {
    const text = 'Charles Leclerc conquista la pole del Belgio con il record della pista. Primo Charles, secondo Seb. La Ferrari torna a completare la prima fila.';
    expect(extractClaims(text).map((claim) => [claim.text, claim.value])).toEqual([['pole', 1], ['Primo', 1], ['secondo', 2], ['prima fila', 1]]);
    expect(extractClaims('Second, Hamilton said, was never the plan.').filter((claim) => claim.kind === 'position')).toEqual([]);
  });

  it('reads a place in brackets right after a name, first place too', () => {
    const claims = extractClaims('Hamilton pitted, while Jenson Button, (1st) and Robert Kubica, (2nd) went the distance.');
    expect(claims.map((claim) => [claim.text, claim.value, claim.subject])).toEqual([['1st', 1, 'Jenson Button'], ['2nd', 2, 'Robert Kubica']]);
  });

  it('reads "P1 GTD / P3 overall" as first in GTD and third overall', () => {
    const claims = extractClaims('P1 GTD / P3 overall - Parker Thompson Q - #12 Vasser Sullivan Lexus');
    expect(claims.map((claim) => [claim.text, claim.value, claim.scope, claim.subject])).toEqual([
      ['P1', 1, 'GTD', 'Parker Thompson'],
      ['P3', 3, 'overall', 'Parker Thompson'],
    ]);
  });

  it('reads "front row" as first or second place', () => {
    expect(onlyClaim('Cadillac monopolizes the front row in GTP.')).toMatchObject({
      value: 1,
      placeRange: [1, 2],
      scope: 'GTP',
    });
  });

  it('takes the class from a sentence that opens with it', () => {
    expect(onlyClaim('In GTD, fourth place for the Lamborghini #45.')).toMatchObject({ scope: 'GTD', subject: '#45' });
  });

  it('does not read "the second-place finisher" as a place of the driver named before it', () => {
    expect(extractClaims('Staikos gained after a penalty against the second-place finisher (Ware).')).toEqual([]);
  });

  it('reads an ordinal after a comma only when a class follows it', () => {
    for (const sentence of ['In the end, second in the standings went to Porsche.', 'On Saturday, second practice was red-flagged.', 'Looking back, third in line is not bad.']) {
      expect(extractClaims(sentence), sentence).toEqual([]);
    }
  });

  it('reads no place in the championship, before or after the words that say so, but keeps a class place', () => {
    const positions = (text: string) => extractClaims(text).filter((claim) => claim.kind === 'position').map((claim) => claim.text);
    expect(positions('The penalty dropped the Porsche from first in class in points to fourth.')).toEqual([]);
    expect(positions('Vanthoor sits second in the drivers’ points after Sebring.')).toEqual([]);
    expect(positions('Vanthoor finished first in class, ahead of the BMW.')).toEqual(['first']);
  });

  it('reads no place in a count, a duration or a place used as a yardstick', () => {
    expect(extractClaims('It yielded Garcia his 12th career pole and second in a row at The Glen.').filter((claim) => claim.text === 'second')).toEqual([]);
    expect(extractClaims('Hamilton made a stop and 29 second in the pit lane let him keep the lead.')).toEqual([]);
    expect(extractClaims('Ben Hanley was third, 0.01s behind second.').map((claim) => claim.text)).toEqual(['third', '0.01s']);
  });

  it('reads no place only in prospect, but keeps a starting place one is set to take', () => {
    expect(extractClaims('Sergio Perez looked set to finish fourth until his engine let go.').filter((claim) => claim.kind === 'position')).toEqual([]);
    expect(extractClaims('Sergio Perez was on course for fifth before the rain came.').filter((claim) => claim.kind === 'position')).toEqual([]);
    expect(extractClaims('Sergio Perez is set to start fifth after the stewards’ ruling.').map((claim) => claim.text)).toEqual(['fifth']);
  });

  it('reads an ordinal with no noun of its own as the row the last ordinal named, in its paragraph or the one before', () => {
    const rows = (text: string, lead?: string) =>
      extractClaims(text, { lead }).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value, claim.placeRange ?? null]);
    expect(rows('Hamilton starts from the second row, with Alonso from the third.')).toEqual([
      ['second row', 3, [3, 4]],
      ['third', 5, [5, 6]],
    ]);
    const lead = 'Daniel Ricciardo y Sebastian Vettel, que fueron tercero y cuarto, saldrán desde la segunda fila.';
    expect(rows('Los finlandeses Kimi Räikkönen y Valtteri Bottas saldrán desde la cuarta, al haber acabado séptimo y octavo.', lead)).toEqual([
      ['cuarta', 7, [7, 8]],
      ['séptimo', 7, null],
      ['octavo', 8, null],
    ]);
    // A place after a verb is a place; after a plain place, "from the fourth" is one too.
    expect(rows('Alonso starts from the third row. Massa was the sixth fastest, and Bottas starts from the fourth.').map(([text, value]) => [text, value])).toEqual([
      ['third row', 5],
      ['sixth', 6],
      ['fourth', 4],
    ]);
  });

  it('reads a counted pole as this one’s pole, unless the count runs over several races, and Dutch "poleposition"', () => {
    const poles = (text: string) => extractClaims(text).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value]);
    expect(poles('Tom Blomqvist captured his first career pole position.')).toEqual([['pole position', 1]]);
    expect(poles('Russell Ward scored his second pole of the season.')).toEqual([['pole', 1]]);
    expect(poles('It is the team’s third pole in the last four Pilot Challenge races.')).toEqual([]);
    expect(poles('Max Verstappen pakt op Zandvoort poleposition voor de Dutch GP.')).toEqual([['poleposition', 1]]);
  });

  it('reads "one-two" and "1-2" as a team’s first two places, not a score or a count', () => {
    const pairs = (text: string) => extractClaims(text).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.subject, claim.placeRange]);
    expect(pairs('Kimi Raikkonen won, leading team mate Felipe Massa in a Ferrari one-two.')).toEqual([['one-two', 'Ferrari', [1, 2]]]);
    expect(pairs('In the end it was a Mercedes 1-2, with the Red Bulls behind.')).toEqual([['1-2', 'Mercedes', [1, 2]]]);
    for (const text of ['They lost 1-2 to Spain.', 'It was a 1-2 defeat for the team.', 'He pitted 1-2 laps later.']) expect(pairs(text), text).toEqual([]);
  });

  it('reads a pair of ordinals as places where either is one: "the third and fourth places", "séptimo y octavo"', () => {
    const places = (text: string) => extractClaims(text).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value]);
    expect(places('Behind Vettel, Fernando Alonso and Daniel Ricciardo occupied the third and fourth places.')).toEqual([['third', 3], ['fourth', 4]]);
    expect(places('Los finlandeses Kimi Raikkonen y Valtteri Bottas saldrán desde la cuarta fila, al haber acabado séptimo y octavo la calificación.').slice(1)).toEqual([['séptimo', 7], ['octavo', 8]]);
    expect(places('Kimi Räikkönen e o australiano Daniel Ricciardo vão partir das 5.ª e 6.ª posições, com Carlos Sainz a fechar a segunda linha da grelha e Lewis Hamilton com o sétimo melhor tempo.').map(([text]) => text)).toEqual(expect.arrayContaining(['segunda linha', 'sétimo']));
  });

  it('reads no place in one fought over', () => {
    for (const sentence of ['With Hamilton in the lead, the battle shifted for second and third places.', 'They fought for second and third.', 'Alonso and Massa were fighting for fourth.']) {
      expect(extractClaims(sentence).filter((claim) => claim.kind === 'position'), sentence).toEqual([]);
    }
  });

  it('reads first place said without a number: fastest, quickest, topped, the fastest lap', () => {
    const places = (text: string) => extractClaims(text).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value, claim.scope ?? null, claim.rank ?? null]);
    expect(places('Renger van der Zande was fastest in GTP.')).toEqual([['fastest', 1, 'GTP', null]]);
    expect(places('Frankie Montecalvo quickest in GTD with a 2m05.975s lap.')).toEqual([['quickest', 1, 'GTD', null]]);
    expect(places('Jack Hawksworth topped the timesheets.')).toEqual([['topped', 1, null, null]]);
    expect(places('Sebastian Vettel also set the fastest lap right at the finish.')).toEqual([['fastest', 1, null, 'best-lap']]);
    expect(places('Sebastian Vettel was second-fastest, and had the fastest pit stop of the day.')).toEqual([['second', 2, null, null]]);
    expect(places('Jack Hawksworth topped the championship standings.')).toEqual([]);
  });

  it('does not read LMP2 and LMP3 written short as places ("the LMP2/P3 session", "the P2 field")', () => {
    // From a 2023 Watkins Glen report outside the corpus: "the multi-car shunt that halted the LMP2/P3 session".
    const places = (text: string) => extractClaims(text).filter((claim) => claim.notation === 'p-number').map((claim) => claim.text);
    expect(places('The multi-car shunt halted the LMP2/P3 session and led to the GTP session being abandoned.')).toEqual([]);
    expect(places('Jaminet was quickest in the P2/P3 session while Dalla Lana led the P2 field.')).toEqual([]);
    expect(places('Verstappen finished P3 ahead of Hamilton, who took P2 and P3 went to Norris.')).toEqual(['P3', 'P2', 'P3']);
  });

  it('does not read a model name such as "JS P320" as P3', () => {
    expect(extractClaims('#61 George Staikos - Ave Motorsports - Ligier JS P320')).toEqual([]);
  });
});

describe('places named by a phrase, not a number', () => {
  const places = (text: string) => extractClaims(text).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value, claim.subject, claim.scope ?? null]);

  it('reads "runner-up", "top spot", "class-best" and "best in class" as the place of the one named', () => {
    expect(places('Miguel Molina finished runner-up in the #50 Ferrari.')).toEqual([['runner-up', 2, 'Miguel Molina', null]]);
    expect(places('Nico Rosberg vaulted his team mate to claim top spot.')).toEqual([['top spot', 1, 'Nico Rosberg', null]]);
    expect(places('Mikkel Jensen pushed his #11 ORECA to a class-best lap of 1m17.231s.')[0]).toEqual(['class-best', 1, 'Mikkel Jensen', 'class']);
    expect(places('Patrick Gallagher elevated the #96 BMW to best in class.')).toEqual([['best in class', 1, 'Patrick Gallagher', 'class']]);
  });

  it('reads "rounding out the top five" as fifth for the one named, and no place for a pair that rounds it out', () => {
    expect(places('Charles Leclerc qualified fourth, with his rival Sergio Perez rounding out the top five.')).toEqual([['fourth', 4, 'Charles Leclerc', null], ['top five', 5, 'Sergio Perez', null]]);
    expect(places('Force India and Williams rounded out the top ten.')).toEqual([]);
    expect(places('Nico Hulkenberg was in the top ten all weekend.')).toEqual([]);
  });

  it('reads none where the place is a yardstick, fought over or in the standings', () => {
    for (const sentence of [
      'Ben Hanley was 0.056s off the top spot.',
      'Augusto Farfus was 0.9sec from the top spot.',
      'Alonso and Massa battled for top spot.',
      'Wayne Taylor Racing were runner-up in the championship.',
      'Stevan McAleer holds the top speed of the weekend.',
    ]) {
      expect(places(sentence), sentence).toEqual([]);
    }
  });

  it('reads a pole sitter as pole, not one beaten', () => {
    expect(places('Pole sitter Felipe Massa led away.')).toEqual([['Pole sitter', 1, 'Felipe Massa', null]]);
    expect(places('Olivier Pla was 1.5sec behind the polesitter.').map(([text]) => text)).toEqual([]);
  });

  it('gives a pole sitter named mid-sentence to the name right after it, not the driver the sentence opened on', () => {
    expect(places('Kevin Magnussen stalled on the grid, so pole-sitter Charles Leclerc was waved away alone.')).toEqual([['pole-sitter', 1, 'Charles Leclerc', null]]);
    expect(places('Felipe Nasr and Nick Tandy both ran wide at the hairpin, with polesitter Tandy losing out.')[0]).toEqual(['polesitter', 1, 'Nick Tandy', null]);
  });

  it('gives "the second-placed" car the place of the car named right after it', () => {
    expect(places('The leading #93 Peugeot and the second-placed #6 Porsche opted for four new tyres.')).toEqual([['second-placed', 2, '#6', null]]);
  });

  it('gives a verb after "but" with no subject of its own the sentence’s subject', () => {
    expect(places('Miguel Molina briefly lost the position to Stoffel Vandoorne’s #94 Peugeot but regained the runner-up spot.')).toEqual([['runner-up spot', 2, 'Miguel Molina', null]]);
  });

  it('reads a place a verb gives before a pronoun, a spaced dash, or after "no better than"', () => {
    const placeOf = (text: string) => extractClaims(text).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value]);
    expect(placeOf('Romain Grosjean improved, but after moving up to third he rested in ninth.')).toEqual([['third', 3], ['ninth', 9]]);
    expect(placeOf('Ricciardo labelled the lap that earned him third - just ahead of Verstappen - a beauty.')).toEqual([['third', 3]]);
    expect(placeOf('The BMW could do no better than 16th at the checkered flag.')).toEqual([['16th', 16]]);
    expect(placeOf('He was 0.2s quicker than third at that stage.')).toEqual([]);
  });
});
