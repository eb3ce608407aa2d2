import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import type { Roster } from '../../../src/domain/names';

const roster: Roster = ['Timo Scheider', 'Gary Paffett', 'Mike Rockenfeller'].map((name) => ({ id: name, name, kind: 'driver' as const }));
const parties = (text: string) => extractClaims(text, { roster }).map((claim) => [claim.text, claim.subject, claim.reference]);

describe('German "als"', () => {
  it('is "than" only after a comparative; "Als bester Pilot" opens the sentence as "as"', () => {
    const text = 'Timo Scheider nimmt das Rennen am Sonntag vom vierten Platz in Angriff. Als bester Mercedes-Pilot beendete Gary Paffett den Kampf um die Startplätze auf Rang zwölf. Scheider war 0,3 Sekunden schneller als Rockenfeller.';
    expect(parties(text)).toEqual([
      ['vierten', 'Timo Scheider', null],
      ['Rang zwölf', 'Gary Paffett', null],
      ['0,3 Sekunden', 'Timo Scheider', 'Rockenfeller'],
    ]);
  });
});
