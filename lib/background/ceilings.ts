// When a LinkedIn refusal is stored, learn the ceiling it shows: how many the refused meter's window
// held at that moment, from the account's own events (one index range read), written into the
// account's settings. Called inside the transaction that stores the refusal, so the two land
// together or not at all; learning the same refusal again changes nothing.
import type { PacerDb } from '../db/schema';
import { loadSettings, saveSettings } from '../db/settings-store';
import type { ActivityEvent } from '../domain/activity';
import { CEILING_RULES, countsFor, learnCeiling, refusalWindow } from '../domain/ceilings';
import { effectiveTimeZone } from '../domain/settings';
import { UNKNOWN_ACCOUNT } from '../linkedin/urns';

/**
 * Learns from the refusals among `stored` (events just stored), oldest first so the newest wins.
 * Must run in a read-write transaction over the events and both settings tables. Returns how many
 * ceilings changed.
 */
export async function learnCeilings(
  db: PacerDb,
  stored: readonly ActivityEvent[],
  browserZone: string,
): Promise<number> {
  const refusals = stored
    .filter((e) => e.kind === 'limit-reached' && e.action && CEILING_RULES[e.action])
    .sort((a, b) => a.at - b.at);
  let changed = 0;
  for (const r of refusals) {
    const rule = r.action ? CEILING_RULES[r.action] : null;
    if (!rule || !r.action || r.account === UNKNOWN_ACCOUNT) continue;
    const settings = await loadSettings(db, new Date(r.at), r.account);
    const { from, to } = refusalWindow(rule, r.at, effectiveTimeZone(settings, browserZone));
    const range = db.events
      .where('[account+kind+at]')
      .between([r.account, rule.kind, from], [r.account, rule.kind, to], true, true);
    const count = rule.noted ? await range.filter((e) => countsFor(rule, e)).count() : await range.count();
    const ceilings = learnCeiling(
      settings.ceilings,
      { action: r.action, at: r.at, code: r.code ?? '' },
      count,
    );
    if (ceilings === settings.ceilings) continue;
    await saveSettings(db, { ...settings, ceilings }, r.account);
    changed++;
  }
  return changed;
}
