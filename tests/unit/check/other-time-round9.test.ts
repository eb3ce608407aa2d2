import { describe, expect, it } from 'vitest';
import { hintOf } from './hints';

// Read from half I's false contradictions once its second blind score was taken: each a form of the field's prose.
describe('a figure of one moment of a session', () => {
  it('is read past tyres called "used" or "scrubbed", which are no verb opening a later clause', () => {
    expect(hintOf('Rossi was three-tenths up on Verdi after the first run on used soft tyres in Q3.', 'three-tenths').moment).toBe(true);
    expect(hintOf('Rossi was three-tenths up on Verdi after Verdi crashed.', 'three-tenths').moment).toBe(false);
  });

  it('is "momentarily" or "temporarily" quickest, or a place before the last runs', () => {
    expect(hintOf('Rossi was momentarily quickest in 1:32.523, while Verdi laps in 1:32.965.', '1:32.965').moment).toBe(true);
    expect(hintOf('Verdi was temporarily second.', 'second').moment).toBe(true);
    expect(hintOf('Verdi was fourteenth before the last runs in Q1.', 'fourteenth').moment).toBe(true);
    expect(hintOf('Verdi was fourteenth in Q1.', 'fourteenth').moment).toBe(false);
  });
});

describe('a figure of another time', () => {
  it('is a record when set off by commas after the old record it names', () => {
    expect(hintOf('His lap broke the previous GTP track record, 1:10.705, by seven-tenths.', '1:10.705').record).toBe(true);
    expect(hintOf('His lap, 1:10.705, broke the track record.', '1:10.705').record).toBe(false);
  });

  it('is dated by "a year ago" or "two years ago" at the head of its sentence', () => {
    expect(hintOf('A year ago, the No. 6 Porsche crossed the line first.', 'first').lastYear).toBe(true);
    expect(hintOf('Two years ago, the No. 6 Porsche crossed the line first.', 'first').otherEvent).toBe('another event');
    expect(hintOf('The No. 6 Porsche crossed the line first.', 'first')).toMatchObject({ lastYear: false, otherEvent: null });
  });
});
