// The chain of backup versions. A file is validated against the schema of the version it says it
// is, then upgraded one step at a time, each step's result validated against that version's schema,
// up to the current version. Adding version 2 is one entry:
//
//   step(2, backupV2Schema, (v1: BackupV1): z.input<typeof backupV2Schema> => ({ ...v1, version: 2, … })),
//
// then pointing CURRENT_VERSION, `Backup` and `backupSchema` below at it, and committing a real export
// as tests/fixtures/backup/v2-export.json (tests import every version's fixture). Old schemas, steps
// and fixtures are never edited.
import type { z } from 'zod';
import { backupV1Schema } from './v1';
import { backupV2Schema, upgradeV1 } from './v2';
import { type BackupV3, backupV3Schema, upgradeV2 } from './v3';

export interface VersionStep {
  version: number;
  schema: z.ZodType;
  /** From the previous version's validated data to this version's input; absent on the first. */
  upgrade?: (previous: unknown) => unknown;
}

/** One link of the chain, typed at the edges so an upgrade's input and output are checked. */
export function step<Prev, S extends z.ZodType>(
  version: number,
  schema: S,
  upgrade?: (previous: Prev) => z.input<S>,
): VersionStep {
  return { version, schema, upgrade: upgrade as ((previous: unknown) => unknown) | undefined };
}

export const BACKUP_VERSIONS: readonly VersionStep[] = [
  step(1, backupV1Schema),
  step(2, backupV2Schema, upgradeV1),
  step(3, backupV3Schema, upgradeV2),
];

/** The version this Pacer writes. */
export const CURRENT_VERSION = 3;
export type Backup = BackupV3;
export const backupSchema = backupV3Schema;

export type ChainResult =
  | { ok: true; data: unknown; from: number }
  /** `version`: the schema that refused (later than `from` when an upgrade step went wrong). */
  | { ok: false; version: number; from: number; issues: z.core.$ZodIssue[] }
  | { ok: false; version: number; unknown: 'newer' | 'unknown' };

/**
 * Validates `raw` (already known to be a Pacer backup object with a numeric `version`) against its
 * own version, then upgrades it step by step to the last version of `chain`.
 */
export function runChain(chain: readonly VersionStep[], raw: { version: number }): ChainResult {
  const last = chain[chain.length - 1];
  const start = chain.findIndex((s) => s.version === raw.version);
  if (start < 0) {
    const newer = last !== undefined && raw.version > last.version;
    return { ok: false, version: raw.version, unknown: newer ? 'newer' : 'unknown' };
  }
  let data: unknown = raw;
  for (let i = start; i < chain.length; i++) {
    const s = chain[i] as VersionStep;
    if (i > start) {
      if (!s.upgrade) throw new Error(`backup version ${s.version} has no upgrade step`);
      data = s.upgrade(data);
    }
    const r = s.schema.safeParse(data);
    if (!r.success) return { ok: false, version: s.version, from: raw.version, issues: r.error.issues };
    data = r.data;
  }
  return { ok: true, data, from: raw.version };
}
