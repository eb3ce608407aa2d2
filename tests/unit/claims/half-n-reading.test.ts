import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';
import type { Roster } from '../../../src/domain/names';

// Half N's misses, read after its blind score (docs/accuracy/half-n-first-score-12829c9.txt), each checked against
// prose from other pages too.
const places = (text: string, roster?: Roster) => extractClaims(text, roster ? { roster } : {}).filter((claim) => claim.kind === 'position').map((claim) => [claim.text, claim.value, claim.subject]);

describe('"the Pole": a Polish driver, no place', () => {
  it('reads no place in "with the Pole just ahead", "said the Pole", "as the Pole grabbed …"', () => {
    expect(places('It left Robert Kubica (Renault) and Fernando Alonso (Ferrari) on the second row of the grid, with the Pole just ahead.')).toEqual([['second row', 3, 'Robert Kubica']]);
    expect(places('“It was quite a good lap,” said the Pole.')).toEqual([]);
    expect(places('Massa had to play second fiddle to Robert Kubica as the Pole grabbed the first pole position of his career.').map(([text]) => text)).toEqual(['pole position']);
  });

  it('still reads pole lower-case, before "position", and in a headline’s title case', () => {
    expect(places('Lewis Hamilton took the pole.')).toEqual([['pole', 1, 'Lewis Hamilton']]);
    expect(places('Kubica took The Pole position.').map(([text]) => text)).toEqual(['Pole position']);
    expect(places('Alonso Takes the Pole.').map(([text]) => text)).toEqual(['Pole']);
  });
});

describe('"of-a-second" written with hyphens', () => {
  it('is the unit of the gap before it, not a gap of its own', () => {
    const claims = extractClaims('Mark Webber found himself only 0.07 of-a-second shy of the German once the final ten minute session ran its course.');
    expect(claims.map((claim) => [claim.kind, claim.text, claim.value])).toEqual([['gap', '0.07 of-a-second', 0.07]]);
    expect(extractClaims('He was a tenth-of-a-second slower than Vettel.').map((claim) => [claim.text, claim.value])).toEqual([['a tenth-of-a-second', 0.1]]);
  });
});

describe('"rounded out the top five" after another verb of the same car', () => {
  it('is fifth where "and" joins two verbs, and no one place where it joins two teams', () => {
    expect(places('The #93 car did fare better and rounded out the top five.')).toEqual([['top five', 5, '#93']]);
    expect(places('Carlos Sainz qualified well and completed the top six.')).toEqual([['top six', 6, 'Carlos Sainz']]);
    expect(places('Force India and Williams rounded out the top ten.')).toEqual([]);
  });
});

describe('a clause opened by "while" on a subject of its own', () => {
  const roster: Roster = [
    { id: 'aitken', name: 'Jack Aitken', kind: 'driver' },
    { id: 'rtaylor', name: 'Ricky Taylor', kind: 'driver' },
    { id: 'jtaylor', name: 'Jordan Taylor', kind: 'driver' },
    { id: 'wtr', name: 'Wayne Taylor Racing with Andretti', kind: 'team' },
  ];

  it('gives its places to that subject, a team written by its founder’s name, not to the driver before', () => {
    const text = 'Cadillac missed out on a podium, as Jack Aitken took sixth at Laguna while the Wayne Taylor pairing’s woeful season continued in seventh and eighth.';
    expect(places(text, roster)).toEqual([['sixth', 6, 'Jack Aitken'], ['seventh', 7, 'Wayne Taylor'], ['eighth', 8, 'Wayne Taylor']]);
  });

  it('leaves a "while" with no subject of its own (a participle) to the driver before it', () => {
    expect(places('Jack Aitken took sixth while setting the race’s fastest lap in the closing stages.', roster).map(([text, , subject]) => [text, subject])).toContainEqual(['sixth', 'Jack Aitken']);
    expect(places('Jack Aitken finished sixth while struggling with his brakes.', roster)).toEqual([['sixth', 6, 'Jack Aitken']]);
  });
});
