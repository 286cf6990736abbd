// Zone of a meter from its use: pure integer arithmetic, so 70 of 100 is exactly 70 %.

export type Zone = 'none' | 'ok' | 'warn' | 'red' | 'over';

export interface ZoneThresholds {
  /** Percent of the limit where amber starts. */
  warn: number;
  /** Percent of the limit where red starts (up to and including used = limit). */
  red: number;
}

const SEVERITY: Record<Zone, number> = { none: 0, ok: 1, warn: 2, red: 3, over: 4 };

/** `limit` null = unlimited (always ok); 0 = the plan lacks the meter (none). */
export function zoneFor(used: number, limit: number | null, t: ZoneThresholds): Zone {
  if (limit === null) return 'ok';
  if (limit <= 0) return 'none';
  if (used > limit) return 'over';
  if (used * 100 >= t.red * limit) return 'red';
  if (used * 100 >= t.warn * limit) return 'warn';
  return 'ok';
}

/** The more severe of two zones (a raise never lowers). */
export function raiseZone(a: Zone, b: Zone): Zone {
  return SEVERITY[b] > SEVERITY[a] ? b : a;
}
