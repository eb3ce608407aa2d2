import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { onlyClaim } from './only-claim';

describe('gap notations and word forms', () => {
  it.each([
    ['Lazare was .185 seconds faster than McAleer.', '.185 seconds', 0.185, 3, 'bare-decimal'],
    ['It was only 0.076-second faster than Zilisch.', '0.076-second', 0.076, 3, 'decimal'],
    ['Nasr was +0.071 on the sheet.', '+0.071', 0.071, 3, 'decimal'],
    ['4. Hamilton McLaren-Mercedes + 28.986', '+ 28.986', 28.986, 3, 'decimal'],
    ['Nasr was 0.220s off the pace.', '0.220s', 0.22, 3, 'decimal'],
    ['Lazare was just 0.150 off the top spot.', '0.150', 0.15, 3, 'decimal'],
    ['Nasr was 1.2s behind.', '1.2s', 1.2, 1, 'decimal'],
    ['He won by more than four-tenths of a second.', 'four-tenths of a second', 0.4, 1, 'words-fraction'],
    ['Boulle was trailing by a tenth.', 'a tenth', 0.1, 1, 'words-fraction'],
    ['“Eight tenths is honestly insane”', 'Eight tenths', 0.8, 1, 'words-fraction'],
    ['Boulle was trailing by around 1 tenth.', '1 tenth', 0.1, 1, 'digits-fraction'],
    ['Hawksworth was trailing by just 80 thousandths.', '80 thousandths', 0.08, 3, 'digits-fraction'],
    ['Nasr was half a second slower.', 'half a second', 0.5, 1, 'words-second'],
    // American English: "a half-second", "a half second"; "second" alone would be a place.
    ['Nasr was a half-second slower than Cameron.', 'half-second', 0.5, 1, 'words-second'],
    ['Derani beat Nasr by a half second.', 'half second', 0.5, 1, 'words-second'],
    // A count and a half: before the unit or after it, never the half alone ("two and a half seconds" is no 0.5).
    ['Derani beat Nasr by two and a half seconds.', 'two and a half seconds', 2.5, 1, 'words-second'],
    ['Derani beat Nasr by a second and a half.', 'a second and a half', 1.5, 1, 'words-second'],
    ['Nasr was a tenth and a half behind Derani.', 'a tenth and a half', 0.15, 2, 'words-fraction'],
    ['Sainz fue un segundo y medio más lento que Leclerc.', 'un segundo y medio', 1.5, 1, 'words-second'],
    ['He lowered the record by over a second.', 'a second', 1, 0, 'words-second'],
    ['Nasr was a hundredth slower.', 'a hundredth', 0.01, 2, 'words-fraction'],
    ['Ocon était à 0’’214s de Gasly.', '0’’214s', 0.214, 3, 'quoted-seconds'],
    ['Sainz si è fermato a 1"05 da Leclerc.', '1"05', 1.05, 2, 'quoted-seconds'],
    ['Fuoco venceu com uma margem de 2s348 sobre Kubica.', '2s348', 2.348, 3, 'quoted-seconds'],
    ['Verstappen devance Leclerc de 0s214.', '0s214', 0.214, 3, 'quoted-seconds'],
    ['Once the rain eased, Nasr opened a gap of up to four seconds.', 'four seconds', 4, 0, 'words-second'],
    ['The top five were all within a second of each other.', 'a second', 1, 0, 'words-second'],
    ['Rossi was only 0.009 thousandths quicker than Bianchi.', '0.009 thousandths', 0.009, 3, 'decimal'],
    ['Then came Marco Rossi (22.8s) in the Ferrari.', '22.8s', 22.8, 1, 'decimal'],
    ['Winning margin: 2.617', '2.617', 2.617, 3, 'decimal'],
  ])('reads %j as a gap of %s', (sentence, text, seconds, decimals, notation) => {
    expect(onlyClaim(sentence)).toMatchObject({ kind: 'gap', text, value: seconds, decimals, notation, unit: 's' });
  });

  it.each([
    ['Lazare was .185 seconds faster than Stevan McAleer.', 'ahead'],
    ['Gottsacker ended up .299 seconds ahead of Karl Wittmer.', 'ahead'],
    ['Nick Boulle was trailing by around 1 tenth.', 'behind'],
    ['Jesse Lazare was just 0.150 off the top spot.', 'behind'],
    ['Felipe Nasr was 0.3s short of pole.', 'behind'],
    ['Felipe Nasr was 0.3s off pole.', 'behind'],
    ['Pipo Derani leads by 1.4s over Felipe Nasr.', 'ahead'],
    ['Pipo Derani lost by over a second.', 'behind'],
    ['Felipe Nasr was 1.2s behind Tom Blomqvist.', 'behind'],
    ['Felipe Nasr was 0.3s quicker than Tom Blomqvist.', 'ahead'],
    ['Felipe Nasr was 0.3s slower than Tom Blomqvist.', 'behind'],
  ])('reads the direction of %j as %s', (sentence, direction) => {
    expect(onlyClaim(sentence).direction).toBe(direction);
  });

  it('leaves the direction unknown when no word gives it', () => {
    expect(onlyClaim('“Eight tenths is honestly insane”').direction).toBeNull();
  });

  it('does not read "a second practice session" or "a second pole" as a gap', () => {
    expect(extractClaims('He crashed in a second practice session.')).toEqual([]);
    expect(extractClaims('It is a second straight win for the team.')).toEqual([]);
  });

  it('does not read a bare decimal without a gap word as a gap', () => {
    expect(extractClaims('The 4.5 litre engine was new.')).toEqual([]);
  });

  it('reads a fraction with a slash where gap words follow, and not a date', () => {
    expect(extractClaims('Felipe Massa took pole by a whopping 6/10ths of a second.').find((claim) => claim.kind === 'gap')).toMatchObject({ kind: 'gap', text: '6/10ths of a second', value: 0.6 });
    expect(extractClaims('On 3/10 the team tested at Monza, and 6/100 of the field came.')).toEqual([]);
  });

  it('reads thousandths alone in brackets after a name as a gap, measured against the one beaten, and not other bracketed figures', () => {
    expect(extractClaims('Max Verstappen was just quicker than third-placed man Carlos Sainz (0.092).').find((claim) => claim.kind === 'gap')).toMatchObject({ kind: 'gap', value: 0.092, subject: 'Max Verstappen', reference: 'Carlos Sainz' });
    expect(extractClaims('Pole for Verstappen, ahead of George Russell (+0.055).').find((claim) => claim.kind === 'gap')).toMatchObject({ value: 0.055, subject: 'George Russell' });
    expect(extractClaims('Max Verstappen set the fastest time. The difference with Charles Leclerc was only 0.021 seconds.').find((claim) => claim.kind === 'gap')).toMatchObject({ value: 0.021, subject: 'Max Verstappen', reference: 'Charles Leclerc' });
    expect(extractClaims('The engine grew in displacement (2.5).')).toEqual([]);
  });

  // Half P's 2017 Brazil qualifying report (paddocktalk): a margin set off by a dash, its figure bare.
  it('reads a bare decimal after "margins -" as a gap, from the pole lost', () => {
    // Measured from the pole the loss of which it tells.
    const text = "Sebastian Vettel and his No. 5 Ferrari put up his best lap during his first Q3 run, but he couldn't improve. The result was the loss of provision pole by the slimmest of margins - .038.";
    expect(extractClaims(text).find((claim) => claim.kind === 'gap')).toMatchObject({ text: '.038', value: 0.038, decimals: 3, subject: 'Sebastian Vettel', referencePlace: 1, direction: 'behind' });
    expect(extractClaims('He won 12 races and 9 poles by the end of his career, margins - 3.5 points - were thin.').filter((claim) => claim.kind === 'gap')).toEqual([]);
  });

  it('does not read a time penalty as a gap', () => {
    expect(extractClaims('He took a 5 seconds penalty for the contact.')).toEqual([]);
  });
});


