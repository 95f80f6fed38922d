import { unzipSync, strFromU8 } from 'fflate';
import readExcelFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { formatScore } from '../../../core/format';
import { scoreAssessment } from '../../../core/scoring';
import { displayedScore } from '../../../core/scoring/claims';
import { assessmentWorkbook } from '../../../main/export/xlsx';
import { example } from '../../fixtures/builders';

describe('the Excel workbook of an assessment (read back)', () => {
  const assessment = example('nordtek-2026');

  it('has a Finnish summary sheet whose numbers are the results screen’s, and an answers sheet with every vote and note', async () => {
    const bytes = await assessmentWorkbook(assessment, 'fi');
    const sheets = await readExcelFile(bytes);
    expect(sheets.map((s) => s.sheet)).toEqual(['Yhteenveto', 'Vastaukset']);
    const [summary, answers] = sheets.map((s) => s.data) as [unknown[][], unknown[][]];
    expect(summary[0]).toEqual([
      'Asiakas',
      'Arvio',
      'Päivämäärä',
      'Osa-alue',
      'Pisteet',
      'Kypsyysvaihe',
      'Tavoite',
      'Ero tavoitteeseen',
      'Pisteytetty',
      'Väittämiä',
    ]);
    const scores = scoreAssessment(assessment);
    for (const area of scores.areas) {
      const title = assessment.questionnaire.areas.find((a) => a.id === area.areaId)!.title.fi;
      const row = summary.find((r) => r[3] === title)!;
      // A real number, as the screen rounds it.
      expect(row[4]).toBe(displayedScore(area.score));
      expect(formatScore(row[4] as number, 'fi')).toBe(formatScore(area.score, 'fi'));
      expect(row[2]).toEqual(new Date('2026-03-17T00:00:00Z'));
    }
    expect(summary.at(-1)?.slice(3, 5)).toEqual(['Kokonaisindeksi', displayedScore(scores.overall)]);

    const votes = Object.values(assessment.answers).reduce((n, a) => n + Object.keys(a.votes ?? {}).length, 0);
    const agreedOrNoted = Object.values(assessment.answers).filter((a) => a.agreed !== undefined || a.note?.trim() || a.evidence?.trim()).length;
    expect(answers.length - 1).toBe(votes + agreedOrNoted);
    const noted = Object.entries(assessment.answers).find(([, a]) => a.note)!;
    expect(answers.some((r) => r[4] === noted[0] && r[6] === '(sovittu)' && r[10] === noted[1].note?.trim())).toBe(true);
  });

  it('sets column widths, wraps long text, keeps the header in view and formats scores with one decimal', async () => {
    const files = unzipSync(new Uint8Array(await assessmentWorkbook(assessment, 'en')));
    const sheet1 = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const styles = strFromU8(files['xl/styles.xml']!);
    expect(sheet1).toMatch(/<col [^>]*width="/);
    expect(sheet1).toMatch(/<pane [^>]*ySplit="1"/);
    expect(styles).toContain('formatCode="0.0"');
    expect(styles).toContain('wrapText="1"');
    const sheets = await readExcelFile(await assessmentWorkbook(assessment, 'en'));
    expect(sheets.map((s) => s.sheet)).toEqual(['Summary', 'Answers']);
  });
});
