// Backup file format, version 3. FROZEN once released, like versions 1 and 2 (see versions.ts).
// What it adds: the engagement bucket's kinds (comments and reactions), the new-account ramp-up
// (per account), the pending-invitation thresholds and the engagement meter switch (shared), and
// each account's connection count as LinkedIn last showed it. Every object is strict.
import { z } from 'zod';
import { MAX_ACCOUNTS, MAX_EVENTS, MAX_TIME } from './v1';
import {
  accountSettingsV2Schema,
  accountV2Schema,
  type BackupV2,
  backupV2Schema,
  checkUniqueIds,
  eventV2Schema,
  settingsV2Schema,
} from './v2';

const KINDS_V3 = [
  'invite',
  'invite-withdrawn',
  'message',
  'reply',
  'inmail',
  'open-profile-message',
  'inmail-response',
  'profile-view',
  'limit-reached',
  'comment',
  'reaction',
] as const;

const oneOf = (list: readonly string[]) => `must be one of ${list.join(', ')}`;
const whole = z.number({ error: 'must be a number' }).int('must be a whole number');
const instant = whole
  .min(0, 'must be a time after 1970 (milliseconds)')
  .max(MAX_TIME, 'must be a time Pacer can read (milliseconds since 1970)');
const threshold = whole.min(1, 'must be 1–30000').max(30_000, 'must be 1–30000');

const rampUp = z
  .strictObject({
    startedAt: instant,
    heldDays: whole.min(0, 'must be 0 or more'),
    heldSince: instant.nullable(),
  })
  .nullable();

// The engagement meter ('engagement-day') joins the meters a limit can be overridden for and a
// ceiling learned on.
const v2 = settingsV2Schema.shape;
const overrides = v2.overrides.safeExtend({
  'engagement-day': whole.min(0, 'must be 0 or more').optional(),
});
const ceilings = v2.ceilings.safeExtend({ 'engagement-day': v2.ceilings.shape['invites-day'] });

export const settingsV3Schema = settingsV2Schema
  .safeExtend({
    overrides,
    ceilings,
    rampUp,
    pending: z.strictObject({ warn: threshold, red: threshold }),
    engagementMeter: z.boolean({ error: 'must be true or false' }),
  })
  .superRefine((s, ctx) => {
    if (s.pending.warn > s.pending.red)
      ctx.addIssue({
        code: 'custom',
        path: ['pending', 'warn'],
        message: 'must not be above the red threshold',
      });
  });

export const accountSettingsV3Schema = z.strictObject({
  account: accountSettingsV2Schema.shape.account,
  settings: accountSettingsV2Schema.shape.settings.safeExtend({ overrides, ceilings, rampUp }),
});

export const eventV3Schema = eventV2Schema.extend({
  kind: z.enum(KINDS_V3, { error: oneOf(KINDS_V3) }),
});

export const accountV3Schema = accountV2Schema.safeExtend({
  connections: z
    .strictObject({ count: whole.min(0, 'must be 0 or more').max(1_000_000), at: instant })
    .optional(),
});

export const backupV3Schema = z
  .strictObject({
    ...backupV2Schema.shape,
    version: z.literal(3),
    settings: settingsV3Schema,
    accountSettings: z
      .array(accountSettingsV3Schema, { error: 'must be a list' })
      .max(MAX_ACCOUNTS, `must hold at most ${MAX_ACCOUNTS} accounts`),
    accounts: z
      .array(accountV3Schema, { error: 'must be a list' })
      .max(MAX_ACCOUNTS, `must hold at most ${MAX_ACCOUNTS} accounts`),
    events: z
      .array(eventV3Schema, { error: 'must be a list' })
      .max(MAX_EVENTS, `must hold at most ${MAX_EVENTS} events`),
  })
  .superRefine(checkUniqueIds);

export type BackupV3 = z.infer<typeof backupV3Schema>;
export type BackupEventV3 = z.infer<typeof eventV3Schema>;
export type BackupAccountV3 = z.infer<typeof accountV3Schema>;
export type BackupSettingsV3 = z.infer<typeof settingsV3Schema>;
export type BackupAccountSettingsV3 = z.infer<typeof accountSettingsV3Schema>;

/** Version 2 → 3: no ramp-up, the default pending thresholds, the engagement meter off. */
export function upgradeV2(v2: BackupV2): z.input<typeof backupV3Schema> {
  return {
    ...v2,
    version: 3,
    settings: { ...v2.settings, rampUp: null, pending: { warn: 300, red: 500 }, engagementMeter: false },
    accountSettings: v2.accountSettings.map((a) => ({ ...a, settings: { ...a.settings, rampUp: null } })),
  };
}