describe('whole seconds', () => {
  it('reads "2 seconds behind" as a gap', () => {
    expect(onlyClaim('Nasr finished 2 seconds behind.')).toMatchObject({ kind: 'gap', value: 2, direction: 'behind' });
  });

  it('reads "won by 5 seconds" as a gap', () => {
    expect(onlyClaim('Derani won by 5 seconds.')).toMatchObject({ kind: 'gap', value: 5 });
  });
});

describe('a fraction word after a decimal', () => {
  it('is no figure of ours where it may count fractions of a tenth ("0.5 tenths")', () => {
    expect(extractClaims('Rossi was 0.5 tenths quicker than Bianchi.')).toEqual([]);
  });
});

describe('a gap whose "behind" closes with a comma', () => {
  it('takes no reference from the next item of a rundown', () => {
    const text = 'Marco Rossi finished in fifth place 1.104 seconds behind, Luca Bianchi finished in sixth place 1.127 seconds behind, Paolo Verdi finished seventh.';
    const gaps = extractClaims(text).filter((claim) => claim.kind === 'gap');
    expect(gaps.map((gap) => [gap.subject, gap.reference])).toEqual([
      ['Marco Rossi', null],
      ['Luca Bianchi', null],
    ]);
    expect(extractClaims('Marco Rossi finished 1.104 seconds behind Luca Bianchi.')[0]).toMatchObject({ subject: 'Marco Rossi', reference: 'Luca Bianchi' });
  });
});

