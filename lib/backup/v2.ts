// Backup file format, version 2. FROZEN once released, like version 1 (see versions.ts). What it
// adds: settings per LinkedIn account (plan, overrides, InMail, learned ceilings), where each
// counted action came from, the actions the user removed, and invitations as LinkedIn's own lists
// showed them. Every object is strict: no text can ride along.
import { z } from 'zod';
import { t } from '../i18n/t';
import {
  ACCOUNT,
  accountV1Schema,
  type BackupV1,
  CODE,
  eventV1Schema,
  FORMAT,
  firstDuplicate,
  MAX_ACCOUNTS,
  MAX_EVENTS,
  MAX_TIME,
  NO_SPACE,
  settingsV1Schema,
} from './v1';
import { say } from './words';

const METER_IDS_V2 = [
  'invites-week',
  'invites-day',
  'invite-notes-month',
  'messages-day',
  'messages-week',
  'inmails-balance',
  'inmails-day',
  'open-profile-month',
  'profile-views-day',
] as const;
const SOURCES_V2 = ['observed', 'linkedin', 'manual', 'imported'] as const;
const INVITATION_STATUSES_V2 = ['pending', 'accepted', 'withdrawn'] as const;

const oneOf = (list: readonly string[]) => () => t('errors.oneOf', { list: list.join(', ') });
const flag = z.boolean({ error: () => t('errors.trueOrFalse') });
const whole = z.number({ error: () => t('errors.number') }).int(say(() => t('errors.wholeNumber')));
const count = whole.min(
  0,
  say(() => t('errors.zeroOrMore')),
);
const instant = whole
  .min(
    0,
    say(() => t('errors.timeAfter1970')),
  )
  .max(
    MAX_TIME,
    say(() => t('errors.timeReadable')),
  );
const id = (max: number) =>
  z
    .string({ error: () => t('errors.string') })
    .min(
      1,
      say(() => t('errors.notEmpty')),
    )
    .max(
      max,
      say(() => t('errors.atMostChars', { max: String(max) })),
    )
    .regex(
      NO_SPACE,
      say(() => t('errors.idNoSpaces')),
    );
const account = z.string({ error: () => t('errors.string') }).regex(
  ACCOUNT,
  say(() => t('errors.profileId')),
);

const ceilingV2Schema = z.strictObject({
  count,
  at: instant,
  code: z.string({ error: () => t('errors.string') }).regex(
    CODE,
    say(() => t('errors.linkedinCode')),
  ),
});
const ceilingsShape = Object.fromEntries(METER_IDS_V2.map((m) => [m, ceilingV2Schema.optional()])) as Record<
  (typeof METER_IDS_V2)[number],
  z.ZodOptional<typeof ceilingV2Schema>
>;

const accountOwn = {
  planConfirmed: flag,
  ceilings: z.strictObject(ceilingsShape),
};

/** The shared settings, and the plan for accounts not seen yet. */
export const settingsV2Schema = settingsV1Schema.safeExtend(accountOwn);

/** One account's own settings: the account-specific fields of the settings above. */
export const accountSettingsV2Schema = z.strictObject({
  account,
  settings: z.strictObject({
    plan: settingsV1Schema.shape.plan,
    planChosenAt: instant,
    planConfirmed: flag,
    overrides: settingsV1Schema.shape.overrides,
    inmail: settingsV1Schema.shape.inmail,
    ceilings: accountOwn.ceilings,
  }),
});

export const eventV2Schema = eventV1Schema.safeExtend({
  source: z.enum(SOURCES_V2, { error: oneOf(SOURCES_V2) }).optional(),
  unconfirmed: z.literal(true, { error: () => t('errors.trueWhenPresent') }).optional(),
});

export const accountV2Schema = accountV1Schema.safeExtend({
  // The member's own name as LinkedIn shows it: letters and spaces, never a message.
  name: z
    .string({ error: () => t('errors.string') })
    .min(1)
    .max(
      200,
      say(() => t('errors.atMostChars', { max: '200' })),
    )
    .optional(),
  salesNavigatorSeenAt: instant.optional(),
  recruiterSeenAt: instant.optional(),
});

export const removedV2Schema = z.strictObject({ key: id(512), account, removedAt: instant });

export const invitationV2Schema = z.strictObject({
  key: id(512),
  account,
  invitee: id(512).optional(),
  // Written from version 3 on (an optional field: version 2 files simply lack it)
  inviteeSlug: id(512).optional(),
  sentAt: instant,
  sentAtExact: flag,
  status: z.enum(INVITATION_STATUSES_V2, { error: oneOf(INVITATION_STATUSES_V2) }),
  seenAt: instant,
  withNote: flag.optional(),
});

