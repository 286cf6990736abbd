// Backups: everything Pacer stores (settings, accounts, events) as one versioned JSON file. Pure
// but for its words, which are the browser's language (`t`). An import is validated whole before
// anything is written: one bad record makes the whole file invalid, with a message a person can act on.
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import type { AccountRecord, AccountSettingsRecord, InvitationRecord, RemovedRecord } from '../db/schema';
import type { ActivityEvent } from '../domain/activity';
import type { PlanId } from '../domain/limits';
import { assertTimeZone } from '../domain/local-time';
import type { Settings } from '../domain/settings';
import { t } from '../i18n/t';
import { parseSettings } from '../schemas/settings';
import { formatCount } from '../ui/format';
import { FORMAT } from './v1';
import { invitationV2Schema } from './v2';
import { accountSettingsV3Schema, accountV3Schema, eventV3Schema } from './v3';
import { BACKUP_VERSIONS, type Backup, CURRENT_VERSION, runChain, type VersionStep } from './versions';

export { type Backup, CURRENT_VERSION, FORMAT };

/** The largest file Pacer reads (bytes; a year of heavy use is a few MB). */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

export interface BackupCounts {
  events: number;
  accounts: number;
}

export type BackupResult = { ok: true; data: Backup } | { ok: false; error: string };
export type ExportReply = { ok: true; json: string; counts: BackupCounts } | { ok: false; error: string };
export type ImportReply =
  | { ok: true; counts: BackupCounts; exportedAt: string; plan: PlanId }
  | { ok: false; error: string };

export interface BackupContents {
  /** The shared settings (and the plan for accounts not seen yet). */
  settings: Settings;
  accountSettings: readonly AccountSettingsRecord[];
  accounts: readonly AccountRecord[];
  events: readonly ActivityEvent[];
  removed: readonly RemovedRecord[];
  invitations: readonly InvitationRecord[];
}

/** The backup of `contents`, as of `now`: only the fields the format knows, nothing else. */
export function buildBackup(contents: BackupContents, now: Date): Backup {
  return {
    format: FORMAT,
    version: CURRENT_VERSION,
    exportedAt: now.toISOString(),
    settings: contents.settings,
    accountSettings: contents.accountSettings.map((a) => ({
      account: a.account,
      settings: pick(a.value, ACCOUNT_SETTINGS_FIELDS),
    })),
    accounts: contents.accounts.map((a) => pick(a, ACCOUNT_FIELDS)),
    events: contents.events.map((e) => pick(e, EVENT_FIELDS)),
    removed: contents.removed.map((r) => ({ key: r.key, account: r.account, removedAt: r.removedAt })),
    invitations: contents.invitations.map((i) => pick(i, INVITATION_FIELDS)),
  };
}

const ACCOUNT_FIELDS = Object.keys(accountV3Schema.shape) as (keyof AccountRecord)[];
const EVENT_FIELDS = Object.keys(eventV3Schema.shape) as (keyof ActivityEvent)[];
const INVITATION_FIELDS = Object.keys(invitationV2Schema.shape) as (keyof InvitationRecord)[];
const ACCOUNT_SETTINGS_FIELDS = Object.keys(
  accountSettingsV3Schema.shape.settings.shape,
) as (keyof AccountSettingsRecord['value'])[];

function pick<T extends object>(o: T, fields: readonly (keyof T)[]): T {
  const out: Partial<T> = {};
  for (const f of fields) if (o[f] !== undefined) out[f] = o[f];
  return out as T;
}

/** The file's text: two-space JSON, as Biome formats it, so a committed fixture stays byte-exact. */
export function serializeBackup(b: Backup): string {
  return `${JSON.stringify(b, null, 2)}\n`;
}

/** `pacer-backup-2026-11-27.json`, the date as it is in `timeZone`. */
export function backupFileName(now: Date, timeZone: string): string {
  assertTimeZone(timeZone);
  return `pacer-backup-${format(now, 'yyyy-MM-dd', { in: tz(timeZone) })}.json`;
}

export function backupCounts(b: Pick<Backup, 'events' | 'accounts'>): BackupCounts {
  return { events: b.events.length, accounts: b.accounts.length };
}

/** A backup file's text → its data at the current version, or why not (nothing is half-read). */
export function parseBackup(text: string): BackupResult {
  if (typeof text !== 'string') return fail(t('errors.backupNotText'));
  if (text.length > MAX_BACKUP_BYTES)
    return fail(t('errors.backupTooLarge', { mb: formatCount(MAX_BACKUP_BYTES / 1024 / 1024) }));
  if (text.trim() === '') return fail(t('errors.backupEmpty'));
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail(t('errors.backupNotJson'));
  }
  return migrateBackup(raw);
}

