import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CURRENT_VERSION, migrateWith, parseBackup } from '../../../lib/backup/backup';
import { type BackupV1, backupV1Schema } from '../../../lib/backup/v1';
import { BACKUP_VERSIONS, backupSchema, runChain, step } from '../../../lib/backup/versions';

const fixture = (version: number) =>
  readFileSync(new URL(`../../fixtures/backup/v${version}-export.json`, import.meta.url), 'utf8');

describe('the real chain of versions', () => {
  it('runs from version 1 to the current one, every later version with an upgrade step', () => {
    expect(BACKUP_VERSIONS.map((s) => s.version)).toEqual(
      Array.from({ length: CURRENT_VERSION }, (_, i) => i + 1),
    );
    expect(BACKUP_VERSIONS.map((s) => s.upgrade === undefined)).toEqual(
      BACKUP_VERSIONS.map((_, i) => i === 0),
    );
    expect(BACKUP_VERSIONS.at(-1)?.schema).toBe(backupSchema);
  });

  it('still imports a real export of every version (old data: tests/fixtures/backup/v<N>-export.json)', () => {
    for (const { version } of BACKUP_VERSIONS) {
      const r = parseBackup(fixture(version));
      expect(r.ok ? 'ok' : r.error, `version ${version}`).toBe('ok');
      if (r.ok) expect(r.data.version).toBe(CURRENT_VERSION);
    }
  });
});

describe('version 1 → 2', () => {
  it("applies a version 1 file's one plan to every account it holds, and marks its events imported", () => {
    const v1 = JSON.parse(fixture(1));
    const r = parseBackup(fixture(1));
    if (!r.ok) throw new Error(r.error);
    const named = new Set<string>([
      ...v1.accounts.map((a: { account: string }) => a.account),
      ...v1.events.map((e: { account: string }) => e.account),
    ]);
    expect(r.data.accountSettings.map((a) => a.account).sort()).toEqual([...named].sort());
    for (const a of r.data.accountSettings) {
      expect(a.settings.plan).toBe(v1.settings.plan);
      expect(a.settings.overrides).toEqual(v1.settings.overrides);
      expect(a.settings.planConfirmed).toBe(true);
    }
    expect(new Set(r.data.events.map((e) => e.source))).toEqual(new Set(['imported']));
    expect(r.data.removed).toEqual([]);
  });
});

describe('version 2 → 3', () => {
  it('keeps everything a version 2 file holds and adds the new settings at their defaults', () => {
    const v2 = JSON.parse(fixture(2));
    const r = parseBackup(fixture(2));
    if (!r.ok) throw new Error(r.error);
    expect(r.data.version).toBe(3);
    expect(r.data.events).toEqual(v2.events);
    expect(r.data.settings).toMatchObject({
      ...v2.settings,
      rampUp: null,
      pending: { warn: 300, red: 500 },
      engagementMeter: false,
    });
    expect(r.data.accountSettings.map((a) => a.settings.rampUp)).toEqual(v2.accountSettings.map(() => null));
  });
});

// A made-up future, to prove the chain: version 2 renames events' `at` to `time`, version 3 adds a
// settings flag. Each step sees the previous version's validated data.
const v2Schema = z.strictObject({
  format: z.literal('pacer-backup'),
  version: z.literal(2),
  exportedAt: z.string(),
  settings: z.record(z.string(), z.unknown()),
  accounts: z.array(z.unknown()),
  events: z.array(z.strictObject({ key: z.string(), time: z.number().int() }).passthrough()),
});
const v3Schema = v2Schema.extend({
  version: z.literal(3),
  settings: z.looseObject({ compact: z.boolean() }),
});
type V2 = z.infer<typeof v2Schema>;
const calls: string[] = [];
const toV2 = (v1: BackupV1): z.input<typeof v2Schema> => {
  calls.push('toV2');
  return {
    ...v1,
    version: 2,
    events: v1.events.map(({ at, ...rest }) => ({ ...rest, time: at })),
  };
};
const toV3 = (v2: V2): z.input<typeof v3Schema> => {
  calls.push('toV3');
  return { ...v2, version: 3, settings: { ...v2.settings, compact: false } };
};
const CHAIN = [step(1, backupV1Schema), step(2, v2Schema, toV2), step(3, v3Schema, toV3)];

const v1File = () => JSON.parse(fixture(1));

describe('a chain of versions', () => {
  it('upgrades a version 1 file through every step, in order', () => {
    calls.length = 0;
    const r = migrateWith(CHAIN, v1File());
    expect(calls).toEqual(['toV2', 'toV3']);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const data = r.data as z.infer<typeof v3Schema>;
    expect(data.version).toBe(3);
    expect(data.settings.compact).toBe(false);
    const first = v1File().events[0];
    expect(data.events[0]).toMatchObject({ key: first.key, time: first.at });
    expect(data.events[0]).not.toHaveProperty('at');
  });

  it('starts a version 2 file at its own step', () => {
    calls.length = 0;
    const v2 = { ...toV2(backupV1Schema.parse(v1File())) };
    calls.length = 0;
    const r = migrateWith(CHAIN, v2);
    expect(calls).toEqual(['toV3']);
    expect(r.ok).toBe(true);
  });

  it('validates a file against its own version first', () => {
    const file = v1File();
    file.events[0].at = 'soon';
    calls.length = 0;
    expect(migrateWith(CHAIN, file)).toEqual({ ok: false, error: 'Event 1: at must be a number' });
    expect(calls).toEqual([]);
    // A version 2 file must look like version 2: `at` is not one of its fields.
    const v2 = { ...v1File(), version: 2 };
    const r = migrateWith(CHAIN, v2);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^Event 1: /);
  });

  it('reports an upgrade step that went wrong, naming both versions', () => {
    const broken = [
      step(1, backupV1Schema),
      step(2, v2Schema, (v1: BackupV1) => ({ ...v1, version: 2 }) as never),
    ];
    const r = migrateWith(broken, v1File());
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error).toMatch(/^This version 1 backup could not be upgraded to version 2: Event 1: /);
  });

  it('knows newer and never-written versions apart', () => {
    expect(migrateWith(CHAIN, { ...v1File(), version: 4 })).toEqual({
      ok: false,
      error:
        'Backup version 4 is newer than this Pacer (it reads versions up to 3): update Pacer, then import again',
    });
    expect(runChain(CHAIN, { version: -1 })).toEqual({ ok: false, version: -1, unknown: 'unknown' });
  });
});
