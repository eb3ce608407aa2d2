import { describe, expect, it } from 'vitest';
import { locate } from '../../accuracy/corpus';
import { askData, statedDecimals, valueHolds } from '../../accuracy/oracle';
import type { GoldClaim } from '../../accuracy/corpus';
import type { TimingSession } from '../../../src/domain/timing';
import { sameNamedParty as sameParty } from '../../accuracy/score';
import { keysOf, SHARED_DATA } from '../../accuracy/timing-sources';
import { join } from 'node:path';

describe('the accuracy tooling', () => {
  it('places a gold figure inside its one "at" snippet, and refuses a figure it cannot place for sure', () => {
    const body = 'Derani lapped in 1:32.656. Bourdais was second, 0.071s behind Derani in second.';
    expect(locate(body, '1:32.656', undefined)).toEqual({ start: 17, end: 25 });
    expect(locate(body, 'second', undefined)).toMatch(/more than once/);
    expect(locate(body, 'second', 'was second,')).toEqual({ start: body.indexOf('second'), end: body.indexOf('second') + 6 });
    expect(locate(body, '1:32.657', undefined)).toMatch(/not found/);
  });

  it('places a figure its snippet holds twice only by the occurrence the gold names', () => {
    const body = 'Hamilton won.\n3 3 Daniel Ricciardo Red Bull Racing 44 +10.791s 15\n';
    const row = body.indexOf('3 3');
    expect(locate(body, '3', '3 3 Daniel Ricciardo')).toMatch(/give "occurrence"/);
    expect(locate(body, '3', '3 3 Daniel Ricciardo', 1)).toEqual({ start: row, end: row + 1 });
    expect(locate(body, '3', '3 3 Daniel Ricciardo', 2)).toEqual({ start: row + 2, end: row + 3 });
    expect(locate(body, '3', '3 3 Daniel Ricciardo', 3)).toMatch(/2 time\(s\), not 3/);
  });

  it('reads the precision a figure is written to in any notation', () => {
    expect(statedDecimals('1:32.656', 'lap_time')).toBe(3);
    expect(statedDecimals('1 minute, 32.656 seconds', 'lap_time')).toBe(3);
    expect(statedDecimals('1:32', 'lap_time')).toBe(0);
    expect(statedDecimals('1.32,6', 'lap_time')).toBe(1);
    expect(statedDecimals(".185", 'gap')).toBe(3);
    expect(statedDecimals('0,070 segundos', 'gap')).toBe(3);
    expect(statedDecimals('four-tenths', 'gap')).toBe(1);
    expect(statedDecimals('80 thousandths', 'gap')).toBe(3);
    expect(statedDecimals('half a second', 'gap')).toBe(1);
    expect(statedDecimals('a second', 'gap')).toBe(0);
    expect(statedDecimals('220 km/h', 'speed')).toBe(0);
    expect(statedDecimals('138.318 mph', 'speed')).toBe(3);
    expect(statedDecimals('3/10', 'gap')).toBe(1);
    expect(statedDecimals('15/1000', 'gap')).toBe(3);
    expect(statedDecimals('12 millesimi', 'gap')).toBe(3);
    expect(statedDecimals('quaranta millesimi', 'gap')).toBe(3);
    expect(statedDecimals('25 milésimas', 'gap')).toBe(3);
    expect(statedDecimals('40 millièmes', 'gap')).toBe(3);
    expect(statedDecimals('7 centesimi', 'gap')).toBe(2);
    expect(statedDecimals('3 decimi', 'gap')).toBe(1);
  });

  it('confirms a figure the official value rounds or truncates to, and nothing else', () => {
    expect(valueHolds(89.708, 89.7, 1, 'exact')).toBe(true);
    expect(valueHolds(89.768, 89.7, 1, 'exact')).toBe(true);
    expect(valueHolds(89.808, 89.7, 1, 'exact')).toBe(false);
    expect(valueHolds(0.277, 0.25, 2, 'over')).toBe(true);
    expect(valueHolds(0.247, 0.25, 2, 'over')).toBe(false);
    expect(valueHolds(0.94, 1, 0, 'nearly')).toBe(true);
    expect(valueHolds(1.04, 1, 0, 'nearly')).toBe(false);
  });

  it('contradicts a finishing gap told on the wrong side of the reference, however right its size', () => {
    const result = (car: string, position: number, totalSeconds: number) => ({ car, position, laps: 100, totalSeconds, gapFirstSeconds: null, className: 'HYPERCAR', driver: null });
    const race = { name: 'Race', trackId: null, entries: [], laps: [], results: [result('7', 1, 21600), result('8', 2, 21605.2)] } as unknown as TimingSession;
    const gap = (direction: 'ahead' | 'behind') =>
      ({ text: '5.2 seconds', kind: 'gap', value: 5.2, qualifier: 'exact', subject: null, car: '7', reference: null, referenceCar: '8', direction, session: 'race', basis: 'finish', verdict: 'confirmed' }) as unknown as GoldClaim;
    expect(askData(gap('ahead'), new Map([['race', race]])).verdict).toBe('confirmed');
    expect(askData(gap('behind'), new Map([['race', race]])).verdict).toBe('contradicted');
  });

  it('takes a surname, a full name or the car with a slipped zero as the gold driver, and no one else', () => {
    expect(sameParty('Derani', 'Pipo Derani', '31', null)).toBe(true);
    expect(sameParty('Pipo Derani', 'Pipo Derani', '31', null)).toBe(true);
    expect(sameParty('#31', 'Pipo Derani', '31', null)).toBe(true);
    expect(sameParty('#1', null, '01', null)).toBe(true);
    expect(sameParty('Bourdais', 'Pipo Derani', '31', null)).toBe(false);
    expect(sameParty('#311', 'Pipo Derani', '31', null)).toBe(false);
    expect(sameParty(null, null, null, null)).toBe(true);
    expect(sameParty('Derani', null, null, null)).toBe(false);
  });

  it('names the sessions of a real IMSA event folder after their files', () => {
    const keys = keysOf(join(SHARED_DATA, 'imsa/2024-comma/01-roar-before-the-24'));
    expect([...keys.keys()].sort()).toEqual(['session-1', 'session-2', 'session-3', 'session-4', 'session-5', 'session-6']);
    expect(keys.get('session-5')?.map((file) => file.split('/').at(-1)).sort()).toEqual(['202401201830-session-5-laps.csv', '202401201830-session-5-results.csv']);
  });
});
