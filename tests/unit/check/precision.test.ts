import { describe, expect, it } from 'vitest';
import { meetsQualifier, roundsTo } from '../../../src/domain/check';

describe('stated precision', () => {
  it('lets 0.19 stand for anything from 0.185 to 0.194', () => {
    expect(roundsTo(0.185, 0.19, 2)).toBe(true);
    expect(roundsTo(0.194, 0.19, 2)).toBe(true);
    expect(roundsTo(0.184, 0.19, 2)).toBe(false);
    expect(roundsTo(0.195, 0.19, 2)).toBe(false);
  });

  it('needs the thousandths for a time written to the thousandth', () => {
    expect(roundsTo(92.656, 92.656, 3)).toBe(true);
    expect(roundsTo(92.657, 92.656, 3)).toBe(false);
  });

  it('reads over and under as comparisons', () => {
    expect(meetsQualifier(1.02, 1, 0, 'over')).toBe(true);
    expect(meetsQualifier(0.98, 1, 0, 'over')).toBe(false);
    expect(meetsQualifier(129.9, 130, 0, 'under')).toBe(true);
    expect(meetsQualifier(130.1, 130, 0, 'under')).toBe(false);
  });

  it('reads nearly as a little under: one unit of the precision or a quarter, whichever is larger', () => {
    expect(meetsQualifier(0.444, 0.5, 1, 'nearly')).toBe(true);
    expect(meetsQualifier(0.51, 0.5, 1, 'nearly')).toBe(false);
    expect(meetsQualifier(0.3, 0.5, 1, 'nearly')).toBe(false);
    expect(meetsQualifier(0.8, 1, 0, 'nearly')).toBe(true);
    // "finishing almost 30 seconds clear of the impressive Valtteri Bottas" (2014 British GP, 30.135 s): a hair over
    // a round figure, 1% at most, is how writers round down.
    expect(meetsQualifier(30.135, 30, 0, 'nearly')).toBe(true);
    expect(meetsQualifier(30.4, 30, 0, 'nearly')).toBe(false);
    expect(meetsQualifier(1.02, 1, 0, 'nearly')).toBe(false);
  });

  it('reads "around 1 tenth" as 0.05 to 0.15', () => {
    expect(meetsQualifier(0.102, 0.1, 1, 'approx')).toBe(true);
    expect(meetsQualifier(0.15, 0.1, 1, 'approx')).toBe(true);
    expect(meetsQualifier(0.16, 0.1, 1, 'approx')).toBe(false);
  });
});