describe('a gap over a team\'s driver', () => {
  it('is measured against the driver named after the team\'s possessive, not the team', () => {
    const reference = (text: string) => extractClaims(text).find((claim) => claim.kind === 'gap')?.reference;
    expect(reference('Marco Rossi took pole by 0.2s over Scuderia Veloce’s Luca Bianchi.')).toBe('Luca Bianchi');
    expect(reference('Marco Rossi won the pole by .225 seconds over Team Rapido with Verdi Global’s Luca Bianchi.')).toBe('Luca Bianchi');
  });
});

describe('a gap in a relative clause after a name and its place', () => {
  it('is the gap of that name ("Luca Bianchi in third place who was 0.320 seconds behind Rossi")', () => {
    const text = 'Marco Rossi took pole with a lap of 1:13.622 ahead of Paolo Verdi in second place who was 0.169 seconds behind Rossi, Luca Bianchi in third place who was 0.320 seconds behind Marco Rossi.';
    expect(extractClaims(text).find((claim) => claim.text === '0.320 seconds')).toMatchObject({ subject: 'Luca Bianchi', reference: 'Marco Rossi' });
  });
});

describe('counts from 11 to 99 in words', () => {
  it('read thousandths told in words in Dutch, German and English', () => {
    const nl = 'Max Verstappen pakt de pole position in Brazilië, voor Lewis Hamilton en Valtteri Bottas. Hamilton was vijfenzestig duizendste sneller dan Verstappen in Q1. De coureurs waren tevreden met de auto in de omstandigheden van de dag.';
    const de = 'Max Verstappen hat sich die Pole-Position gesichert, vor Charles Leclerc und Lando Norris. Der Niederländer schlug Leclerc um vierundachtzig Tausendstel. Die Fahrer waren mit dem Auto unter den Bedingungen des Tages sehr zufrieden.';
    const gapOf = (text: string) => extractClaims(text).find((claim) => claim.kind === 'gap');
    expect(gapOf(nl)).toMatchObject({ text: 'vijfenzestig duizendste', value: 0.065 });
    expect(gapOf(de)).toMatchObject({ text: 'vierundachtzig Tausendstel', value: 0.084 });
    expect(gapOf('Marco Rossi was sixty-five thousandths quicker than Luca Bianchi.')).toMatchObject({ text: 'sixty-five thousandths', value: 0.065 });
  });
});

describe('a fraction word that is an ordinal', () => {
  it('is no gap before the thing it counts ("the one-hundredth pole sitter"), and a gap before a gap word', () => {
    const gaps = (text: string) => extractClaims(text).filter((claim) => claim.kind === 'gap').map((claim) => claim.text);
    expect(gaps("Marco Rossi became the series' one-hundredth pole sitter.")).toEqual([]);
    expect(gaps('It was his one-hundredth win.')).toEqual([]);
    expect(gaps('Marco Rossi was a hundredth quicker than Luca Bianchi.')).toEqual(['a hundredth']);
  });
});
