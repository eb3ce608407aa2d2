import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { italian } from '../../../src/domain/claims/languages/italian';
import { spanish } from '../../../src/domain/claims/languages/spanish';
import type { Roster } from '../../../src/domain/names';

// The drivers of the sessions the sentences tell of, as the timing gives them.
const roster: Roster = [
  'Sebastian Vettel', 'Mark Webber', 'Fernando Alonso', 'Lewis Hamilton', 'Valtteri Bottas', 'Daniel Ricciardo',
  'Sebastien Bourdais', 'Tom Blomqvist', 'Alex Lynn', 'Earl Bamber', 'Harry Tincknell', 'Felipe Nasr', 'Jonathan Bomarito',
  'Oliver Jarvis', 'Tommy Milner', 'Nick Tandy', 'Jordan Taylor', 'Antonio Fuoco', 'Kevin Estre', 'Sébastien Buemi',
].map((name) => ({ id: name, name, kind: 'driver' as const }));
const gapAt = (text: string, figure: string) => extractClaims(text, { roster }).find((claim) => claim.kind === 'gap' && claim.text === figure);

describe('references, round 11', () => {
  it('reads a gap a results line labels after the team’s bracket as one to the top', () => {
    const text = '1st: Sebastian Vettel (Red Bull Renault) 1hr 32m 36.300s (198.202 km/h) 2nd: Mark Webber (Red Bull Renault) gap: 10.452s 3rd: Fernando Alonso (Ferrari) gap: 18.913s Fastest Lap: Webber 1:15.436';
    expect(gapAt(text, '10.452s')).toMatchObject({ subject: 'Mark Webber', referencePlace: 1, direction: 'behind' });
    expect(gapAt(text, '18.913s')).toMatchObject({ subject: 'Fernando Alonso', referencePlace: 1 });
  });

  it('runs "a further" gap on from the one led when the gap before it was a lead', () => {
    const text =
      'Bourdais was flawless as he eked out a margin of just over two seconds on Tom Blomqvist’s Meyer Shank Acura by the time they both headed for the pit lane after 36 laps. Alex Lynn, in the second Ganassi Cadillac, was a further 18 seconds adrift when he pitted on the same lap to hand over to Earl Bamber.';
    expect(gapAt(text, '18 seconds')).toMatchObject({ subject: 'Alex Lynn', reference: 'Tom Blomqvist', direction: 'behind' });
  });

  it('still runs "a further" gap on from the car behind when the gap before it was a deficit', () => {
    const text = 'Second was Kevin Estre, 1.2 seconds behind Antonio Fuoco. Third was Sébastien Buemi, a further four seconds adrift.';
    expect(gapAt(text, 'four seconds')).toMatchObject({ subject: 'Sébastien Buemi', reference: 'Kevin Estre' });
  });

  it('ends the search for a reference at a clause "when" opens', () => {
    expect(gapAt('Alex Lynn was 18 seconds adrift when he pitted on the same lap to hand over to Earl Bamber.', '18 seconds')?.reference).not.toBe('Earl Bamber');
  });

  it('measures a bare comparative in a participle clause against the one the clause before named', () => {
    const text = 'Tincknell will start alongside Nasr for the Mazda’s last race, having set a time only 0.015s slower in the car he’ll share with Jonathan Bomarito and Oliver Jarvis.';
    expect(gapAt(text, '0.015s')).toMatchObject({ subject: 'Tincknell', reference: 'Nasr', direction: 'behind' });
  });

  it('reads the driver a beaten car number names with his role as the one beaten', () => {
    const text = 'Milner, who co-drives the No. 4 C8.R with Nick Tandy, nipped No. 3 Corvette teammate Jordan Taylor by 0.003 seconds.';
    expect(gapAt(text, '0.003 seconds')).toMatchObject({ subject: 'Milner', reference: 'Jordan Taylor' });
  });

  it('reads a bare "back" as to the top after the runner-up’s gap to the one he names', () => {
    const text =
      'Lewis Hamilton has won the British Grand Prix at Silverstone today. Valtteri Bottas has his second straight podium finish in his Williams-Mercedes, 30.135s behind Hamilton in second place. Daniel Ricciardo in his Red Bull-Renault, finishes in third, 46.495s back.';
    expect(gapAt(text, '46.495s')).toMatchObject({ subject: 'Daniel Ricciardo', referencePlace: 1, direction: 'behind' });
  });
});

