// Backup file format, version 1. FROZEN once released: a file written by this version must import
// forever, so nothing here follows later changes to the domain (plans, kinds, settings). When what
// Pacer stores changes, add version 2 beside this file (see versions.ts) and leave this one alone.
// Tests check that the *current* version's types equal what the store holds.
//
// Every record is validated field by field, and every object is strict: an unknown field (message
// text, a note, a subject) makes the whole file invalid, so text can never ride along.
import { z } from 'zod';
import { isValidTimeZone } from '../domain/local-time';
import { t } from '../i18n/t';
import { say } from './words';

export const FORMAT = 'pacer-backup';

/** At most this many events and accounts in one file (far above a year of heavy use). */
export const MAX_EVENTS = 1_000_000;
export const MAX_ACCOUNTS = 10_000;
/** The largest instant a JavaScript Date can hold. */
export const MAX_TIME = 8_640_000_000_000_000;

const PLANS_V1 = [
  'free',
  'premium-career',
  'premium-business',
  'sales-navigator-core',
  'sales-navigator-advanced',
  'recruiter-lite',
  'recruiter',
] as const;
const METER_IDS_V1 = [
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
const KINDS_V1 = [
  'invite',
  'invite-withdrawn',
  'message',
  'reply',
  'inmail',
  'open-profile-message',
  'inmail-response',
  'profile-view',
  'limit-reached',
] as const;
const REFUSAL_ACTIONS_V1 = ['invite', 'invite-note', 'message', 'inmail'] as const;
const WEEKLY_MODES_V1 = ['calendar-week', 'rolling-7d'] as const;

/** `urn:li:fsd_profile:<id>`, the id as LinkedIn writes it. */
export const ACCOUNT = /^urn:li:fsd_profile:[A-Za-z0-9_-]{1,120}$/;
/** Ids, keys and slugs hold no whitespace or control characters: they are never text. */
export const NO_SPACE = /^[^\s\p{Cc}]*$/u;
/** LinkedIn's own refusal codes (`CANT_INVITE_CONNECTION_LIMIT_REACHED`, `HTTP_429`). */
export const CODE = /^[A-Za-z0-9_.:-]{1,100}$/;

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
const percent = z
  .number({ error: () => t('errors.number') })
  .min(
    1,
    say(() => t('errors.between1And100')),
  )
  .max(
    100,
    say(() => t('errors.between1And100')),
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

export const eventV1Schema = z.strictObject({
  key: id(512),
  account,
  kind: z.enum(KINDS_V1, { error: oneOf(KINDS_V1) }),
  at: instant,
  withNote: flag.optional(),
  noteLength: count
    .max(
      100_000,
      say(() => t('errors.atMost', { max: '100000' })),
    )
    .optional(),
  target: id(512).optional(),
  conversation: id(512).optional(),
  action: z.enum(REFUSAL_ACTIONS_V1, { error: oneOf(REFUSAL_ACTIONS_V1) }).optional(),
  code: z
    .string({ error: () => t('errors.string') })
    .regex(
      CODE,
      say(() => t('errors.linkedinCode')),
    )
    .optional(),
});

export const accountV1Schema = z.strictObject({
  account,
  firstSeenAt: instant,
  lastSeenAt: instant,
  premium: flag.optional(),
  slug: id(150).optional(),
});

const overridesShape = Object.fromEntries(METER_IDS_V1.map((m) => [m, count.optional()])) as Record<
  (typeof METER_IDS_V1)[number],
  z.ZodOptional<typeof count>
>;

export const settingsV1Schema = z
  .strictObject({
    plan: z.enum(PLANS_V1, { error: oneOf(PLANS_V1) }),
    planChosenAt: instant,
    weeklyMode: z.enum(WEEKLY_MODES_V1, { error: oneOf(WEEKLY_MODES_V1) }),
    overrides: z.strictObject(overridesShape),
    zones: z.strictObject({ warn: percent, red: percent }),
    inmail: z.strictObject({
      refillDay: whole
        .min(
          1,
          say(() => t('errors.refillRange')),
        )
        .max(
          31,
          say(() => t('errors.refillRange')),
        ),
      expires: flag.nullable(),
      calibration: z.strictObject({ balance: count, at: instant }).nullable(),
    }),
    timeZone: z
      .string({ error: () => t('errors.stringOrNull') })
      .max(
        100,
        say(() => t('errors.atMostChars', { max: '100' })),
      )
      .refine((tz) => isValidTimeZone(tz), {
        error: (issue) => t('errors.unknownZone', { zone: String(issue.input) }),
      })
      .nullable(),
    confirmRedSend: flag,
  })
  .superRefine((s, ctx) => {
    if (s.zones.warn > s.zones.red)
      ctx.addIssue({
        code: 'custom',
        path: ['zones', 'warn'],
        message: t('errors.aboveRed'),
      });
  });

export const backupV1Schema = z
  .strictObject({
    format: z.literal(FORMAT),
    version: z.literal(1),
    exportedAt: z.iso.datetime({ offset: true, error: () => t('errors.isoDateTime') }),
    settings: settingsV1Schema,
    accounts: z.array(accountV1Schema, { error: () => t('errors.list') }).max(
      MAX_ACCOUNTS,
      say(() => t('errors.atMostAccounts', { max: String(MAX_ACCOUNTS) })),
    ),
    events: z.array(eventV1Schema, { error: () => t('errors.list') }).max(
      MAX_EVENTS,
      say(() => t('errors.atMostEvents', { max: String(MAX_EVENTS) })),
    ),
  })
  .superRefine((b, ctx) => {
    // One key is one observed send: a key twice would count it twice.
    firstDuplicate(
      b.events,
      (e) => e.key,
      (i, j) =>
        ctx.addIssue({
          code: 'custom',
          path: ['events', i, 'key'],
          message: t('errors.twiceEvent', { n: String(j + 1) }),
        }),
    );
    firstDuplicate(
      b.accounts,
      (a) => a.account,
      (i, j) =>
        ctx.addIssue({
          code: 'custom',
          path: ['accounts', i, 'account'],
          message: t('errors.twiceAccount', { n: String(j + 1) }),
        }),
    );
  });

export type BackupV1 = z.infer<typeof backupV1Schema>;
export type BackupEventV1 = z.infer<typeof eventV1Schema>;
export type BackupAccountV1 = z.infer<typeof accountV1Schema>;
export type BackupSettingsV1 = z.infer<typeof settingsV1Schema>;

/** Reports the first repeated id (index of the repeat, index of the first). */
export function firstDuplicate<T>(
  list: readonly T[],
  idOf: (t: T) => string,
  report: (i: number, j: number) => void,
) {
  const seen = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    const item = list[i] as T;
    const k = idOf(item);
    const j = seen.get(k);
    if (j !== undefined) return report(i, j);
    seen.set(k, i);
  }
}
