import { z } from 'zod';
import { LAYER_IDS } from '../model/areas';
import { LocalizedTextSchema } from '../localized-text';
import { ID_MAX_LENGTH, ID_PATTERN, isReservedId } from '../model/ids';
import { LEVEL_COUNT, STAGE_COUNT } from '../model/scale';

export { LEVEL_COUNT, STAGE_COUNT };

/** Ids are stable keys in stored assessments and comparisons: lower-case kebab. */
export const IdSchema = z
  .string()
  .regex(ID_PATTERN, { message: 'bad-id' })
  .max(ID_MAX_LENGTH)
  .refine((id) => !isReservedId(id), { message: 'reserved-id' });

/** Where content comes from in the seed texts (see docs/CONTENT.md): the seed's number, the idea, an exact quote. */
export const SourceSchema = z.strictObject({
  seed: z.string().regex(/^\d{3}$/),
  idea: z.string().min(1),
  quote: z.string().min(1),
});

/**
 * The trace of a statement or a level (format 2): every seed passage it rests
 * on, and what in it is the author's inference rather than a seed's claim.
 */
const traceFields = {
  sources: z.array(SourceSchema).min(1).max(20).optional(),
  inference: z.string().min(1).max(2000).optional(),
};

export const LevelSchema = z.strictObject({
  level: z.number().int().min(1).max(LEVEL_COUNT),
  text: LocalizedTextSchema,
  ...traceFields,
});

export const StatementSchema = z.strictObject({
  id: IdSchema,
  text: LocalizedTextSchema,
  /** Relative weight within its area; 1 unless a consultant decides otherwise. */
  weight: z.number().positive().max(100).optional(),
  /** Format 1's single trace; format 2 uses `sources`. */
  source: SourceSchema.optional(),
  ...traceFields,
  levels: z.array(LevelSchema),
});

export const AreaSchema = z.strictObject({
  id: IdSchema,
  layer: z.enum(LAYER_IDS),
  title: LocalizedTextSchema,
  intro: LocalizedTextSchema,
  statements: z.array(StatementSchema).min(1),
});

export const StageSchema = z.strictObject({
  stage: z.number().int().min(1).max(STAGE_COUNT),
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
});

export const LayerSchema = z.strictObject({
  id: z.enum(LAYER_IDS),
  name: LocalizedTextSchema,
  description: LocalizedTextSchema,
  areas: z.array(IdSchema),
});

/**
 * How a questionnaire turns scores into stages (format 2). Each questionnaire
 * carries its own, so changing v2's scale never changes a v1 result.
 * Without it: the v1 scale (core/scoring/stage.ts). See docs/SCORING.md.
 */
export const ScoringSchema = z.strictObject({
  /** Lower bounds of stages 2..5 on the 1–5 scale, ascending. */
  stageThresholds: z.array(z.number().gt(1).lt(5)).length(STAGE_COUNT - 1),
  /** 'weakest-area-plus-one': the overall stage is at most one above the weakest claimed area's stage. */
  overallStageCap: z.enum(['none', 'weakest-area-plus-one']).optional(),
});

/** Format 2 adds traces with several sources and inference notes, and the `scoring` block. */
export const QUESTIONNAIRE_FORMAT_VERSION = 2;

const QuestionnaireShape = z.strictObject({
  kind: z.literal('timantti-questionnaire'),
  formatVersion: z.union([z.literal(1), z.literal(QUESTIONNAIRE_FORMAT_VERSION)]),
  id: IdSchema,
  version: z.number().int().min(1),
  title: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
  stages: z.array(StageSchema),
  scoring: ScoringSchema.optional(),
  layers: z.array(LayerSchema),
  areas: z.array(AreaSchema).min(1),
});

/**
 * A questionnaire definition. Beyond the field shapes it checks what a JSON
 * Schema cannot: exactly five levels numbered 1..5 per statement, unique ids,
 * and layers that name existing areas.
 */
export const QuestionnaireSchema = QuestionnaireShape.superRefine((q, ctx) => {
  const issue = (path: PropertyKey[], message: string, params: Record<string, unknown> = {}) => ctx.addIssue({ code: 'custom', path, message, params });

  if (q.stages.length !== STAGE_COUNT) issue(['stages'], 'wrong-stage-count', { expected: STAGE_COUNT, actual: q.stages.length });
  q.stages.forEach((s, i) => {
    if (s.stage !== i + 1) issue(['stages', i, 'stage'], 'stage-order', { expected: i + 1, actual: s.stage });
  });

  q.scoring?.stageThresholds.forEach((t, i, all) => {
    if (i > 0 && t <= (all[i - 1] as number)) issue(['scoring', 'stageThresholds', i], 'thresholds-order', { previous: all[i - 1], actual: t });
  });

  const areaIds = new Set<string>();
  const statementIds = new Map<string, string>();
  q.areas.forEach((area, a) => {
    if (areaIds.has(area.id)) issue(['areas', a, 'id'], 'duplicate-area-id', { id: area.id });
    areaIds.add(area.id);
    area.statements.forEach((statement, s) => {
      const where = statementIds.get(statement.id);
      if (where !== undefined) issue(['areas', a, 'statements', s, 'id'], 'duplicate-statement-id', { id: statement.id, first: where });
      else statementIds.set(statement.id, `areas[${a}].statements[${s}]`);
      if (statement.levels.length !== LEVEL_COUNT) {
        issue(['areas', a, 'statements', s, 'levels'], 'wrong-level-count', { expected: LEVEL_COUNT, actual: statement.levels.length });
      }
      statement.levels.forEach((level, l) => {
        if (level.level !== l + 1) issue(['areas', a, 'statements', s, 'levels', l, 'level'], 'level-order', { expected: l + 1, actual: level.level });
      });
    });
  });

  const seenLayers = new Set<string>();
  const layered = new Set<string>();
  q.layers.forEach((layer, i) => {
    if (seenLayers.has(layer.id)) issue(['layers', i, 'id'], 'duplicate-layer-id', { id: layer.id });
    seenLayers.add(layer.id);
    layer.areas.forEach((areaId, j) => {
      if (!areaIds.has(areaId)) issue(['layers', i, 'areas', j], 'unknown-area', { id: areaId });
      layered.add(areaId);
    });
  });
  if (q.layers.length > 0) {
    q.areas.forEach((area, a) => {
      if (!layered.has(area.id)) issue(['areas', a, 'id'], 'area-without-layer', { id: area.id });
      const listedIn = q.layers.find((layer) => layer.areas.includes(area.id));
      if (listedIn && listedIn.id !== area.layer) issue(['areas', a, 'layer'], 'layer-mismatch', { id: area.id, layer: area.layer, listedIn: listedIn.id });
    });
  }
});

export type Questionnaire = z.infer<typeof QuestionnaireShape>;
export type Area = Questionnaire['areas'][number];
export type Statement = Area['statements'][number];
export type Level = Statement['levels'][number];
export type Stage = Questionnaire['stages'][number];
export type Layer = Questionnaire['layers'][number];
export type Scoring = NonNullable<Questionnaire['scoring']>;
export type Source = z.infer<typeof SourceSchema>;
export { QuestionnaireShape };
