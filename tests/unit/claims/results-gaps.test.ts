import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../../src/domain/claims';

const timings = (text: string) => extractClaims(text).filter((claim) => claim.kind === 'gap' || claim.kind === 'lap_time').map((claim) => [claim.kind, claim.text]);

describe('a results list with each deficit in brackets after the name', () => {
  it('reads the bracketed figures as gaps where a lapped car stands among them (grandprix.com, 2014 British GP)', () => {
    const text =
      'Jenson Button (47.390s) in his McLaren-Mercedes finished in fourth, followed by Sebastien Vettel (53.864s) in the Red Bull-Renault in fifth, ' +
      'Fernando Alonso (59.946s) in the Ferrari was sixth, Kevin Magnussen (1m02.563s) in the McLaren-Mercedes was seventh, ' +
      'Jean-Eric Vergne (1 lap) in the second Toro Rosso-Renault was in the the final points position in tenth.';
    expect(timings(text)).toEqual([
      ['gap', '47.390s'],
      ['gap', '53.864s'],
      ['gap', '59.946s'],
      ['gap', '1m02.563s'],
    ]);
  });

  it('reads them as gaps where they rise and spread wider than the laps of one session can, not where they fall', () => {
    const text = 'Nico Hulkenberg (1m28.692s) in the Force India was eighth, ahead of Daniil Kvyat (1m29.340s), and Kevin Magnussen (59.946s) was sixth.';
    expect(timings(text).map(([kind]) => kind)).toEqual(['lap_time', 'lap_time', 'lap_time']);
    const rising = 'Fernando Alonso (59.946s) in the Ferrari was sixth, Kevin Magnussen (1m02.563s) seventh and Nico Hulkenberg (1m28.692s) eighth.';
    expect(timings(rising).map(([kind]) => kind)).toEqual(['gap', 'gap', 'gap']);
  });

  it('reads the later figures as gaps where the list opens with one', () => {
    const text = 'Valtteri Bottas (8.123s) was second, Max Verstappen (25.101s) third and Charles Leclerc (31.870s) fourth.';
    expect(timings(text).map(([kind]) => kind)).toEqual(['gap', 'gap', 'gap']);
  });

  it('keeps the laps of a qualifying order in brackets as laps', () => {
    expect(timings('Hamilton (1:32.123) took pole from Bottas (1:32.456) and Vettel (1:33.001).').map(([kind]) => kind)).toEqual(['lap_time', 'lap_time', 'lap_time']);
    expect(timings('Derani (1:33.398) led the GTP order and Bachler (1:46.011) the GTD one.').map(([kind]) => kind)).toEqual(['lap_time', 'lap_time']);
  });
});
