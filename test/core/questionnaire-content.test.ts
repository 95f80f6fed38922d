import { AREA_ID_PREFIX } from '../fixtures/area-prefixes';
import { loadSeeds } from '../fixtures/seeds';
import { describe, expect, it } from 'vitest';
import { AREA_IDS, AREA_LAYER, LAYER_IDS } from '../../core/model/areas';
import { validateQuestionnaire } from '../../core/validation/validate';
import { readJson } from '../fixtures/builders';

// The shipped questionnaire is product: these checks hold it to the brief
// (../shared/PRODUCT.md) and keep every statement traceable to its seed text.
const result = validateQuestionnaire(readJson('assessments/questionnaires/b2b-cx-diamond-v1.json'));
if (!result.ok) throw new Error(JSON.stringify(result.issues));
const q = result.value;
const statements = q.areas.flatMap((a) => a.statements);

describe('the B2B CX diamond questionnaire v1', () => {
  it('is valid and versioned', () => {
    expect([q.id, q.version]).toEqual(['b2b-cx-diamond', 1]);
  });

  it('has the nine areas with the product’s ids, in the diamond’s order and layers', () => {
    expect(q.areas.map((a) => a.id)).toEqual([...AREA_IDS]);
    for (const area of q.areas) expect(area.layer, area.id).toBe(AREA_LAYER[area.id as keyof typeof AREA_LAYER]);
    expect(q.layers.map((l) => l.id)).toEqual([...LAYER_IDS]);
  });

  it('has five statements per area, 45 in all, each with five levels', () => {
    for (const area of q.areas) expect(area.statements, area.id).toHaveLength(5);
    expect(statements).toHaveLength(45);
    for (const s of statements) expect(s.levels.map((l) => l.level)).toEqual([1, 2, 3, 4, 5]);
  });

  it('has distinct level descriptions within each statement, in both languages', () => {
    for (const s of statements) {
      for (const language of ['fi', 'en'] as const) {
        expect(new Set(s.levels.map((l) => l.text[language])).size, `${s.id} ${language}`).toBe(5);
      }
    }
  });

  it('prefixes statement ids with their area', () => {
    const prefix: Record<string, string> = AREA_ID_PREFIX;
    for (const area of q.areas) for (const s of area.statements) expect(s.id.startsWith(`${prefix[area.id]}-`), s.id).toBe(true);
  });

  it('names five maturity stages in both languages', () => {
    expect(q.stages.map((s) => s.name.fi)).toEqual(['Käynnistyvä', 'Kehittyvä', 'Määritelty', 'Järjestelmällinen', 'Edelläkävijä']);
    expect(q.stages.map((s) => s.name.en)).toEqual(['Starting', 'Developing', 'Defined', 'Managed', 'Leading']);
  });

  it('traces every statement to a seed idea', () => {
    for (const s of statements) {
      expect(s.source, s.id).toBeDefined();
      expect(s.source!.idea.length, s.id).toBeGreaterThan(10);
    }
  });

  // The seed texts are kept in the repository (assessments/seeds): the
  // check runs on every clone and fails, never skips, without them.
  it('quotes each source exactly as it stands in its seed text', () => {
    const seeds = loadSeeds();
    for (const s of statements) expect(seeds[s.source!.seed]?.includes(s.source!.quote), `${s.id}: "${s.source!.quote}"`).toBe(true);
  });
});
