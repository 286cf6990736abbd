// Options page → worker: a change of settings, checked field by field here and whole once
// merged (lib/domain/settings.ts holds the one settings schema).
import type { SettingsPatch } from '../domain/settings';
import { parseSettingsPatch, settingsPatchSchema } from '../schemas/settings';

export const updateSettingsSchema = settingsPatchSchema;

export type UpdateSettings = SettingsPatch;

/** The patch, or every field that is wrong (the options page shows them beside the fields). */
export const parseUpdateSettings = parseSettingsPatch;
