import { describe, expect, it, vi } from 'vitest';
import type { Assessment } from '../../../core/assessment/schema';
import { MISSING_MARK, PLAIN_TEXT, sanitizeText } from '../../../core/report/sanitize';
import { BUILT_IN_ACTION_LIBRARY } from '../../../main/action-libraries';
import { createReportPdf } from '../../../main/report/create-report';
import { loadReportFonts } from '../../../main/report/fonts';
import { example } from '../../fixtures/builders';
import { pdfFonts, pdfText, qpdfCheck, savePdf, withRoadmap } from './pdf-tools';

// Hostile text must give a valid PDF whose text can still be extracted. How
// fast is measured by `npm run bench` (docs/PERFORMANCE.md), not asserted here.
vi.setConfig({ testTimeout: 120_000 });

/** The example with notes replaced: statement i gets notes[i % notes.length]. */
function withNotes(notes: string[], extra: Partial<Assessment> = {}): Assessment {
  const base = withRoadmap(example('nordtek-2026'));
  const ids = base.questionnaire.areas.flatMap((a) => a.statements.map((s) => s.id));
  const answers = { ...base.answers };
  ids.forEach((id, i) => {
    answers[id] = { ...answers[id], note: notes[i % notes.length] as string };
  });
  return { ...base, answers, ...extra };
}

async function render(assessment: Assessment) {
  const report = await createReportPdf({
    assessment,
    earlier: [],
    options: { participants: 'names', language: 'fi' },
    actionLibrary: BUILT_IN_ACTION_LIBRARY,
    now: new Date('2026-03-20T09:00:00Z'),
  });
  const file = savePdf(report.pdf);
  expect(qpdfCheck(file).status).toBe(0);
  for (const font of pdfFonts(file)) expect(font.embedded, font.name).toBe(true);
  return { report, text: pdfText(file).replace(/\s+/g, ' ') };
}

describe('hostile text in the report', () => {
  it('sets a 100,000-character unbroken note (beyond what the schema stores) as cut lines, never one endless word', async () => {
    const word = 'ä'.repeat(10_000) + 'x'.repeat(90_000);
    const base = example('nordtek-2026');
    const first = base.questionnaire.areas[0]!.statements[0]!.id;
    const { text } = await render({ ...base, answers: { ...base.answers, [first]: { ...base.answers[first], note: `Alku: ${word}` } } });
    expect(text).toContain('Alku: äää');
    // Beyond MAX_TEXT_LENGTH the text is cut visibly ("…"), never silently.
    expect(text).toContain(`${'x'.repeat(20)} …`);
    expect(text).toContain('Toimitusjohtaja tapaa viittä suurinta asiakasta');
  });

  it('marks emoji, right-to-left script and CJK visibly and drops control characters', async () => {
    const { text } = await render(
      withNotes(['Hyvä 👍🏽 tulos 👨‍👩‍👧 loppu', 'Asiakas: שלום עולם ja مرحبا', '中文 teksti', 'Ohjaus\u0000merk\u0007it\u202eki\u00ad ok'], {
        client: { id: 'nordtek', name: 'Nordtek 🚀 Oy' },
      }),
    );
    expect(text).toContain(`Hyvä ${MISSING_MARK} tulos ${MISSING_MARK} loppu`);
    expect(text).toContain(`Asiakas: ${MISSING_MARK} ja ${MISSING_MARK}`);
    expect(text).toContain(`${MISSING_MARK} teksti`);
    expect(text).toContain('Ohjausmerkitki ok');
    expect(text).toContain(`Nordtek ${MISSING_MARK} Oy`);
  });

  it('draws Central European letters from the latin-ext font instead of dropping them', async () => {
    const { text } = await render(withNotes(['Šárka Dvořák ja Łukasz Żółć sekä Őrs']));
    expect(text).toContain('Šárka Dvořák ja Łukasz Żółć sekä Őrs');
  });

  it('survives 200 KB of ordinary notes', async () => {
    const sentence = 'Asiakaspalvelu kertoi, että reklamaatioiden käsittely viivästyy, koska vastuut ovat epäselvät. ';
    const long = sentence.repeat(Math.ceil(4_500 / sentence.length)).slice(0, 4_500);
    const { report, text } = await render(withNotes([long]));
    expect(report.pages).toBeGreaterThan(40);
    expect(text).toContain('reklamaatioiden käsittely');
  });
});

describe('the plain-text fast path of sanitize.ts', () => {
  it('covers only characters the report font draws and nothing sanitize would drop or replace', () => {
    const { hasGlyph } = loadReportFonts();
    let plain = 0;
    for (let cp = 0; cp <= 0xffff; cp++) {
      const ch = String.fromCharCode(cp);
      if (!PLAIN_TEXT.test(ch) || ch === '\n') continue;
      plain++;
      expect(hasGlyph(cp), `U+${cp.toString(16)}`).toBe(true);
      // The slow path keeps the character as it is.
      expect(sanitizeText(`a${ch}b`, { hasGlyph: () => true }), `U+${cp.toString(16)}`).toBe(`a${ch}b`.replace(/ +/, ' '));
    }
    expect(plain).toBeGreaterThan(200);
  });
});
