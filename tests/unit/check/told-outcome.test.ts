import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { checkClaim } from '../../../src/domain/check/check-claim';
import { claimOf } from './claim-of';
import { F1, loadSessions, ROAR_2024 } from './timing-data';
import { NO_HINT, hintOf } from './hints';

// Words that tell a figure is the session's outcome, this session's, or the car's best, though a moment, a record or
// another year is named near it.
let roar: CheckContext;
let singaporeQualifying: CheckContext;

beforeAll(async () => {
  const roarData = await loadSessions([ROAR_2024]);
  roar = { sessions: roarData.sessions, mainSessionId: roarData.sessions[0].id, tracks: roarData.tracks, roster: [] };
  const f1 = await loadSessions([F1], { race: '2014 Singapore' });
  singaporeQualifying = { ...f1, mainSessionId: f1.sessions.find((session) => session.kind === 'qualifying')!.id, roster: [] };
}, 60_000);

describe('a place or margin told as the outcome, beside words of a moment', () => {
  it('is the one qualified in, or the margin a win was taken by', () => {
    expect(hintOf('Vettel qualified a low seventh, having aborted his initial flyer.', 'seventh').moment).toBe(false);
    expect(hintOf('Vettel was seventh after his initial flyer.', 'seventh').moment).toBe(true);
    expect(hintOf('Ferrari capitalized on a strong mid-race push to take the class win by over 40 seconds.', '40 seconds').moment).toBe(false);
    expect(hintOf('Ferrari led by over 40 seconds at mid-race.', '40 seconds').moment).toBe(true);
  });

  it('is not made a moment by when a quote was given ("sagte er anschließend")', () => {
    expect(hintOf('Vettel holte die Pole Position. „Das Auto war unglaublich“, sagte er anschließend.', 'Pole Position').moment).toBe(false);
    expect(hintOf('Vettel fuhr anschließend auf die Pole Position.', 'Pole Position').moment).toBe(true);
  });

  it('is confirmed against the final order ("Rosberg qualified a low second, having aborted his initial flyer")', () => {
    const [place] = new Checker(singaporeQualifying).checkText('Nico Rosberg qualified a low second, having aborted his initial flyer.').claims;
    expect(place).toMatchObject({ text: 'second', verdict: 'confirmed' });
  });
});

describe('the year of a session the timing gives no start time', () => {
  it('is its event’s: "his seventh pole position of the 2014 season" is checked against 2014 Singapore qualifying', () => {
    const [pole] = new Checker(singaporeQualifying).checkText('Lewis Hamilton took his seventh pole position of the 2014 season.').claims;
    expect(pole).toMatchObject({ verdict: 'confirmed' });
  });

  it('is not the year after a long "desde …"', () => {
    expect(hintOf('Es la primera pole position de Alonso desde el Gran Premio de Singapur en 2010.', 'pole position').year).toBe(null);
    expect(hintOf('Alonso tomó la pole position en 2010.', 'pole position').year).toBe(2010);
  });
});

describe('a record', () => {
  it('set by the figure is this session’s; one broken in a later predicate is not the figure', () => {
    expect(hintOf('Taylor shattered the track qualifying record with a lap of 1 minute, 13.924 seconds.', '1 minute, 13.924 seconds').record).toBe(false);
    expect(hintOf('It was quicker than the previous record of 1:14.127.', '1:14.127').record).toBe(true);
    expect(hintOf('He improved to clinch his 86th career pole position and broke the lap record.', 'pole position').record).toBe(false);
    expect(hintOf('He broke the lap record of 1:28.319 set by Vettel.', '1:28.319').record).toBe(true);
  });
});

describe('a gap measured off the pole just after the figure', () => {
  it('is to the pole-sitter, whoever else the sentence names', () => {
    // Singapore 2014 Q3: Hamilton 1:45.681, Ricciardo 1:45.854, Vettel 1:45.902.
    const gap = claimOf({ kind: 'gap', text: '0.221', value: 0.221, subject: 'Sebastian Vettel', reference: 'Daniel Ricciardo', direction: 'behind', notation: 'decimal' });
    const off = checkClaim({ ...gap, sentence: 'Vettel was 0.221 off the Briton’s benchmark time, with Daniel Ricciardo just ahead.' }, NO_HINT, singaporeQualifying);
    expect(off).toMatchObject({ verdict: 'confirmed', evidence: expect.stringContaining('Lewis Hamilton') });
    expect(checkClaim({ ...gap, sentence: 'Vettel was 0.221 behind Daniel Ricciardo.' }, NO_HINT, singaporeQualifying).verdict).toBe('contradicted');
  });
});

describe('a lap time that put the car on top', () => {
  it('is its best lap; another lap of that time bears out only a time told without it', () => {
    // #31's laps at the 2024 Roar qualifying: 1:33.024 on lap 4, its best 1:32.656 on lap 5.
    const lap = claimOf({ kind: 'lap_time', text: '1:33.024', value: 93.024, subject: 'Pipo Derani' });
    expect(checkClaim({ ...lap, sentence: 'Derani topped the session with a time of 1:33.024.' }, NO_HINT, roar)).toMatchObject({ verdict: 'contradicted', expected: 92.656 });
    expect(checkClaim({ ...lap, sentence: 'Derani opened with a 1:33.024 before improving.' }, NO_HINT, roar).verdict).toBe('confirmed');
  });
});
