import { describe, expect, it } from 'vitest';
import { formatLike } from '../../../src/domain/claims';
import { onlyClaim } from './only-claim';

describe('writing a corrected value in the claim’s own notation', () => {
  it.each([
    ["Derani turned in 1'32''656'''.", 92.876, "1'32''876'''"],
    ['Derani set 1:32.656 early.', 93.1, '1:33.100'],
    ['Derani set 1m32.656s early.', 92.5, '1m32.500s'],
    ['Lazare was .185 seconds faster.', 0.2, '.200 seconds'],
    ['It was only 0.076-second faster.', 0.081, '0.081-second'],
    ['He won by more than four-tenths of a second.', 0.3, 'three-tenths of a second'],
    ['“Eight tenths is honestly insane”', 0.7, 'Seven tenths'],
    ['Boulle was trailing by a tenth.', 0.2, 'two tenths'],
    ['Hawksworth was trailing by just 80 thousandths.', 0.076, '76 thousandths'],
    ['Der Niederländer muss sich im Qualifying um nur 20 Tausendstel geschlagen geben und ist mit dem Auto nicht zufrieden.', 0.22, '220 Tausendstel'],
    ['He lowered the record by over a second.', 2, 'two seconds'],
    ['Lazare’s lap was at 103.637 mph.', 103.5, '103.500 mph'],
    ['Paul Holton will start third.', 4, 'fourth'],
    ['Mike Conway was P3 at the flag.', 5, 'P5'],
    ['Wallace ended up 20th in the end.', 21, '21st'],
    ['George Staikos starts inside row five.', 10, 'outside row five'],
    ['Miguel Molina regained the runner-up spot.', 3, 'third spot'],
    ['Nico Rosberg claimed top spot.', 2, 'second spot'],
    ['Sergio Perez rounded out the top five.', 6, 'top six'],
    ['Felipe Massa was faster by 6/10ths of a second.', 0.7, '7/10ths of a second'],
    ['Patrick Gallagher was best in class.', 2, 'second in class'],
    ['Ocon était à 0’’214s de Gasly.', 0.09, '0’’090s'],
  ])('rewrites the figure in %j for %d as %j', (sentence, value, written) => {
    expect(formatLike(onlyClaim(sentence), value)).toBe(written);
  });
});
