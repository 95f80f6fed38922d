import { z } from 'zod';
import { LANGUAGES, type Language } from './settings';

const textIn = (language: Language) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? { message: `missing-${language}` } : { message: `not-text` }) })
    .trim()
    .min(1, { message: `empty-${language}` });

/**
 * A text in both of the product's languages. Both are required: a consultant
 * switches an assessment between Finnish and English and the report must
 * never fall back to the other language silently.
 */
export const LocalizedTextSchema = z.strictObject({ fi: textIn('fi'), en: textIn('en') });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export const pick = (text: LocalizedText, language: Language): string => text[language];
export { LANGUAGES };
