// Options page → worker: a change of settings, checked field by field here and whole once
// merged (lib/domain/settings.ts holds the one settings schema).
import { parseSettingsPatch, type SettingsPatch, settingsPatchSchema } from '../domain/settings';

export const updateSettingsSchema = settingsPatchSchema;

export type UpdateSettings = SettingsPatch;

/** The patch, or every field that is wrong (the options page shows them beside the fields). */
export const parseUpdateSettings = parseSettingsPatch;
