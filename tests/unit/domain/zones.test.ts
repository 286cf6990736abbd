import { describe, expect, it } from 'vitest';
import { raiseZone, zoneFor } from '../../../lib/domain/zones';

const T = { warn: 70, red: 90 };

describe('zones', () => {
  it.each([
    [0, 100, 'ok'],
    [69, 100, 'ok'],
    [70, 100, 'warn'],
    [89, 100, 'warn'],
    [90, 100, 'red'],
    [100, 100, 'red'],
    [101, 100, 'over'],
    [3, 5, 'ok'],
    [4, 5, 'warn'],
    [5, 5, 'red'],
    [7, 10, 'warn'],
    [14, 20, 'warn'],
    [13, 20, 'ok'],
    [18, 20, 'red'],
  ])('%i of %i is %s', (used, limit, zone) => {
    expect(zoneFor(used, limit, T)).toBe(zone);
  });

  it('is ok when unlimited and none when the plan lacks the meter', () => {
    expect(zoneFor(500, null, T)).toBe('ok');
    expect(zoneFor(0, 0, T)).toBe('none');
  });

  it('follows custom thresholds', () => {
    expect(zoneFor(50, 100, { warn: 50, red: 80 })).toBe('warn');
    expect(zoneFor(80, 100, { warn: 50, red: 80 })).toBe('red');
  });

  it('raises, never lowers', () => {
    expect(raiseZone('ok', 'red')).toBe('red');
    expect(raiseZone('over', 'red')).toBe('over');
    expect(raiseZone('none', 'ok')).toBe('ok');
  });
});
