import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';

const gapOf = (text: string, figure: string) => extractClaims(text).find((claim) => claim.kind === 'gap' && claim.text === figure);

describe('a bare deficit measured against the lap the sentence before told', () => {
  it('reads "trailing by", "to within" and "away" against the last lap of the sentence before, by another', () => {
    expect(gapOf('Matt Campbell, the 28-year-old Aussie, extracted a flying lap of 1m15.184s around the 14-turn, 2.439-mile road course to put the Porsche 963 alone at the top.\nFilipe Albuquerque (Wayne Taylor Racing with Andretti Autosport) kept it close, trailing by 0.022 of a second in the #10 Acura ARX-06.', '0.022 of a second')).toMatchObject({ subject: 'Filipe Albuquerque', reference: 'Matt Campbell', direction: 'behind', referenceLap: { seconds: 75.184, decimals: 3 } });
    expect(gapOf('Max Verstappen led the way early over the opening runs in Q3, setting a first time of 1:28.24, over two-tenths faster than the field. Sergio Perez moved to within 0.023 seconds on his final lap, only for the three-time World Champion to improve by four-hundredths to secure the pole.', '0.023 seconds')).toMatchObject({ subject: 'Sergio Perez', reference: 'Max Verstappen' });
    expect(gapOf('Pipo Derani went faster still, delivering a 1m45.836s to take the top spot.\n\nSebastien Bourdais of Chip Ganassi Racing made it a Cadillac 1-2, just 0.087s away, and before anyone could effectively respond, Matt Campbell buried his #7 Porsche in the Turn 1 tire wall.', '0.087s')).toMatchObject({ subject: 'Sebastien Bourdais', reference: 'Pipo Derani' });
  });

  it('leaves one named after the gap, or another named before it, to the other readers', () => {
    expect(gapOf('Sebastien Bourdais delivered a 1min19.017 to put Cadillac on top. Ricky Taylor’s first response drew him to within 0.033sec of the Ganassi car.', '0.033sec')?.referenceLap).toBeUndefined();
    expect(gapOf('Pipo Derani delivered a 1m45.836s. Then Ricky Taylor beat Tom Blomqvist, just 0.087s away.', '0.087s')?.referenceLap).toBeUndefined();
  });
});
