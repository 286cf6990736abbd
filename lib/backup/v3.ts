// Backup file format, version 3. FROZEN once released, like versions 1 and 2 (see versions.ts).
// What it adds: the engagement bucket's kinds (comments and reactions), the new-account ramp-up
// (per account), the pending-invitation thresholds and the engagement meter switch (shared), and
// each account's connection count as LinkedIn last showed it. Every object is strict.
import { z } from 'zod';
import { t } from '../i18n/t';
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
import { say } from './words';

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

const oneOf = (list: readonly string[]) => () => t('errors.oneOf', { list: list.join(', ') });
const whole = z.number({ error: () => t('errors.number') }).int(say(() => t('errors.wholeNumber')));
const instant = whole
  .min(
    0,
    say(() => t('errors.timeAfter1970')),
  )
  .max(
    MAX_TIME,
    say(() => t('errors.timeReadable')),
  );
const threshold = whole
  .min(
    1,
    say(() => t('errors.pendingRange')),
  )
  .max(
    30_000,
    say(() => t('errors.pendingRange')),
  );

const rampUp = z
  .strictObject({
    startedAt: instant,
    heldDays: whole.min(
      0,
      say(() => t('errors.zeroOrMore')),
    ),
    heldSince: instant.nullable(),
  })
  .nullable();

// The engagement meter ('engagement-day') joins the meters a limit can be overridden for and a
// ceiling learned on.
const v2 = settingsV2Schema.shape;
const overrides = v2.overrides.safeExtend({
  'engagement-day': whole
    .min(
      0,
      say(() => t('errors.zeroOrMore')),
    )
    .optional(),
});
const ceilings = v2.ceilings.safeExtend({ 'engagement-day': v2.ceilings.shape['invites-day'] });

export const settingsV3Schema = settingsV2Schema
  .safeExtend({
    overrides,
    ceilings,
    rampUp,
    pending: z.strictObject({ warn: threshold, red: threshold }),
    engagementMeter: z.boolean({ error: () => t('errors.trueOrFalse') }),
  })
  .superRefine((s, ctx) => {
    if (s.pending.warn > s.pending.red)
      ctx.addIssue({
        code: 'custom',
        path: ['pending', 'warn'],
        message: t('errors.aboveRed'),
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
    .strictObject({
      count: whole
        .min(
          0,
          say(() => t('errors.zeroOrMore')),
        )
        .max(1_000_000),
      at: instant,
    })
    .optional(),
});

export const backupV3Schema = z
  .strictObject({
    ...backupV2Schema.shape,
    version: z.literal(3),
    settings: settingsV3Schema,
    accountSettings: z.array(accountSettingsV3Schema, { error: () => t('errors.list') }).max(
      MAX_ACCOUNTS,
      say(() => t('errors.atMostAccounts', { max: String(MAX_ACCOUNTS) })),
    ),
    accounts: z.array(accountV3Schema, { error: () => t('errors.list') }).max(
      MAX_ACCOUNTS,
      say(() => t('errors.atMostAccounts', { max: String(MAX_ACCOUNTS) })),
    ),
    events: z.array(eventV3Schema, { error: () => t('errors.list') }).max(
      MAX_EVENTS,
      say(() => t('errors.atMostEvents', { max: String(MAX_EVENTS) })),
    ),
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
