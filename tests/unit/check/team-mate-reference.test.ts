import { beforeAll, describe, expect, it } from 'vitest';
import { Checker, type CheckContext } from '../../../src/domain/check';
import { F1, eventContext } from './timing-data';

// The 2014 Singapore Grand Prix: Hamilton took pole from his Mercedes team-mate Rosberg by 0.007s in Q3.
let singapore: CheckContext;

beforeAll(async () => {
  singapore = await eventContext([F1], { race: '2014 Singapore' });
}, 60_000);

const gapIn = (text: string) => new Checker(singapore).checkText(text).claims.find((claim) => claim.kind === 'gap');

describe('a gap measured against the subject’s team-mate, unnamed', () => {
  it('is measured against the other car of his team and names its driver', () => {
    expect(gapIn('In qualifying Nico Rosberg ended up just 0.007s behind his team-mate.')).toMatchObject({ verdict: 'confirmed', reference: 'Lewis Hamilton' });
    expect(gapIn('In qualifying Nico Rosberg was 1.5s off his team-mate’s time.')).toMatchObject({ verdict: 'contradicted', reference: 'Lewis Hamilton' });
  });
});
