import { describe, expect, it } from 'vitest';
import { hintOf } from './hints';

describe('a past year named in the result a figure equals', () => {
  it('dates the result compared with, not the figure of this session that equals it (thesouthafrican.com, 2021 Bahrain GP)', () => {
    expect(hintOf('Lando Norris equalled his result from the 2020 Bahrain Grand Prix with a fantastic drive to fourth for McLaren.', 'fourth').year).toBeNull();
    expect(hintOf('Rossi matched his 2019 finish by taking third.', 'third').year).toBeNull();
  });

  it('still dates a figure inside the compared phrase, and a year told with no comparison', () => {
    expect(hintOf('Rossi bettered his 2019 pole time of 1:32.123 with a 1:31.905.', '1:32.123').year).toBe(2019);
    expect(hintOf('Rossi bettered his 2019 pole time of 1:32.123 with a 1:31.905.', '1:31.905').year).toBeNull();
    expect(hintOf('Rossi finished fourth in the 2020 Bahrain Grand Prix.', 'fourth').year).toBe(2020);
  });
});
