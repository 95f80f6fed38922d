import { z } from 'zod';

export const LANGUAGES = ['fi', 'en'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

/** User preferences stored by main in `settings.json`. */
export const SettingsSchema = z.strictObject({
  language: LanguageSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;

/** A change to settings: any subset of the fields, nothing else. */
export const SettingsPatchSchema = SettingsSchema.partial();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;

/** Finnish consultancies are the primary users; other system locales get English. */
export const languageFromLocale = (locale: string | undefined): Language => (locale?.toLowerCase().startsWith('fi') ? 'fi' : 'en');

export const defaultSettings = (systemLocale: string | undefined): Settings => ({
  language: languageFromLocale(systemLocale),
});