describe('subjects, round 11: a sponsor or make in an event’s title', () => {
  const claimAt = (text: string, figure: string) => extractClaims(text, { roster: eventRoster }).find((claim) => claim.text === figure);
  const eventRoster: Roster = ['Filipe Albuquerque', 'Tristan Vautier', 'Kyle Kirkwood', 'Sebastien Bourdais'].map((name) => ({ id: name, name, kind: 'driver' as const }));

  it('takes no sponsor of an event’s title for the one who set the figure', () => {
    const text = 'Wayne Taylor Racing’s Filipe Albuquerque won the pole Saturday afternoon (Sept. 11) for Sunday’s Hyundai Monterey Sports Car Championship at WeatherTech Raceway Laguna Seca with a lap at 108.231 mph.';
    expect(claimAt(text, '108.231 mph')?.subject).toBe('Filipe Albuquerque');
    expect(claimAt('Tristan Vautier captures pole for Rolex 24 qualifier in treacherous Daytona conditions', 'pole')?.subject).toBe('Tristan Vautier');
    expect(claimAt('Kyle Kirkwood won the pole for the Acura Grand Prix of Long Beach with a lap of 1:09.845.', '1:09.845')?.subject).toBe('Kyle Kirkwood');
  });

  it('still reads a make that holds the place itself', () => {
    expect(claimAt('Thus the V-Series.R not only scored its first pole, Cadillac locked out the front row.', 'front row')?.subject).toBe('Cadillac');
  });
});

describe('references, round 11: the runner-up’s labelled gap and the beaten one’s relative clause', () => {
  const drivers: Roster = ['Ricky Taylor', 'Pipo Derani', 'Alex Riberas', 'Ben Barnicoat', 'Lewis Hamilton', 'Max Verstappen'].map((name) => ({ id: name, name, kind: 'driver' as const }));
  const gapIn = (text: string, language?: typeof italian) => extractClaims(text, { roster: drivers, language }).find((claim) => claim.kind === 'gap');

  it('measures a gap the words call a gap of one placed second against first place', () => {
    const inItalian = 'Ricky Taylor non può dunque migliorarsi con l’Acura di Wayne Taylor Racing, accontentandosi del 2° posto con un gap di 0”110.';
    expect(gapIn(inItalian, italian)).toMatchObject({ subject: 'Ricky Taylor', referencePlace: 1, direction: 'behind' });
    expect(gapIn('Ricky Taylor had to settle for second place with a gap of 0.110s.')).toMatchObject({ subject: 'Ricky Taylor', referencePlace: 1 });
    expect(gapIn('Ricky Taylor finished the session with a gap of 0.110s.')?.referencePlace).toBeUndefined();
  });

  it('measures the gap of one held off, told in a relative clause on him, against the one who held him off', () => {
    const inSpanish = 'Riberas mantuvo a raya a Ben Barnicoat quien a bordo del Lexus RC F GT3 de Vasser Sullivan finalizó a menos de un segundo.';
    expect(gapIn(inSpanish, spanish)).toMatchObject({ subject: 'Ben Barnicoat', reference: 'Riberas' });
    expect(gapIn('Lewis Hamilton held off Max Verstappen, who finished 0.5s behind.')).toMatchObject({ subject: 'Max Verstappen', reference: 'Lewis Hamilton' });
  });

  it('leaves a gap the words measure from pole to pole, not to the one who beat its subject', () => {
    const text = 'Sebastien Bourdais was fourth in the Chip Ganassi Racing example, ahead of the first Porsche Penske Motorsport 963 of Felipe Nasr, who was eight tenths off pole.';
    expect(extractClaims(text).find((claim) => claim.kind === 'gap')).toMatchObject({ subject: 'Felipe Nasr', referencePlace: 1 });
    expect(extractClaims(text).find((claim) => claim.kind === 'gap')?.reference).not.toBe('Sebastien Bourdais');
  });
});

describe('references, round 11: a lap compared with a place’s holder', () => {
  it('measures a gap "faster than the second place" car against second place', () => {
    const text = 'Neil Verhagen stormed to the GTD Pro class pole in the #1 Paul Miller Racing M4 GT3 EVO with a 1:15.046 lap, which was three-tenths faster than the second place Lexus.';
    const gap = extractClaims(text, { roster: [{ id: 'Neil Verhagen', name: 'Neil Verhagen', kind: 'driver' }] }).find((claim) => claim.kind === 'gap');
    expect(gap).toMatchObject({ subject: 'Neil Verhagen', referencePlace: 2, direction: 'ahead' });
  });
});
