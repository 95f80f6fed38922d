import { z } from 'zod';
import { kpiIssues } from '../kpi/definitions';
import { AssessmentKpisSchema } from '../kpi/schema';
import { IdSchema, LEVEL_COUNT, QuestionnaireSchema } from '../questionnaire/schema';
import { RoadmapSchema } from '../roadmap/schema';
import { LanguageSchema } from '../settings';

/**
 * One answer: a level 1..5, or "not applicable" (the statement does not fit
 * this organisation), or "don't know" (nobody in the room can say). Neither
 * of the latter two ever counts as a score.
 */
export const AnswerValueSchema = z.union([z.number().int().min(1).max(LEVEL_COUNT), z.literal('na'), z.literal('dont-know')], { error: 'bad-answer' });
export type AnswerValue = z.infer<typeof AnswerValueSchema>;
export { isLevel } from './is-level';

/** Long enough for any workshop note; beyond it the note is refused, not cut. */
export const MAX_NOTE_LENGTH = 10_000;
export const MAX_NAME_LENGTH = 200;

const ShortText = z.string().trim().max(MAX_NAME_LENGTH);
const IsoDate = z.iso.date();
const IsoDateTime = z.iso.datetime({ offset: true });

/** A person taking part in the workshop, with an optional group for overlays. */
export const ParticipantSchema = z.strictObject({
  id: IdSchema,
  name: ShortText.min(1),
  role: ShortText.optional(),
  /** E.g. "johto" / "asiakaspalvelu": scores per group are compared on the radar. */
  group: ShortText.optional(),
});
export type Participant = z.infer<typeof ParticipantSchema>;

/** Everything said about one statement: each participant's vote, the agreed score, a note. */
export const StatementAnswerSchema = z.strictObject({
  agreed: AnswerValueSchema.optional(),
  votes: z.record(IdSchema, AnswerValueSchema).optional(),
  note: z.string().max(MAX_NOTE_LENGTH).optional(),
  /** Evidence the team pointed to (documents, figures, examples). */
  evidence: z.string().max(MAX_NOTE_LENGTH).optional(),
});
export type StatementAnswer = z.infer<typeof StatementAnswerSchema>;

/** Per-area settings: weight in the overall index (default 1) and the target level. */
export const AreaSettingSchema = z.strictObject({
  weight: z.number().min(0).max(100).optional(),
  target: z.number().min(1).max(LEVEL_COUNT).optional(),
});
export type AreaSetting = z.infer<typeof AreaSettingSchema>;

export const ClientRefSchema = z.strictObject({ id: IdSchema, name: ShortText.min(1) });

/**
 * 1: the workshop (answers, participants, targets).
 * 2: adds the editable improvement roadmap (`roadmap`).
 * 3: never a document: the number of the library's stored record of a
 *    format-2 document (core/library/stored-assessment.ts). The document and
 *    its stored form share one sequence of numbers, so a number alone says
 *    which one a file is.
 * 4: adds the business KPIs (`kpis`); stored as record format 5. A Timantti
 *    that knows format 2 refuses a format-4 file as "newer" instead of
 *    dropping the KPIs it does not know. See docs/FORMAT.md.
 */
export const ASSESSMENT_FORMAT_VERSION = 4;

const AssessmentShape = z.strictObject({
  kind: z.literal('timantti-assessment'),
  formatVersion: z.literal(ASSESSMENT_FORMAT_VERSION),
  id: IdSchema,
  client: ClientRefSchema,
  title: ShortText.min(1),
  /** The workshop date (local calendar date). */
  date: IsoDate,
  language: LanguageSchema,
  consultant: ShortText.optional(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /**
   * The full questionnaire the assessment was taken with. Upgrading or
   * editing the questionnaire later never changes a past assessment.
   */
  questionnaire: QuestionnaireSchema,
  participants: z.array(ParticipantSchema).max(100),
  /** Keyed by statement id. */
  answers: z.record(IdSchema, StatementAnswerSchema),
  /** Keyed by area id. */
  areas: z.record(IdSchema, AreaSettingSchema).optional(),
  /** The improvement roadmap, once generated; the consultant's edits live here. */
  roadmap: RoadmapSchema.optional(),
  /** Business KPIs recorded for this assessment (format 4): values per period, and the consultant's own KPIs. */
  kpis: AssessmentKpisSchema.optional(),
});

/** An assessment, cross-checked against its own questionnaire snapshot. */
export const AssessmentSchema = AssessmentShape.superRefine((a, ctx) => {
  const issue = (path: PropertyKey[], message: string, params: Record<string, unknown>) => ctx.addIssue({ code: 'custom', path, message, params });
  const statementIds = new Set(a.questionnaire.areas.flatMap((area) => area.statements.map((s) => s.id)));
  const areaIds = new Set(a.questionnaire.areas.map((area) => area.id));
  const participantIds = new Set<string>();
  a.participants.forEach((p, i) => {
    if (participantIds.has(p.id)) issue(['participants', i, 'id'], 'duplicate-participant-id', { id: p.id });
    participantIds.add(p.id);
  });
  for (const [statementId, answer] of Object.entries(a.answers)) {
    if (!statementIds.has(statementId)) issue(['answers', statementId], 'unknown-statement', { id: statementId });
    for (const participantId of Object.keys(answer.votes ?? {})) {
      if (!participantIds.has(participantId)) issue(['answers', statementId, 'votes', participantId], 'unknown-participant', { id: participantId });
    }
  }
  for (const areaId of Object.keys(a.areas ?? {})) {
    if (!areaIds.has(areaId)) issue(['areas', areaId], 'unknown-area', { id: areaId });
  }
  const itemIds = new Set<string>();
  a.roadmap?.items.forEach((item, i) => {
    if (itemIds.has(item.id)) issue(['roadmap', 'items', i, 'id'], 'duplicate-roadmap-item-id', { id: item.id });
    itemIds.add(item.id);
    if (!areaIds.has(item.areaId)) issue(['roadmap', 'items', i, 'areaId'], 'unknown-area', { id: item.areaId });
  });
  if (a.kpis) for (const k of kpiIssues(a.kpis)) issue(['kpis', ...k.path], k.code, k.params);
});

export type Assessment = z.infer<typeof AssessmentShape>;
export { AssessmentShape };