/**
 * Parsed JSON → the current version: validated against the version the file says it is, then
 * upgraded step by step (see versions.ts), then its settings checked as the store will read them.
 */
export function migrateBackup(raw: unknown): BackupResult {
  const r = migrateWith(BACKUP_VERSIONS, raw);
  if (!r.ok) return r;
  const data = r.data as Backup;
  // The store falls back to defaults on settings it cannot read: that would lose them quietly.
  const settings = parseSettings(data.settings);
  if (!settings.ok)
    return fail(t('errors.inSettings', { problem: settings.errors[0]?.message ?? t('errors.notValid') }));
  return { ok: true, data };
}

/**
 * The accounts list plus any account an event names but the list lacks, derived from its events (as
 * the version 2 store upgrade does), so every imported event shows in the popup. Applied before a
 * backup is handed to the worker, which writes the list as it is.
 */
export function withEventAccounts(
  list: readonly AccountRecord[],
  events: readonly ActivityEvent[],
): AccountRecord[] {
  const known = new Set(list.map((a) => a.account));
  const derived = new Map<string, AccountRecord>();
  for (const e of events) {
    if (known.has(e.account)) continue;
    const a = derived.get(e.account);
    if (!a) derived.set(e.account, { account: e.account, firstSeenAt: e.at, lastSeenAt: e.at });
    else {
      a.firstSeenAt = Math.min(a.firstSeenAt, e.at);
      a.lastSeenAt = Math.max(a.lastSeenAt, e.at);
    }
  }
  return [...list.map((a) => ({ ...a })), ...derived.values()];
}

/** Runs `raw` through any chain of versions (tests pass their own), with the messages of parseBackup. */
export function migrateWith(
  chain: readonly VersionStep[],
  raw: unknown,
): { ok: true; data: unknown } | { ok: false; error: string } {
  if (!isRecord(raw) || raw.format !== FORMAT) return fail(t('errors.backupNotPacer'));
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version)) return fail(t('errors.backupNoVersion'));
  const latest = chain[chain.length - 1]?.version ?? 0;
  const r = runChain(chain, { ...raw, version });
  if (r.ok) return { ok: true, data: r.data };
  if ('unknown' in r)
    return fail(
      r.unknown === 'newer'
        ? t('errors.backupNewer', { version: String(version), latest: String(latest) })
        : t('errors.backupUnknownVersion', { version: String(version) }),
    );
  if (r.version === r.from) return fail(describeIssues(r.issues, raw));
  return fail(
    t('errors.backupNotUpgraded', {
      from: String(r.from),
      to: String(r.version),
      problem: describeIssues(r.issues, undefined),
    }),
  );
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

type Issue = { code: string; path: PropertyKey[]; message: string; keys?: string[] };

/** The first problem, in words, and how many more there are. */
function describeIssues(issues: readonly Issue[], raw: unknown): string {
  const first = issues[0];
  if (!first) return t('errors.notValid');
  const more = issues.length - 1;
  const problem = describeIssue(first, raw);
  return more > 0 ? t('errors.andMore', more, { problem, count: formatCount(more) }) : problem;
}

/** "Event 1234: at must be a whole number", "Settings: zones.warn must be between 1 and 100". */
export function describeIssue(issue: Issue, raw: unknown): string {
  const [head, index] = issue.path;
  let where: (problem: string) => string = (problem) => t('errors.inBackup', { problem });
  let rest = issue.path;
  if ((head === 'events' || head === 'accounts') && typeof index === 'number') {
    const n = String(index + 1);
    where = (problem) => t(head === 'events' ? 'errors.inEvent' : 'errors.inAccount', { n, problem });
    rest = issue.path.slice(2);
  } else if (head === 'settings' && !(issue.path.length === 1 && issue.code === 'invalid_type')) {
    where = (problem) => t('errors.inSettings', { problem });
    rest = issue.path.slice(1);
  }
  const field = rest.map(String).join('.');
  let what: string;
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys ?? [];
    const fields = keys.map((k) => `"${k}"`).join(', ');
    what = field
      ? t('errors.fieldUnexpected', keys.length, { field, fields })
      : t('errors.unexpectedFields', keys.length, { fields });
  } else if (issue.code === 'invalid_type' && raw !== undefined && valueAt(raw, issue.path) === undefined) {
    what = field ? t('errors.fieldMissing', { field }) : t('errors.missing');
  } else if (issue.code === 'invalid_type' && !field) {
    what = t('errors.mustBeObject');
  } else {
    what = field ? t('errors.fieldProblem', { field, problem: issue.message }) : issue.message;
  }
  return where(what);
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v = raw;
  for (const p of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}
