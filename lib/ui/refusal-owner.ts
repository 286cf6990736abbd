// One LinkedIn refusal puts several meters in the red (a weekly invite refusal: this week's and
// today's). It is stated once, on the meter it is about, with that meter's reset; the others point
// to it instead of repeating it with a reset of their own (which would contradict it). Pure.
import type { MeterReading } from '../domain/budgets';
import type { MeterId } from '../domain/limits';

/**
 * For each refused meter, the meter that states its refusal: the first in report order carrying
 * the same refusal (METERS lists the week before the day, so the weekly refusal is the week's).
 */
export function refusalOwners(meters: readonly MeterReading[]): Map<MeterId, MeterId> {
  const owners = new Map<MeterId, MeterId>();
  const first = new Map<string, MeterId>();
  for (const m of meters) {
    if (!m.refusal) continue;
    const key = `${m.refusal.action}|${m.refusal.code}|${new Date(m.refusal.at).getTime()}`;
    const owner = first.get(key) ?? m.id;
    first.set(key, owner);
    owners.set(m.id, owner);
  }
  return owners;
}
