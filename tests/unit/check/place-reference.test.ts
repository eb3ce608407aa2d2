import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { F1, eventContext } from './timing-data';

// The 2014 Singapore Grand Prix: Hamilton took pole (Ricciardo third, 0.173s off in Q3) and won by 13.534s from Vettel.
let singapore: CheckContext;

beforeAll(async () => {
  singapore = await eventContext([F1], { race: '2014 Singapore' });
}, 60_000);

const gapIn = (text: string) => new Checker(singapore).checkText(text).claims.find((claim) => claim.kind === 'gap');

describe('a gap measured from a place, with no one named', () => {
  it('is measured against the pole-sitter in the data and names him', () => {
    expect(gapIn('Daniel Ricciardo qualified third, two tenths off pole.')).toMatchObject({ verdict: 'confirmed', reference: 'Lewis Hamilton', expected: 0.173 });
    expect(gapIn('Daniel Ricciardo qualified third, 0.9 seconds off pole.')).toMatchObject({ verdict: 'contradicted', reference: 'Lewis Hamilton', expected: 0.173 });
  });

  it('measures a winner’s margin against the runner-up', () => {
    expect(gapIn('Lewis Hamilton won the race by 13.5 seconds.')).toMatchObject({ verdict: 'confirmed', reference: 'Sebastian Vettel' });
  });
});

describe('a gap measured against the rest ("clear of his closest competitor")', () => {
  it('is measured against the car right behind the subject and names its driver', () => {
    expect(gapIn('Lewis Hamilton took pole, 0.007s clear of his closest competitor.')).toMatchObject({ verdict: 'confirmed', reference: 'Nico Rosberg' });
    expect(gapIn('Nico Rosberg qualified second, 0.166s ahead of the rest of the field.')).toMatchObject({ verdict: 'confirmed', reference: 'Daniel Ricciardo' });
  });

  it('never refutes: the car behind at some moment may have been another', () => {
    expect(gapIn('Lewis Hamilton took pole, 0.9s clear of his closest competitor.')).toMatchObject({ verdict: 'unverifiable', reference: 'Nico Rosberg' });
  });

  it('leaves a rival named after it as the reference', () => {
    expect(gapIn('Lewis Hamilton took pole, 0.173s clear of his closest rival, Daniel Ricciardo.')?.reference).toBe('Daniel Ricciardo');
  });
});

// Singapore 2014 qualifying: Rosberg topped Q2 on 1:45.825 (Hamilton 1:46.287, Alonso 1:46.328, Räikkönen 1:46.359).
describe('a gap to the top in a part of qualifying the words tell of', () => {
  it('is measured against the leader of that part, not the pole-sitter', () => {
    const text = 'Q2 was tight: Fernando Alonso +0.503, Kimi Räikkönen +0.534.';
    expect(gapIn(text)).toMatchObject({ verdict: 'confirmed', reference: 'Nico Rosberg' });
  });

  it('keeps the pole-sitter for a gap the words measure off pole', () => {
    expect(gapIn('In Q2 Fernando Alonso was quick, and he ended 0.226s off pole.')).toMatchObject({ reference: 'Lewis Hamilton' });
  });
});