/** What the uniqueness check reads of a version 2 file (and of later versions, which keep these lists). */
interface IdLists {
  events: readonly { key: string }[];
  accounts: readonly { account: string }[];
  accountSettings: readonly { account: string }[];
  removed: readonly { key: string }[];
  invitations: readonly { key: string }[];
}

/**
 * Every id once: one key is one observed send (a key twice would count it twice), and one account,
 * one account's settings, one removed key and one invitation each appear once. Shared by later
 * versions, which keep these lists.
 */
/** "appears twice (also event 3)", per kind of record. */
type Twice = 'errors.twiceEvent' | 'errors.twiceAccount' | 'errors.twiceEntry' | 'errors.twiceInvitation';

export function checkUniqueIds(b: IdLists, ctx: z.RefinementCtx): void {
  const unique = <T>(list: readonly T[], field: keyof IdLists, idOf: (t: T) => string, twice: Twice) =>
    firstDuplicate(list, idOf, (i, j) =>
      ctx.addIssue({
        code: 'custom',
        path: [field, i, field === 'accountSettings' || field === 'accounts' ? 'account' : 'key'],
        message: t(twice, { n: String(j + 1) }),
      }),
    );
  unique(b.events, 'events', (e) => e.key, 'errors.twiceEvent');
  unique(b.accounts, 'accounts', (a) => a.account, 'errors.twiceAccount');
  unique(b.accountSettings, 'accountSettings', (a) => a.account, 'errors.twiceEntry');
  unique(b.removed, 'removed', (r) => r.key, 'errors.twiceEntry');
  unique(b.invitations, 'invitations', (r) => r.key, 'errors.twiceInvitation');
}

export const backupV2Schema = z
  .strictObject({
    format: z.literal(FORMAT),
    version: z.literal(2),
    exportedAt: z.iso.datetime({ offset: true, error: () => t('errors.isoDateTime') }),
    settings: settingsV2Schema,
    accountSettings: z.array(accountSettingsV2Schema, { error: () => t('errors.list') }).max(
      MAX_ACCOUNTS,
      say(() => t('errors.atMostAccounts', { max: String(MAX_ACCOUNTS) })),
    ),
    accounts: z.array(accountV2Schema, { error: () => t('errors.list') }).max(
      MAX_ACCOUNTS,
      say(() => t('errors.atMostAccounts', { max: String(MAX_ACCOUNTS) })),
    ),
    events: z.array(eventV2Schema, { error: () => t('errors.list') }).max(
      MAX_EVENTS,
      say(() => t('errors.atMostEvents', { max: String(MAX_EVENTS) })),
    ),
    removed: z.array(removedV2Schema, { error: () => t('errors.list') }).max(MAX_EVENTS),
    invitations: z.array(invitationV2Schema, { error: () => t('errors.list') }).max(MAX_EVENTS),
  })
  .superRefine(checkUniqueIds);

export type BackupV2 = z.infer<typeof backupV2Schema>;
export type BackupEventV2 = z.infer<typeof eventV2Schema>;
export type BackupAccountV2 = z.infer<typeof accountV2Schema>;
export type BackupSettingsV2 = z.infer<typeof settingsV2Schema>;
export type BackupAccountSettingsV2 = z.infer<typeof accountSettingsV2Schema>;
export type BackupInvitationV2 = z.infer<typeof invitationV2Schema>;
export type BackupRemovedV2 = z.infer<typeof removedV2Schema>;

/**
 * Version 1 → 2: the one plan applied to every account the file holds (its list and its events'),
 * and every event came from a file (`imported`).
 */
export function upgradeV1(v1: BackupV1): z.input<typeof backupV2Schema> {
  const settings = { ...v1.settings, planConfirmed: true, ceilings: {} };
  const { plan, planChosenAt, planConfirmed, overrides, inmail, ceilings } = settings;
  const accounts = new Set([...v1.accounts.map((a) => a.account), ...v1.events.map((e) => e.account)]);
  return {
    format: v1.format,
    version: 2,
    exportedAt: v1.exportedAt,
    settings,
    accountSettings: [...accounts]
      .filter((a) => !a.endsWith(':unknown'))
      .map((a) => ({
        account: a,
        settings: { plan, planChosenAt, planConfirmed, overrides, inmail, ceilings },
      })),
    accounts: v1.accounts,
    events: v1.events.map((e) => ({ ...e, source: 'imported' as const })),
    removed: [],
    invitations: [],
  };
}
