import { describe, expect, it } from 'vitest';
import { nationalityCode } from '../../../src/domain/names';

describe('the nationality a timing file writes', () => {
  it('reads an Ergast demonym and an Al Kamel country code as the same country', () => {
    expect(nationalityCode('British')).toBe('gb');
    expect(nationalityCode('GBR')).toBe('gb');
    expect(nationalityCode('Monegasque')).toBe('mc');
    expect(nationalityCode('MCO')).toBe('mc');
    expect(nationalityCode('New Zealander')).toBe('nz');
  });

  it('gives no nationality for a code it does not know rather than a guess', () => {
    expect(nationalityCode('?')).toBeNull();
    expect(nationalityCode('')).toBeNull();
    expect(nationalityCode('SWZ')).toBeNull();
  });
});
