import fi from 'hyphen/fi/index.js';
import type { LocalizedText } from '../../core/localized-text';
import type { Questionnaire } from '../../core/questionnaire/schema';
import type { PhoneStatement } from '../../core/voting/phone-protocol';

/**
 * Phones show Finnish with soft hyphens put in here: Chromium on Android and
 * Linux ships no Finnish hyphenation dictionary, so `hyphens: auto` alone
 * would leave long compounds overflowing a 360 px screen (docs/TECH-NOTES).
 * English is left to the browser, which hyphenates it everywhere.
 */
const soft = (text: LocalizedText): LocalizedText => ({ fi: fi.hyphenateSync(text.fi, { hyphenChar: '\u00ad', minWordLength: 8 }), en: text.en });

/** The statements of an assessment's questionnaire as phones see them: texts only, no ids of areas, no sources, no weights. */
export function phoneStatements(questionnaire: Questionnaire): Map<string, PhoneStatement> {
  const out = new Map<string, PhoneStatement>();
  for (const area of questionnaire.areas) {
    const areaTitle = soft(area.title);
    for (const s of area.statements) {
      out.set(s.id, { id: s.id, areaTitle, text: soft(s.text), levels: s.levels.map((l) => ({ level: l.level, text: soft(l.text) })) });
    }
  }
  return out;
}
