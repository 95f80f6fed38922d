import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_FORMAT_VERSION, AssessmentSchema, type Assessment } from '../../core/assessment/schema';
import { BUILT_IN_KPIS } from '../../core/kpi/catalogue';
import { kpiDefinition, kpiName } from '../../core/kpi/definitions';
import { formatKpiPeriod, formatKpiValue } from '../../core/kpi/format';
import type { AssessmentKpis } from '../../core/kpi/schema';
import { formatIssue } from '../../core/validation/issues';
import { validateAssessment } from '../../core/validation/validate';
import { assessment, example, questionnaire } from '../fixtures/builders';

const withKpis = (kpis: unknown): unknown => ({ ...example('nordtek-2026'), kpis });
// A one-statement assessment: validating the full example 600 times would be slow for nothing.
const small = assessment(questionnaire({ strategy: ['s1'] }), []);
const issues = (kpis: unknown, language: 'fi' | 'en' = 'en') => {
  const result = validateAssessment({ ...small, kpis });
  return result.ok ? [] : result.issues.map((i) => formatIssue(i, language));
};

describe('KPIs recorded with an assessment', () => {
  it('accepts the starter set and the consultant’s own KPIs, and says what each is', () => {
    const kpis: AssessmentKpis = {
      own: [{ id: 'key-account-share', name: { fi: 'Avainasiakkaiden osuus' }, unit: 'percent', higherIsBetter: true, min: 0, max: 100 }],
      values: [
        { kpiId: 'nps', value: -12, period: '2025' },
        { kpiId: 'churn', value: 8.5, period: '2026-Q1', source: 'CRM' },
        { kpiId: 'clv', value: 240_000, period: '2025-H2' },
        { kpiId: 'key-account-share', value: 41, period: '2026-03' },
      ],
    };
    const result = validateAssessment(withKpis(kpis));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.kpis).toEqual(kpis);
    expect(kpiDefinition('churn', kpis)).toMatchObject({ unit: 'percent', higherIsBetter: false, builtIn: true, min: 0, max: 100 });
    const own = kpiDefinition('key-account-share', kpis)!;
    expect(own).toMatchObject({ builtIn: false, unit: 'percent' });
    // Named in Finnish only: the English screen still has a name to show.
    expect(kpiName(own, 'en')).toBe('Avainasiakkaiden osuus');
    expect(kpiDefinition('nope', kpis)).toBeUndefined();
  });

  it('every built-in KPI takes any value within its range and refuses any outside it, with the path and range', () => {
    for (const kpi of BUILT_IN_KPIS) {
      fc.assert(
        fc.property(fc.double({ min: kpi.min, max: kpi.max, noNaN: true }), (value) => {
          expect(issues({ values: [{ kpiId: kpi.id, value, period: '2026' }] })).toEqual([]);
        }),
        { numRuns: 40 },
      );
      const outside = fc
        .oneof(
          fc.double({ max: kpi.min, maxExcluded: true, noNaN: true, noDefaultInfinity: true }),
          fc.double({ min: kpi.max, minExcluded: true, noNaN: true, noDefaultInfinity: true }),
        )
        .filter((v) => v < kpi.min || v > kpi.max); // fast-check orders −0 below 0; for the range they are equal
      fc.assert(
        fc.property(outside, (value) => {
          expect(issues({ values: [{ kpiId: kpi.id, value, period: '2026' }] })).toEqual([
            `kpis.values[0].value: the value of KPI "${kpi.id}" must be within ${kpi.min}…${kpi.max} (unit ${kpi.unit})`,
          ]);
        }),
        { numRuns: 40 },
      );
    }
  });

  it('refuses numbers that are not finite (they can arrive over IPC, not in JSON)', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const parsed = AssessmentSchema.safeParse({ ...example('nordtek-2026'), kpis: { values: [{ kpiId: 'nps', value, period: '2026' }] } });
      expect(parsed.success).toBe(false);
    }
  });

  it('takes a period only in its one form: year, half, quarter or month', () => {
    for (const period of ['2025', '2025-H1', '2026-Q4', '2026-01', '2026-12']) expect(issues({ values: [{ kpiId: 'nps', value: 1, period }] })).toEqual([]);
    for (const period of ['Q1 2026', '2026-Q5', '2026-13', '2026-00', '26', '2026-q1', '2026/1', ''])
      expect(issues({ values: [{ kpiId: 'nps', value: 1, period }] }, 'fi')).toEqual([
        'kpis.values[0].period: jakson pitää olla vuosi (2025), puolivuotinen (2025-H1), neljännes (2026-Q1) tai kuukausi (2026-03)',
      ]);
    expect(formatKpiPeriod('2026-Q1', 'en')).toBe('Q1 2026');
    expect(formatKpiPeriod('2026-Q1', 'fi')).toBe('Q1/2026');
    expect(formatKpiPeriod('2026-03', 'fi')).toBe('3/2026');
    expect(formatKpiPeriod('2025', 'en')).toBe('2025');
    expect(formatKpiValue(8.5, 'percent', 'fi')).toBe('8,5 %');
    expect(formatKpiValue(240000, 'eur', 'en')).toBe('240,000 €');
  });

  it('cross-checks ids, duplicates, names and own ranges, in both languages', () => {
    expect(
      issues({
        own: [
          { id: 'nps', name: { en: 'Our NPS' }, unit: 'points', higherIsBetter: true },
          { id: 'mine', name: {}, unit: 'count', higherIsBetter: true, min: 10, max: 5 },
          { id: 'mine', name: { en: 'Again' }, unit: 'count', higherIsBetter: true },
        ],
        values: [
          { kpiId: 'unknown-thing', value: 1, period: '2026' },
          { kpiId: 'csat', value: 80, period: '2026' },
          { kpiId: 'csat', value: 81, period: '2026' },
        ],
      }),
    ).toEqual([
      'kpis.own[1].name: a KPI needs a name in Finnish or English',
      'kpis.own[1].max: the lower bound 10 is above the upper bound 5',
      'kpis.own[0].id: the id "nps" belongs to a built-in KPI; choose another for your own',
      'kpis.own[2].id: duplicate own KPI id "mine"',
      'kpis.values[0].kpiId: unknown KPI "unknown-thing"',
      'kpis.values[2]: KPI "csat" already has a value for 2026',
    ]);
    expect(issues({ values: [{ kpiId: 'csat', value: 80, period: '2026', extra: 1 }] }, 'fi')).toEqual(['kpis.values[0]: tuntematon kenttä: extra']);
  });

  it('an own KPI’s values keep to its own bounds, and without bounds take any finite number', () => {
    const own = (min?: number, max?: number) => [
      {
        id: 'orders',
        name: { en: 'Orders' },
        unit: 'count',
        higherIsBetter: true,
        ...(min !== undefined ? { min } : {}),
        ...(max !== undefined ? { max } : {}),
      },
    ];
    expect(issues({ own: own(), values: [{ kpiId: 'orders', value: -1e9, period: '2026' }] })).toEqual([]);
    expect(issues({ own: own(0), values: [{ kpiId: 'orders', value: -1, period: '2026' }] })).toEqual([
      'kpis.values[0].value: the value of KPI "orders" must be within 0…∞ (unit count)',
    ]);
  });
});

