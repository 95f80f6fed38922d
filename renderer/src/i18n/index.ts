import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../core/settings';
import { en } from './en';
import { fi } from './fi';

export const resources = { fi: { translation: fi }, en: { translation: en } } as const;

/** Starts i18next in the given language; the stored setting decides it. */
export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    // React escapes output itself.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: { translation: typeof fi };
  }
}
