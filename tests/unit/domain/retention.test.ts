import { describe, expect, it } from 'vitest';
import { retentionCutoff } from '../../../lib/domain/retention';

describe('retention', () => {
  it('keeps 13 calendar months', () => {
    expect(new Date(retentionCutoff(new Date('2026-11-24T10:30:00Z'))).toISOString()).toBe(
      '2025-10-24T10:30:00.000Z',
    );
    // A day the target month lacks falls on its last day.
    expect(new Date(retentionCutoff(new Date('2027-03-31T00:00:00Z'))).toISOString()).toBe(
      '2026-02-28T00:00:00.000Z',
    );
  });
});