describe('assessment format 4 (KPIs)', () => {
  const format2 = (): Record<string, unknown> => ({ ...structuredClone(example('nordtek-2025')), formatVersion: 2 });

  it('a format-2 file migrates to the current format, unchanged otherwise', () => {
    expect(ASSESSMENT_FORMAT_VERSION).toBe(4);
    const result = validateAssessment(format2());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.formatVersion).toBe(4);
    expect(result.value.kpis).toBeUndefined();
    const { formatVersion: _a, ...rest } = result.value;
    const { formatVersion: _b, ...original } = format2() as Assessment;
    expect(rest).toEqual(original);
  });

  it('a format-4 file is refused by a Timantti that knows format 2, with the "newer format" message', async () => {
    const { checkFormatVersion } = await import('../../core/validation/validate');
    const doc = withKpis({ values: [{ kpiId: 'nps', value: 30, period: '2026' }] });
    // What format-2 Timantti ran on every assessment file before reading it (core/validation/validate.ts, supported = 2).
    const issue = checkFormatVersion(doc, 2)!;
    expect(formatIssue(issue, 'en')).toBe(
      'formatVersion: the file was made by a newer Timantti (format 4; this version knows format 2); please update Timantti',
    );
    expect(formatIssue(issue, 'fi')).toBe(
      'formatVersion: tiedosto on tehty uudemmalla Timantin versiolla (muoto 4, tämä versio tuntee muodon 2); päivitä Timantti',
    );
    expect(checkFormatVersion(doc, ASSESSMENT_FORMAT_VERSION)).toBeUndefined();
  });

  it('a "format 3" document is not an assessment document (3 is the stored record of format 2)', () => {
    const result = validateAssessment({ ...example('nordtek-2025'), formatVersion: 3 });
    expect(result.ok).toBe(false);
  });
});

describe('editing KPIs (pure, shared by an editor and the save path)', () => {
  it('sets, replaces and removes values per KPI and period; own KPIs get an id no built-in or earlier one has', async () => {
    const { addOwnKpi, removeKpiValue, removeOwnKpi, setKpiValue } = await import('../../core/kpi/edit');
    let kpis = setKpiValue(undefined, { kpiId: 'nps', value: 10, period: '2026' });
    kpis = setKpiValue(kpis, { kpiId: 'nps', value: 12, period: '2026' });
    kpis = setKpiValue(kpis, { kpiId: 'nps', value: 5, period: '2025' });
    expect(kpis.values).toEqual([
      { kpiId: 'nps', value: 12, period: '2026' },
      { kpiId: 'nps', value: 5, period: '2025' },
    ]);
    const added = addOwnKpi(kpis, { name: { en: 'NPS' }, unit: 'points', higherIsBetter: true });
    expect(added.id).toBe('nps-2');
    const again = addOwnKpi(added.kpis, { name: { fi: 'Huoltokäynnit' }, unit: 'count', higherIsBetter: true });
    expect(again.id).toBe('huoltokaynnit');
    kpis = setKpiValue(again.kpis, { kpiId: 'huoltokaynnit', value: 3, period: '2026-Q1' });
    expect(issues(kpis)).toEqual([]);
    // Not removed while a value refers to it.
    expect(removeOwnKpi(kpis, 'huoltokaynnit')).toBe(kpis);
    kpis = removeOwnKpi(removeKpiValue(kpis, 'huoltokaynnit', '2026-Q1'), 'huoltokaynnit');
    expect(kpis.own!.map((k) => k.id)).toEqual(['nps-2']);
    expect(removeKpiValue(kpis, 'nps', '2024')).toEqual(kpis);
  });
});
