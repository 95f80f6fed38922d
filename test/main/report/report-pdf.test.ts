import { describe, expect, it, vi } from 'vitest';
import type { Assessment } from '../../../core/assessment/schema';
import { formatScore } from '../../../core/format';
import { HandlerError } from '../../../core/ipc/handler-table';
import { roadmapLines } from '../../../core/roadmap/view';
import { scoreAssessment } from '../../../core/scoring';
import type { Language } from '../../../core/settings';
import { BUILT_IN_ACTION_LIBRARY } from '../../../main/action-libraries';
import { createReportPdf, type ReportInput } from '../../../main/report/create-report';
import { example } from '../../fixtures/builders';
import { pageText, pdfFonts, pdfRawText, pdfText, qpdfCheck, savePdf, tinyPng, unhyphenate, withRoadmap } from './pdf-tools';

// Rendering takes about a second; CI machines may be slower and busy.
vi.setConfig({ testTimeout: 60_000 });

const NOW = new Date('2026-03-20T09:00:00Z');
const input = (assessment: Assessment, options: Partial<ReportInput['options']> = {}, earlier: Assessment[] = []): ReportInput => ({
  assessment,
  earlier,
  options: { participants: 'names', ...options },
  actionLibrary: BUILT_IN_ACTION_LIBRARY,
  now: NOW,
});

async function render(assessment: Assessment, options: Partial<ReportInput['options']> = {}, earlier: Assessment[] = []) {
  const report = await createReportPdf(input(assessment, options, earlier));
  const file = savePdf(report.pdf);
  return { report, file, text: pdfText(file), flat: unhyphenate(pdfText(file)) };
}

describe.each<Language>(['fi', 'en'])('the executive report in %s', (language) => {
  const assessment = withRoadmap(example('nordtek-2026'));
  const rendered = render(assessment, { language }, [example('nordtek-2025')]);

  it('is a valid PDF with every font embedded and subset', async () => {
    const { file, report } = await rendered;
    expect(qpdfCheck(file).status).toBe(0);
    const fonts = pdfFonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font, font.name).toMatchObject({ embedded: true, subset: true });
    expect(fonts.every((f) => /Inter/.test(f.name))).toBe(true);
    expect(report.fileName).toBe(`Nordtek-Huolto-Oy-${language === 'fi' ? 'kypsyysarvio' : 'maturity-assessment'}-2026-03-17.pdf`);
  });

  it('names the client, all nine areas and every area score as core computes it', async () => {
    const { flat } = await rendered;
    expect(flat).toContain('Nordtek Huolto Oy');
    for (const area of assessment.questionnaire.areas) expect(flat, area.id).toContain(area.title[language]);
    const scores = scoreAssessment(assessment);
    for (const area of scores.areas) {
      const title = assessment.questionnaire.areas.find((a) => a.id === area.areaId)!.title[language];
      // The results table: the area's name, then its score.
      expect(flat, area.areaId).toMatch(new RegExp(`${title} ${formatScore(area.score, language).replace('.', '\\.')}`));
    }
    expect(flat).toContain(formatScore(scores.overall, language));
    // The appendix's stage bands in the report's number format.
    expect(flat).toContain(language === 'fi' ? '1,8–< 2,6' : '1.8–< 2.6');
  });

  it('prints each note and evidence once, with its statement in the area section, not again in the appendix', async () => {
    const { flat } = await rendered;
    const written = Object.values(assessment.answers)
      .flatMap((a) => [a.note, a.evidence])
      .filter((t): t is string => Boolean(t?.trim()));
    expect(written.length).toBeGreaterThan(5);
    for (const text of written) {
      const start = text.replace(/\s+/g, ' ').trim().slice(0, 40);
      expect(flat.split(start).length - 1, start).toBe(1);
    }
  });

  it('lists the roadmap’s live actions and leaves the removed one out', async () => {
    const { flat } = await rendered;
    for (const line of roadmapLines(assessment, language)) expect(flat).toContain(line.title);
    expect(flat).not.toContain('Poistettu toimenpide');
    expect(flat).toContain('Anna Laaksonen');
  });

  it('has no empty page', async () => {
    const { file, report } = await rendered;
    for (let page = 2; page <= report.pages; page++) {
      const body = pageText(file, page)
        .split('\n')
        .filter(
          (line) =>
            line.trim() &&
            !/^(sivu|page) \d+/.test(line.trim()) &&
            !line.includes('Nordtek Huolto Oy ·') &&
            !/kypsyysarvio$|maturity assessment$/i.test(line.trim()),
        );
      expect(body.length, `page ${page}`).toBeGreaterThan(0);
    }
  });

  it('numbers its pages "sivu 2 / N" / "page 2 of N" and has a table of contents', async () => {
    const { file, report } = await rendered;
    expect(report.pages).toBeGreaterThan(10);
    const second = pageText(file, 2);
    expect(second).toContain(language === 'fi' ? `sivu 2 / ${report.pages}` : `page 2 of ${report.pages}`);
    expect(second).toContain(language === 'fi' ? 'Sisällys' : 'Contents');
    expect(pageText(file, report.pages)).toContain(language === 'fi' ? `sivu ${report.pages} / ${report.pages}` : `page ${report.pages} of ${report.pages}`);
  });

  it('keeps the executive summary on one page', async () => {
    const { file } = await rendered;
    const summary = pageText(file, 3);
    expect(summary).toContain(language === 'fi' ? 'Johdon yhteenveto' : 'Executive summary');
    expect(summary.toLowerCase()).toContain(language === 'fi' ? 'ensimmäiset toimenpiteet' : 'first actions');
    expect(pageText(file, 4)).toContain(language === 'fi' ? 'Kokonaiskuva' : 'Overview');
  });
});

