// Options page → worker: a change of settings for one LinkedIn account (or, with no account, the
// settings shared by all and the plan for accounts not seen yet), checked field by field here and
// whole once merged (lib/schemas/settings.ts holds the one settings schema).
import * as z from 'zod/mini';
import type { FieldError, SettingsPatch } from '../domain/settings';
import { t } from '../i18n/t';
import { PROFILE_URN_PREFIX } from '../linkedin/urns';
import { parseSettingsPatch, settingsPatchSchema } from '../schemas/settings';

/** Worded when zod reports it (the browser's language). */
const accountId = { error: () => t('errors.accountId') };

const accountField = z.optional(
  z.nullable(
    z.string(accountId).check(z.startsWith(PROFILE_URN_PREFIX, accountId), z.maxLength(200, accountId)),
  ),
);

export const updateSettingsSchema = z.extend(settingsPatchSchema, { account: accountField });

/** The patch, and the account it is for (absent or null: the shared settings). */
export type UpdateSettings = SettingsPatch & { account?: string | null | undefined };

/** The patch and its account, or every field that is wrong (the options page shows them beside the fields). */
export function parseUpdateSettings(
  input: unknown,
): { ok: true; patch: SettingsPatch; account: string | null } | { ok: false; errors: FieldError[] } {
  const { account, rest } =
    typeof input === 'object' && input !== null && !Array.isArray(input) && 'account' in input
      ? (() => {
          const { account: a, ...r } = input as Record<string, unknown>;
          return { account: a, rest: r };
        })()
      : { account: undefined, rest: input };
  const checked = accountField.safeParse(account);
  if (!checked.success)
    return { ok: false, errors: [{ field: 'account', message: `account: ${t('errors.accountId')}` }] };
  const patch = parseSettingsPatch(rest);
  return patch.ok ? { ok: true, patch: patch.patch, account: checked.data ?? null } : patch;
}
