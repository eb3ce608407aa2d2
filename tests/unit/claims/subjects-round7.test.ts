import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { german } from '../../../src/domain/claims/languages/german';
import { italian } from '../../../src/domain/claims/languages/italian';
import { spanish } from '../../../src/domain/claims/languages/spanish';
import type { LanguageWords } from '../../../src/domain/claims/languages/language-words';
import type { Roster } from '../../../src/domain/names';

const roster: Roster = [['Fernando Alonso', 'es'], ['Lando Norris', 'gb'], ['Charles Leclerc', 'mc'], ['Esteban Ocon', 'fr']].map(([name, nationality]) => ({ id: name, name, kind: 'driver' as const, nationality }));
const gapOf = (text: string, figure: string, language: LanguageWords = spanish) => extractClaims(text, { roster, language }).find((claim) => claim.text === figure);

// Romance languages deal a margin to the one beaten: "sacar/rifilare X a Y" puts the subject ahead of Y.
describe('a margin dealt to another ("sacó medio segundo a …")', () => {
  it('puts its subject ahead of the one after "a"', () => {
    const gap = gapOf('Fernando Alonso, que le sacó tres décimas a Lando Norris en la Q3, saldrá primero.', 'tres décimas');
    expect(gap?.subject).toBe('Fernando Alonso');
    expect(gap?.reference).toBe('Lando Norris');
    expect(gap?.direction).toBe('ahead');
  });

  it('reaches the one dealt to past a few words, in Italian', () => {
    const gap = gapOf('Leclerc è riuscito a rifilare due decimi al compagno di squadra Esteban Ocon.', 'due decimi', italian);
    expect(gap?.reference).toBe('Esteban Ocon');
    expect(gap?.direction).toBe('ahead');
  });

  it('leaves a gap "a X de" someone behind', () => {
    const gap = gapOf('Lando Norris terminó a tres décimas de Fernando Alonso.', 'tres décimas');
    expect(gap?.direction).toBe('behind');
  });
});

// A pole-sitter's margin is to second place; one short of pole is measured from first.
describe('a gap measured from a place the words give', () => {
  const placeOf = (text: string, figure: string) => extractClaims(text, { roster }).find((claim) => claim.text === figure);

  it('is to second place for a pole taken by a margin, however far "by" stands from "pole"', () => {
    const gap = placeOf('Lando Norris took pole for the sport’s first ever race in the desert by a whopping 0.412s.', '0.412s');
    expect(gap?.referencePlace).toBe(2);
    expect(gap?.direction).toBe('ahead');
    expect(placeOf('Alonso improved again to secure pole by a tenth.', 'a tenth')?.referencePlace).toBe(2);
  });

  it('is to first place for one short of taking pole, or short in a sentence about pole', () => {
    expect(placeOf('Ocon came up a mere 0.011s short of taking the pole.', '0.011s')?.referencePlace).toBe(1);
    expect(placeOf('Leclerc nearly took pole from Norris, who was 0.05s short at the end.', '0.05s')?.referencePlace).toBe(1);
    expect(placeOf('Ocon was 0.2s short in the first sector.', '0.2s')?.referencePlace).toBeUndefined();
  });
});

// "beating Ocon’s final effort that left the Frenchman …": the cue before the epithet beat the one named.
describe('a nationality after a name the cue before it made the one beaten', () => {
  it('is the subject of its own figure', () => {
    const text = 'Alonso held pole, beating Ocon’s final effort that left the Frenchman just over a tenth slower.';
    expect(extractClaims(text, { roster }).find((claim) => claim.text === 'a tenth')?.subject).toBe('Ocon');
  });
});

// "Autore di 1’20”608, Altoè ha siglato la pole", "With a 1:12.8, Norris …": a sentence that opens on a phrase
// holding the figure and naming no one gives the figure to the one named right after the comma.
describe('a time in a phrase the sentence opens with', () => {
  const timeOf = (text: string, language?: LanguageWords) => extractClaims(text, { roster, ...(language ? { language } : {}) }).find((claim) => claim.kind === 'lap_time');

  it('is the one named right after it, in Italian and English', () => {
    expect(timeOf('Autore di un giro in 1’21”337, Esteban Ocon ha conquistato la sua prima pole.', italian)?.subject).toBe('Esteban Ocon');
    expect(timeOf('With a lap of 1:21.337, Esteban Ocon beat Lando Norris to the top.')?.subject).toBe('Esteban Ocon');
  });

  it('is not given to a name that comes later in the main clause', () => {
    expect(timeOf('Autore di un giro in 1’21”337, il francese ha preceduto Lando Norris.', italian)?.subject).not.toBe('Lando Norris');
  });
});