describe('partial data', () => {
  it('claims no stage below the coverage threshold and says an area has too few answers', async () => {
    const full = example('nordtek-2026');
    const areas = full.questionnaire.areas;
    // Keep two answers of the first area and everything of the second: 7 of 45 scored.
    const keep = new Set([...areas[0]!.statements.slice(0, 2).map((s) => s.id), ...areas[1]!.statements.map((s) => s.id)]);
    const partial: Assessment = { ...full, answers: Object.fromEntries(Object.entries(full.answers).filter(([id]) => keep.has(id))) };
    const { flat, file } = await render(partial, { language: 'fi' });
    const summary = unhyphenate(pageText(file, 3));
    expect(summary).toContain('Kypsyysvaihetta ei määritetty');
    expect(summary).not.toMatch(/Vaihe \d: /);
    expect(summary).toContain('OSITTAINEN');
    expect(flat).toContain('Ei riittävästi vastauksia: 2/5 väittämää pisteytetty');
  });
});

describe('participants', () => {
  it('prints names, or roles only with no name anywhere', async () => {
    const assessment = example('nordtek-2026');
    const named = await render(assessment, { participants: 'names' });
    const anonymous = await render(assessment, { participants: 'roles' });
    for (const p of assessment.participants) {
      expect(named.flat).toContain(p.name);
      expect(anonymous.flat, p.name).not.toContain(p.name);
      expect(anonymous.flat).toContain(p.role!);
    }
  });
});

describe('the logo', () => {
  it('is drawn on the cover when it is a real PNG', async () => {
    const { file } = await render(example('nordtek-2026'), { logo: { dataUrl: tinyPng() } });
    expect(qpdfCheck(file).status).toBe(0);
  });

  it('is refused when the bytes are not the image it claims to be', async () => {
    const fake = `data:image/png;base64,${Buffer.from('GIF89a not a png at all, really not').toString('base64')}`;
    await expect(createReportPdf(input(example('nordtek-2026'), { logo: { dataUrl: fake } }))).rejects.toThrow(HandlerError);
    await expect(createReportPdf(input(example('nordtek-2026'), { logo: { dataUrl: fake } }))).rejects.toThrow('bad-logo');
  });
});

describe('without a stored roadmap', () => {
  it('uses the generated one and still renders every section', async () => {
    const { flat, file } = await render(example('harbour-2026'));
    expect(qpdfCheck(file).status).toBe(0);
    expect(flat).toContain('Harbour Logistics Ltd');
  });
});

describe('Finnish line breaking on the page', () => {
  it('hyphenates long words with a visible hyphen and never splits a word without one', async () => {
    const words = ['asiakaskokemuksen', 'johtamisjärjestelmä', 'liiketoimintahyötyjen', 'kunnossapitopalvelut', 'ja', 'mittaaminen', 'henkilöstökokemus'];
    const note = Array.from({ length: 60 }, (_, i) => words[(i * 5) % words.length]).join(' ');
    const base = example('nordtek-2026');
    const first = base.questionnaire.areas[0]!.statements[0]!.id;
    const { file } = await render({ ...base, answers: { ...base.answers, [first]: { ...base.answers[first], note } } }, { language: 'fi' });
    // The note on the first area's page: every line ends with a whole word or a hyphenated piece of one.
    const all = pdfRawText(file)
      .split('\n')
      .map((l) => l.trim());
    const start = all.findIndex((l) => l.startsWith(`${words[0]} ${words[5]}`));
    const isNote = (l: string) => l.length > 0 && l.split(' ').every((w) => words.some((word) => word.includes(w.replace(/-$/, ''))));
    const end = all.findIndex((l, i) => i > start && !isNote(l));
    const lines = all.slice(start, end);
    expect(lines.length).toBeGreaterThan(5);
    let hyphenated = 0;
    let carried = '';
    for (const line of lines) {
      const tokens = line.split(' ');
      // A line after a hyphenated one starts with the rest of that word.
      if (carried) tokens[0] = carried + tokens[0];
      carried = '';
      const last = tokens[tokens.length - 1] as string;
      if (last.endsWith('-')) {
        hyphenated++;
        carried = last.slice(0, -1);
        expect(
          words.some((w) => w.startsWith(carried) && w !== carried),
          line,
        ).toBe(true);
      } else expect(words, line).toContain(last);
    }
    expect(hyphenated).toBeGreaterThan(0);
  });
});
