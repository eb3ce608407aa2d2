import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import { withLeadSubjects } from '../../../src/domain/check/lead-subjects';

describe('a rundown that runs on into the next paragraph', () => {
  const lead = 'After Q3, Marco Rossi claims pole ahead of Paolo Verdi in second place who was 0.169 seconds behind Rossi, Carlo Gialli in third place who was 0.320 seconds behind Rossi.';
  const text = 'Luca Bianchi finished in fourth place 0.930 seconds behind, Gino Neri finished in fifth place 1.104 seconds behind.';

  it('measures a bare "behind" from the place the paragraph before measured from', () => {
    const [gap] = withLeadSubjects(extractClaims(text, { lead }), text, lead, []).filter((claim) => claim.kind === 'gap');
    expect(gap).toMatchObject({ subject: 'Luca Bianchi', referencePlace: 1, reference: 'Marco Rossi' });
  });

  it('leaves it unmeasured after a paragraph that measured nothing', () => {
    const quiet = 'After Q3, Marco Rossi claims pole at the Monaco Grand Prix.';
    const [gap] = withLeadSubjects(extractClaims(text, { lead: quiet }), text, quiet, []).filter((claim) => claim.kind === 'gap');
    expect(gap?.referencePlace).toBeUndefined();
  });
});

describe('a gap measured against one the paragraph before names', () => {
  it('takes the one a nationality stands for from there ("8.4 seconds behind the German")', () => {
    const roster = [{ id: 'vettel', name: 'Sebastian Vettel', kind: 'driver' as const, nationality: 'de' }, { id: 'button', name: 'Jenson Button', kind: 'driver' as const, nationality: 'gb' }];
    const lead = 'Both titles were won by Sebastian Vettel and his team.';
    const text = 'Jenson Button finished 8.4 seconds behind the German.';
    const [gap] = withLeadSubjects(extractClaims(text, { lead }), text, lead, roster).filter((claim) => claim.kind === 'gap');
    expect(gap).toMatchObject({ subject: 'Jenson Button', reference: 'Sebastian Vettel' });
  });
});

describe('a gap whose subject the paragraph before gives', () => {
  it('takes the reference read with that subject ("… opened the gap between them to 0.349s")', () => {
    const roster = [{ id: 'rossi', name: 'Marco Rossi', kind: 'driver' as const }, { id: 'verdi', name: 'Paolo Verdi', kind: 'driver' as const }];
    const lead = 'Marco Rossi then unleashed a 1m10.428s to the 1m10.489s of Paolo Verdi.';
    const text = 'He sealed the deal with a 1m10.371s, which opened the gap between them to 0.349s.';
    const [gap] = withLeadSubjects(extractClaims(text, { lead }), text, lead, roster).filter((claim) => claim.kind === 'gap');
    expect(gap).toMatchObject({ subject: 'Marco Rossi', reference: 'Paolo Verdi' });
  });
});