// "a 78 millesimi dalla pole", "ha sfiorato la pole per appena cinque millesimi": measured from first place.
describe('a gap from pole in Italian', () => {
  it('is measured from first place', () => {
    const placeOf = (text: string, figure: string) => extractClaims(text, { roster, language: italian }).find((claim) => claim.text === figure)?.referencePlace;
    expect(placeOf('Esteban Ocon ha chiuso in terza posizione a 64 millesimi dalla pole.', '64 millesimi')).toBe(1);
    expect(placeOf('Il francese Esteban Ocon ha sfiorato la pole per appena tre millesimi.', 'tre millesimi')).toBe(1);
  });
});

describe('a gap "clear from" a car', () => {
  it('is measured against that car, as "clear of" is', () => {
    const gap = extractClaims('Esteban Ocon went top with a 1:35.705, putting him almost half a second clear from the #25 BMW and #6 Porsche.', { roster }).find((claim) => claim.kind === 'gap');
    expect(gap?.reference).toBe('#25');
  });
});

// "hatte mehr als acht Zehntel Rückstand.": a German deficit with no one after it is to the top, as a bare "off" is.
describe('a bare "Rückstand"', () => {
  const placeOf = (text: string) => extractClaims(text, { roster, language: german }).find((claim) => claim.kind === 'gap')?.referencePlace;

  it('is measured from first place', () => {
    expect(placeOf('Am Ende hatte Esteban Ocon gut drei Zehntel Rückstand.')).toBe(1);
  });

  it('is not when someone is named after it', () => {
    expect(placeOf('Am Ende hatte Esteban Ocon gut drei Zehntel Rückstand auf Lando Norris.')).toBeUndefined();
  });
});


// "well off the 1m43.356s record held by Ross Gunn. It was enough … to snatch the pole by 0.096s": a record's holder
// holds the record, and is no actor the next sentence's "It" or "He" points back to.
describe('one who holds a record', () => {
  const text = 'Ocon’s best lap of 1:44.780 was well off the 1:43.356 lap record held by Fernando Alonso. It was enough, though, to beat Lando Norris to pole by 0.096s.';
  const claimOf = (figure: string) => extractClaims(text, { roster }).find((claim) => claim.text === figure);

  it('holds the record', () => {
    expect(claimOf('1:43.356')?.subject).toBe('Fernando Alonso');
  });

  it('is not the one the next sentence goes on about', () => {
    expect(claimOf('0.096s')?.subject).toBe('Ocon');
  });
});

// "Albuquerque ended up second in the No. 10 … in which he and Ricky Taylor won last year, 0.222s behind": a bare
// "behind" after the one place its sentence gives is to the car ahead of that place.
describe('a bare "behind" after the sentence’s one second place', () => {
  it('is measured from first place, whoever the gap was read as about', () => {
    const gap = extractClaims('Ocon ended up second in the No. 31 car, which he and Lando Norris shared last year, 0.222s behind.', { roster }).find((claim) => claim.kind === 'gap');
    expect(gap?.referencePlace).toBe(1);
  });
});

// "He started his next lap … and posted a 1m11.411s time in the No. 01 Cadillac": a time set in a car named right
// after it is that car's when no driver is named before it.
describe('a time set in a car named right after it', () => {
  const timeOf = (text: string) => extractClaims(text, { roster }).find((claim) => claim.kind === 'lap_time')?.subject;

  it('is that car’s when no driver is named before it', () => {
    expect(timeOf('Ocon was held up by Lando Norris in the No. 5 Porsche. He then posted a 1m11.411s lap in the No. 31 Cadillac.')).toBe('#31');
  });

  it('stays the driver’s named before it', () => {
    expect(timeOf('Esteban Ocon posted a 1m11.411s lap in the No. 31 Cadillac.')).toBe('Esteban Ocon');
  });
});

// "avec seulement 0’’007s d’avance sur Max Verstappen", "drei Zehntel Vorsprung auf Norris": the one after "sur" or
// "auf" is the one a lead is measured against.
describe('a lead "sur" or "auf" someone', () => {
  it('is measured against that driver', () => {
    expect(extractClaims('Esteban Ocon a pris la pole avec seulement 0’’012s d’avance sur Fernando Alonso.', { roster }).find((claim) => claim.kind === 'gap')?.reference).toBe('Fernando Alonso');
    expect(extractClaims('Esteban Ocon hatte am Ende drei Zehntel Vorsprung auf Lando Norris.', { roster, language: german }).find((claim) => claim.kind === 'gap')?.reference).toBe('Lando Norris');
  });
});
