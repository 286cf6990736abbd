// Options page → worker: a backup the page read and validated in full (lib/backup, with the
// frozen format's own schema); the worker replaces everything with it. The sender is Pacer's own
// page, so this checks what the store needs (types, kinds, settings it can read back), not the
// file format again: that schema is full zod, kept out of the worker's bundle.
import * as z from 'zod/mini';
import { INVITATION_STATUSES } from '../db/schema';
import { ACTIVITY_KINDS, EVENT_SOURCES, LIMIT_ACTIONS } from '../domain/activity';
import { t } from '../i18n/t';
import { accountSettingsSchema, settingsSchema } from '../schemas/settings';
import { describeIssue } from './parse';

// zod/mini carries no wording of its own: each check says what it wants.
const missingOr = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'is missing' : what;
const text = z.string({ error: missingOr('must be text') });
const time = z.number({ error: missingOr('must be a number') }).check(z.int('must be a whole number'));
const flag = z.boolean({ error: missingOr('must be true or false') });
const oneOf = <T extends readonly [string, ...string[]]>(list: T) =>
  z.enum(list, { error: missingOr(`must be one of ${list.join(', ')}`) });
const record = <S extends z.core.$ZodLooseShape>(shape: S) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}`
        : missingOr('must be an object')(issue),
  });
const list = <T extends z.ZodMiniType>(item: T) => z.array(item, { error: missingOr('must be a list') });

const accountSchema = record({
  account: text,
  firstSeenAt: time,
  lastSeenAt: time,
  premium: z.optional(flag),
  slug: z.optional(text),
  name: z.optional(text),
  salesNavigatorSeenAt: z.optional(time),
  recruiterSeenAt: z.optional(time),
  connections: z.optional(record({ count: time, at: time })),
});

const eventSchema = record({
  key: text,
  account: text,
  kind: oneOf(ACTIVITY_KINDS),
  at: time,
  withNote: z.optional(flag),
  noteLength: z.optional(time),
  target: z.optional(text),
  conversation: z.optional(text),
  action: z.optional(oneOf(LIMIT_ACTIONS)),
  code: z.optional(text),
  source: z.optional(oneOf(EVENT_SOURCES)),
  unconfirmed: z.optional(z.literal(true)),
});

const invitationSchema = record({
  key: text,
  account: text,
  invitee: z.optional(text),
  inviteeSlug: z.optional(text),
  sentAt: time,
  sentAtExact: flag,
  status: oneOf(INVITATION_STATUSES),
  seenAt: time,
  withNote: z.optional(flag),
});

/** The parsed file: its format and version fields ride along and are dropped (nothing stores them). */
export const importDataSchema = z.object(
  {
    exportedAt: text,
    settings: settingsSchema,
    accountSettings: list(record({ account: text, value: accountSettingsSchema })),
    accounts: list(accountSchema),
    events: list(eventSchema),
    removed: list(record({ key: text, account: text, removedAt: time })),
    invitations: list(invitationSchema),
  },
  { error: missingOr('must be an object') },
);

export type ValidatedBackup = z.infer<typeof importDataSchema>;

/** The backup, or why the worker will not store it (the options page shows it as it is). */
export function parseImportData(
  data: unknown,
): { ok: true; data: ValidatedBackup } | { ok: false; error: string } {
  const r = importDataSchema.safeParse(data);
  if (r.success) return { ok: true, data: r.data };
  const issue = r.error.issues[0];
  if (!issue) return { ok: false, error: t('errors.backupNotValid', { problem: t('errors.notValid') }) };
  const [head, ...rest] = issue.path;
  return head === 'settings' && rest.length > 0
    ? { ok: false, error: t('errors.inSettings', { problem: describeIssue({ ...issue, path: rest }) }) }
    : {
        ok: false,
        error: t('errors.backupNotValid', { problem: describeIssue(issue, t('errors.theData')) }),
      };
}
