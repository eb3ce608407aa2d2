import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { onlyClaim } from './only-claim';

describe('qualifiers', () => {
  it.each([
    ['Nasr was 0.3s faster than Dixon.', 'exact'],
    ['Hawksworth was trailing by just 80 thousandths.', 'exact'],
    ['Boulle was trailing by around 1 tenth.', 'approx'],
    ['Boulle was about 0.3s slower.', 'approx'],
    ['Boulle was roughly 0.3s slower.', 'approx'],
    ['Boulle was some 0.3s slower.', 'approx'],
    ['Boulle was approximately 0.3s slower.', 'approx'],
    ['Boulle was ~0.3s slower.', 'approx'],
    ['Boulle let the lead grow to a margin of up to 2.5s.', 'approx'],
    // Half O's 2011 European Grand Prix (rahzamedia): "up to" after a margin raised is the figure it reached.
    ['A push for fastest lap in the final stint took his winning margin up to 10.8 seconds.', 'exact'],
    ['Lazare won by more than four-tenths of a second.', 'over'],
    ['Derani lowered the record by over a second.', 'over'],
    ['Derani won by in excess of 0.5s over Nasr.', 'over'],
    ['Derani won by upwards of 0.5s over Nasr.', 'over'],
    ['It is the only lap completed in under 130 seconds.', 'under'],
    ['The gap was less than 0.2s at the flag.', 'under'],
    ['Every lap was below 95.5 seconds.', 'under'],
    ['His lap was nearly four-tenths of a second faster.', 'nearly'],
    ['His lap was almost 0.4s faster.', 'nearly'],
    ['His lap was just shy of 0.4s faster.', 'nearly'],
    ['His lap was just under 0.4s faster.', 'nearly'],
    ['The top five cars were within 0.9s of each other.', 'under'],
    ['Rossi got within half a second of his team-mate.', 'under'],
    ['A late lap drew him to within 0.033s of Rossi.', 'exact'],
  ])('reads %j as %s', (sentence, qualifier) => {
    expect(onlyClaim(sentence).qualifier).toBe(qualifier);
  });
});

describe('"less than" in the other languages', () => {
  const opening = 'Max Verstappen hat sich die Pole-Position gesichert, vor Charles Leclerc und Lando Norris. ';
  const closing = ' Die Fahrer waren mit dem Auto unter den Bedingungen des Tages sehr zufrieden.';
  it('reads "weniger als" as under', () => {
    const claims = extractClaims(`${opening}Der Niederländer lag weniger als 0,1 Sekunden vor Leclerc.${closing}`);
    expect(claims.find((claim) => claim.kind === 'gap')?.qualifier).toBe('under');
  });

  it('reads "à moins de" and "a menos de" as under', () => {
    const fr = "Max Verstappen a signé la pole position du Grand Prix, devant Charles Leclerc. Le pilote néerlandais a terminé à moins de deux dixièmes de Leclerc. Les pilotes de la Scuderia étaient très contents de leur voiture dans les conditions de la journée.";
    const es = 'Max Verstappen logró la pole position del Gran Premio, por delante de Charles Leclerc. El piloto neerlandés quedó a menos de una décima de Leclerc. Los pilotos de la escudería estaban muy contentos con el coche en las condiciones del día.';
    for (const text of [fr, es]) expect(extractClaims(text).find((claim) => claim.kind === 'gap')?.qualifier).toBe('under');
  });
});
