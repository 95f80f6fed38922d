import { AREA_ID_PREFIX } from '../fixtures/area-prefixes';
import { loadSeeds } from '../fixtures/seeds';
import { describe, expect, it } from 'vitest';
import { AREA_IDS, AREA_LAYER, LAYER_IDS, type AreaId } from '../../core/model/areas';
import type { Action } from '../../core/roadmap/action-library';
import { validateActionLibrary, validateQuestionnaire } from '../../core/validation/validate';
import { readJson } from '../fixtures/builders';

// The shipped action library is product: the roadmap proposes these actions
// to a client's leadership team. These checks hold it to the brief (issue 8)
// and keep every action traceable to the seed texts it was written from.
const result = validateActionLibrary(readJson('assessments/actions/b2b-cx-diamond-actions-v1.json'));
if (!result.ok) throw new Error(JSON.stringify(result.issues));
const library = result.value;
const questionnaire = validateQuestionnaire(readJson('assessments/questionnaires/b2b-cx-diamond-v1.json'));
if (!questionnaire.ok) throw new Error(JSON.stringify(questionnaire.issues));
const q = questionnaire.value;
const byId = new Map(library.actions.map((a) => [a.id, a]));
const STEPS = [1, 2, 3, 4] as const;
const PREFIX: Record<AreaId, string> = AREA_ID_PREFIX;
/** 0 = core (most fundamental) … 4 = outcome. */
const depth = (action: Action) => LAYER_IDS.indexOf(AREA_LAYER[action.area as AreaId]);

describe('the B2B CX diamond action library v1', () => {
  it('is valid and names the questionnaire it belongs to', () => {
    expect([library.id, library.version, library.questionnaire]).toEqual(['b2b-cx-diamond-actions', 1, q.id]);
  });

  it('only uses areas of that questionnaire, with the area’s id prefix', () => {
    const areas = new Set(q.areas.map((a) => a.id));
    for (const a of library.actions) {
      expect(areas.has(a.area), a.id).toBe(true);
      expect(a.id.startsWith(`${PREFIX[a.area as AreaId]}-`), a.id).toBe(true);
    }
  });

  it('has two to four actions for every area and every step up (1→2 … 4→5)', () => {
    for (const area of AREA_IDS) {
      for (const step of STEPS) {
        const n = library.actions.filter((a) => a.area === area && a.step === step).length;
        expect(n, `${area} step ${step}`).toBeGreaterThanOrEqual(2);
        expect(n, `${area} step ${step}`).toBeLessThanOrEqual(4);
      }
    }
  });

  it('has a short title and a one-paragraph description in both languages, never the same text twice', () => {
    for (const a of library.actions) {
      for (const field of ['title', 'description'] as const) {
        expect(a[field].fi.trim(), `${a.id} ${field}.fi`).not.toBe('');
        expect(a[field].en.trim(), `${a.id} ${field}.en`).not.toBe('');
        expect(a[field].fi, `${a.id} ${field}`).not.toBe(a[field].en);
      }
      expect(a.title.fi.length, a.id).toBeLessThanOrEqual(70);
      expect(a.title.en.length, a.id).toBeLessThanOrEqual(70);
      expect(a.description.fi, a.id).not.toContain('\n');
    }
    for (const language of ['fi', 'en'] as const) {
      expect(new Set(library.actions.map((a) => a.title[language])).size, language).toBe(library.actions.length);
    }
  });

  it('uses every effort size and every impact grade', () => {
    expect(new Set(library.actions.map((a) => a.effort))).toEqual(new Set(['S', 'M', 'L']));
    expect(new Set(library.actions.map((a) => a.impact))).toEqual(new Set([1, 2, 3]));
  });

  // The rule: a dependency is at an earlier step, or at the same step in the
  // same or a more fundamental layer of the diamond (core → foundation →
  // enabler → verification → outcome). So within one step the roadmap can
  // always start from the fundamentals, and no action waits for a later step.
  it('depends only on earlier steps, or on the same step in the same or a more fundamental layer', () => {
    for (const a of library.actions) {
      for (const id of a.dependsOn ?? []) {
        const dep = byId.get(id);
        expect(dep, `${a.id} → ${id}`).toBeDefined();
        const allowed = dep!.step < a.step || (dep!.step === a.step && depth(dep!) <= depth(a));
        expect(allowed, `${a.id} (step ${a.step}) → ${id} (step ${dep!.step})`).toBe(true);
      }
    }
  });

  it('can be put in an order where every action comes after what it depends on (no cycles)', () => {
    const done = new Set<string>();
    let progress = true;
    while (progress) {
      progress = false;
      for (const a of library.actions) {
        if (!done.has(a.id) && (a.dependsOn ?? []).every((d) => done.has(d))) {
          done.add(a.id);
          progress = true;
        }
      }
    }
    expect(library.actions.filter((a) => !done.has(a.id)).map((a) => a.id)).toEqual([]);
  });

  it('follows seed 001’s order: leadership commitment → CX owner → journey map → touchpoint metrics', () => {
    const requires = (from: string, to: string): boolean => (byId.get(from)?.dependsOn ?? []).some((d) => d === to || requires(d, to));
    expect(requires('org-name-cx-owner', 'str-commit-leadership')).toBe(true);
    expect(requires('org-map-journey', 'org-name-cx-owner')).toBe(true);
    expect(requires('mea-touchpoint-metrics', 'org-map-journey')).toBe(true);
    expect(requires('mea-touchpoint-metrics', 'mea-define-framework')).toBe(true);
    expect(requires('mea-define-framework', 'cun-current-state')).toBe(true);
  });

  // The seed texts are kept in the repository (assessments/seeds): the
  // check runs on every clone and fails, never skips, without them.
  it('quotes every source exactly as it stands in its seed text', () => {
    const seeds = loadSeeds();
    for (const a of library.actions) {
      for (const s of a.sources) {
        expect(seeds[s.seed], `${a.id}: seed ${s.seed}`).toBeDefined();
        expect(seeds[s.seed]!.includes(s.quote), `${a.id}: "${s.quote}"`).toBe(true);
        expect(s.idea.length, a.id).toBeGreaterThan(10);
      }
    }
  });
});
