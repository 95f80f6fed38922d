import { useTranslation } from 'react-i18next';
import type { Language } from '../../core/settings';

/** The UI language as the core formatters want it. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'fi';
}
