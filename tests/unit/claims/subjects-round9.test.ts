import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';

const gapIn = (text: string, figure?: string) => extractClaims(text).find((claim) => claim.kind === 'gap' && (!figure || claim.text === figure));

describe('a gap in a relative clause on one beaten', () => {
  it('is the gap of the one beaten, not of the one who beat him ("ahead of Verdi in second place who was …")', () => {
    const text = 'After Q3, Marco Rossi claims his maiden pole with a lap time of 1.13.622 ahead of Paolo Verdi in second place who was 0.169 seconds behind Rossi.';
    expect(gapIn(text)).toMatchObject({ subject: 'Paolo Verdi', reference: 'Marco Rossi', direction: 'behind' });
  });

  it('ends where another driver opens a clause of his own ("who was beaten and Bianchi moved …")', () => {
    const text = 'Rossi was beaten by Paolo Verdi who went quicker and Luca Bianchi moved to within 0.2 seconds.';
    expect(gapIn(text)?.subject).toBe('Luca Bianchi');
  });
});

describe('a gap in brackets right after a name in a results list', () => {
  it('is that driver’s deficit to the top of the order, as a signed one is', () => {
    const text = 'Marco Rossi started from pole and won by a distance. Paolo Verdi (19.6s) in the Ferrari was fourth, followed by Luca Bianchi (22.8s) in the Mercedes in fifth.';
    expect(gapIn(text, '19.6s')).toMatchObject({ subject: 'Paolo Verdi', referencePlace: 1, reference: 'Marco Rossi', direction: 'behind' });
    expect(gapIn(text, '22.8s')).toMatchObject({ subject: 'Luca Bianchi', referencePlace: 1 });
  });

  it('leaves a bracketed margin after one beaten to be measured against him', () => {
    const gap = gapIn('Marco Rossi was just quicker than the number three Luca Bianchi (0.092).');
    expect(gap).toMatchObject({ subject: 'Marco Rossi', reference: 'Luca Bianchi' });
    expect(gap?.referencePlace).toBeUndefined();
  });
});

describe('a bare "behind" further down a rundown', () => {
  const text = 'Marco Rossi took pole, with Carlo Gialli in third place who was 0.320 seconds behind Rossi. Paolo Verdi finished in fourth place 0.930 seconds behind, Luca Bianchi finished in fifth place 1.104 seconds behind and Gino Neri rounded off the top ten.';

  it('is to the top of the order when the rundown’s gaps before are, as the timing sheet it copies gives them', () => {
    expect(gapIn(text, '0.930 seconds')).toMatchObject({ subject: 'Paolo Verdi', referencePlace: 1, reference: 'Marco Rossi' });
    expect(gapIn('Marco Rossi took pole. Paolo Verdi finished in fourth place 0.930 seconds behind.')?.referencePlace).toBeUndefined();
  });

  it('stands bare before "and", so the next item’s driver is not measured against', () => {
    expect(gapIn(text, '1.104 seconds')).toMatchObject({ subject: 'Luca Bianchi', referencePlace: 1, reference: 'Marco Rossi' });
  });
});

describe('"the former" as a clause’s subject', () => {
  const roster = ['Marco Rossi', 'Paolo Verdi', 'Luca Bianchi'].map((name) => ({ id: name, name, kind: 'driver' as const }));
  const gapOf = (text: string) => extractClaims(text, { roster }).find((claim) => claim.kind === 'gap');

  it('is the first of the pair named before it; "his title rival" names no one, being known from the story', () => {
    const text = 'There was little to separate Rossi and Verdi in the first round, the former leading the way just 0.056 seconds clear of his title rival.';
    expect(gapOf(text)).toMatchObject({ subject: 'Rossi', reference: null, direction: 'ahead' });
    expect(gapOf('There was little to separate Rossi and Verdi in the first round, the former leading the way just 0.056 seconds clear of him.')).toMatchObject({ subject: 'Rossi', reference: 'Verdi' });
  });

  it('is no one’s where it is an ex-title ("the former champion")', () => {
    const text = 'Rossi and Verdi ran close, with the former champion Luca Bianchi 0.3 seconds down on them.';
    expect(gapOf(text)?.subject).toBe('Luca Bianchi');
  });
});

describe('a margin over one beaten whose team stands in brackets after his name', () => {
  it('is measured against him, the aside not ending his clause', () => {
    const text = 'Marco Rossi set pole on his very last lap, to pip regular class dominator Paolo Verdi (Verdi Racing) by 0.061s in the LMP2 class.';
    expect(gapIn(text)).toMatchObject({ subject: 'Marco Rossi', reference: 'Paolo Verdi' });
  });
});

describe('a record set by someone named after it', () => {
  it('is his, with a comma before "set by", and a lap "turned by" him too', () => {
    const text = 'Marco Rossi’s lap in the No. 60 was a second quicker than the old 1m05.542s record, set by Paolo Verdi in 2019.';
    expect(extractClaims(text).find((claim) => claim.kind === 'lap_time')?.subject).toBe('Paolo Verdi');
    const speed = extractClaims('It beat the 136.79mph lap turned by Paolo Verdi at Daytona in 2019.').find((claim) => claim.kind === 'speed');
    expect(speed?.subject).toBe('Paolo Verdi');
  });
});

describe('a gap between a pair the words do not name', () => {
  const roster = ['Marco Rossi', 'Paolo Verdi', 'Luca Bianchi'].map((name) => ({ id: name, name, kind: 'driver' as const }));
  const gapOf = (text: string) => extractClaims(text, { roster }).find((claim) => claim.kind === 'gap');

  it('is between the two the sentence names, the first named first ("separating the pair")', () => {
    const text = 'Marco Rossi in the No. 33 Corvette fended off a late challenge from Paolo Verdi, with less than half a second separating the pair at the flag.';
    expect(gapOf(text)).toMatchObject({ subject: 'Marco Rossi', reference: 'Paolo Verdi' });
  });

  it('is measured against the one other driver named, for "between the Acuras" and "between them"', () => {
    expect(gapOf('Rossi then unleashed a 1m10.428s to Verdi’s 1m10.489s, with just 0.061s between the Acuras at the time.')).toMatchObject({ subject: 'Rossi', reference: 'Verdi' });
    expect(gapOf('Rossi beat Verdi’s best lap. Rossi then sealed it with a 1m10.371s, which opened the gap between them to 0.349s.')).toMatchObject({ subject: 'Rossi', reference: 'Verdi' });
  });

  it('names no one where the sentences before name more than one other', () => {
    expect(gapOf('Verdi and Bianchi chased Rossi. Rossi then opened the gap between them to 0.349s.')?.reference).toBeNull();
  });
});

describe('a gap "to" a driver', () => {
  it('is measured against him, not set by him, and stays the subject’s named before', () => {
    const text = 'The rest improved, with Paolo Verdi shooting up to second on his final attempt – ending up 0.139s to Marco Rossi.';
    expect(gapIn(text)).toMatchObject({ subject: 'Paolo Verdi', reference: 'Marco Rossi' });
  });
});
