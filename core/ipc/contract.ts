import { z } from 'zod';
import { DiagnosticsSchema } from '../diagnostics';
import type { Result } from '../result';
import { LanguageSchema, SettingsPatchSchema, SettingsSchema } from '../settings';
import type { Channel } from './channels';
import {
  AnswerSavedSchema,
  AnswerSaveSchema,
  AssessmentCreateSchema,
  AssessmentListSchema,
  AssessmentSchema,
  AssessmentUpdateSchema,
  BackupInfoSchema,
  ClientCreateSchema,
  ClientDeletedSchema,
  ClientSchema,
  ClientUpdateSchema,
  ExportedBinarySchema,
  ExportedSchema,
  ImportPreviewInputSchema,
  ImportPreviewSchema,
  ImportResultSchema,
  ImportSchema,
  LibraryEventSchema,
  QuestionnaireImportedSchema,
  QuestionnaireImportSchema,
  QuestionnaireInfoSchema,
  QuestionnaireKeySchema,
  QuestionnaireRetireSchema,
  RecycleEntrySchema,
  SaveStatusSchema,
  SummarySchema,
} from './library-schemas';
import { IdSchema, QuestionnaireSchema } from '../questionnaire/schema';
import { RoadmapGenerateResultSchema, RoadmapSaveSchema } from './roadmap-schemas';
import { ReportComparisonSchema, ReportCreateSchema, ReportCreatedSchema } from './report-schemas';
import {
  NetworkInterfaceSchema,
  VotingFollowSchema,
  VotingRemoveSchema,
  VotingStartSchema,
  VotingStateQuerySchema,
  VotingStateSchema,
} from '../voting/contract';

/** A backup or recycle-bin entry name: one plain file name, never a path, a NUL or `..`. */
const FileName = z
  .string()
  .min(1)
  .max(300)
  .regex(/^(?!\.\.?$)[^\0/\\]+$/, { message: 'bad-file-name' });

/** Input of a channel that takes nothing: `undefined` over IPC, `null` over JSON. */
const NoInput = z.union([z.undefined(), z.null()]).transform(() => undefined);

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  dataDir: z.string(),
  language: LanguageSchema,
  /**
   * Whether the language is the user's own choice (stored in settings.json).
   * When it is not, the renderer follows the browser's or the desktop's UI
   * language rather than `language`, which is only the server's locale.
   */
  languageChosen: z.boolean(),
  /** 'desktop' under Electron, 'web' in browser mode. */
  shell: z.enum(['desktop', 'web']),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;

/**
 * The one contract between the processes: for each channel, the schema its
 * input must pass and the schema of what it returns. Main's handler table,
 * the preload bridge, the browser-mode HTTP twin and the renderer's API type
 * are all derived from this object; nobody writes those by hand.
 */
const ComparisonExportSchema = z.strictObject({ assessmentIds: z.array(IdSchema).min(2).max(11) });

export const contract = {
  'app:info': { input: NoInput, output: AppInfoSchema },
  'settings:get': { input: NoInput, output: SettingsSchema },
  'settings:set': { input: SettingsPatchSchema, output: SettingsSchema },
  'diagnostics:collect': { input: NoInput, output: DiagnosticsSchema },
  'library:status': { input: NoInput, output: SaveStatusSchema },
  'library:events': { input: NoInput, output: z.array(LibraryEventSchema) },
  'library:import': { input: ImportSchema, output: ImportResultSchema },
  'library:import-preview': { input: ImportPreviewInputSchema, output: ImportPreviewSchema },
  'questionnaire:list': { input: NoInput, output: z.array(QuestionnaireInfoSchema) },
  'questionnaire:get': { input: QuestionnaireKeySchema, output: QuestionnaireSchema },
  'questionnaire:import': { input: QuestionnaireImportSchema, output: QuestionnaireImportedSchema },
  'questionnaire:retire': { input: QuestionnaireRetireSchema, output: QuestionnaireInfoSchema },
  'client:list': { input: NoInput, output: z.array(ClientSchema) },
  'client:create': { input: ClientCreateSchema, output: ClientSchema },
  'client:update': { input: ClientUpdateSchema, output: ClientSchema },
  'client:delete': { input: z.strictObject({ id: IdSchema }), output: ClientDeletedSchema },
  'assessment:list': { input: AssessmentListSchema, output: z.array(SummarySchema) },
  'assessment:get': { input: z.strictObject({ id: IdSchema }), output: AssessmentSchema },
  'assessment:create': { input: AssessmentCreateSchema, output: AssessmentSchema },
  'assessment:update': { input: AssessmentUpdateSchema, output: AssessmentSchema },
  'assessment:delete': { input: z.strictObject({ id: IdSchema }), output: RecycleEntrySchema },
  'recycle:list': { input: NoInput, output: z.array(RecycleEntrySchema) },
  'recycle:restore': { input: z.strictObject({ entry: FileName }), output: SummarySchema },
  'answer:save': { input: AnswerSaveSchema, output: AnswerSavedSchema },
  'backup:list': { input: z.strictObject({ assessmentId: IdSchema }), output: z.array(BackupInfoSchema) },
  'backup:restore': { input: z.strictObject({ assessmentId: IdSchema, name: FileName }), output: AssessmentSchema },
  'export:assessment': { input: z.strictObject({ id: IdSchema }), output: ExportedSchema },
  'export:client': { input: z.strictObject({ clientId: IdSchema }), output: ExportedSchema },
  'export:csv': { input: z.strictObject({ assessmentIds: z.array(IdSchema).min(1).max(10_000) }), output: ExportedSchema },
  'export:xlsx': { input: z.strictObject({ id: IdSchema }), output: ExportedBinarySchema },
  /** A client's assessments compared over time (two to eleven): scores per area per assessment and every KPI value. */
  'export:comparison-csv': { input: ComparisonExportSchema, output: ExportedSchema },
  'export:comparison-xlsx': { input: ComparisonExportSchema, output: ExportedBinarySchema },
  'roadmap:generate': { input: z.strictObject({ assessmentId: IdSchema }), output: RoadmapGenerateResultSchema },
  'roadmap:save': { input: RoadmapSaveSchema, output: AssessmentSchema },
  'report:create': { input: ReportCreateSchema, output: ReportCreatedSchema },
  'report:comparison': { input: ReportComparisonSchema, output: ReportCreatedSchema },
  /** Phone voting (issue 14): the facilitator's side. The phones talk to the separate participant server, never to these. */
  'voting:interfaces': { input: NoInput, output: z.array(NetworkInterfaceSchema) },
  'voting:start': { input: VotingStartSchema, output: VotingStateSchema },
  'voting:stop': { input: NoInput, output: VotingStateSchema },
  /** A long poll: answers when the state's version passes `since`, or after `waitMs`. */
  'voting:state': { input: VotingStateQuerySchema, output: VotingStateSchema },
  'voting:follow': { input: VotingFollowSchema, output: VotingStateSchema },
  'voting:remove': { input: VotingRemoveSchema, output: VotingStateSchema },
} as const satisfies Record<Channel, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
/** What a caller passes (before parsing). */
export type InputOf<K extends Channel> = z.input<Contract[K]['input']>;
/** What a handler receives (after parsing). */
export type ParsedInputOf<K extends Channel> = z.output<Contract[K]['input']>;
export type OutputOf<K extends Channel> = z.output<Contract[K]['output']>;

/**
 * The API the renderer calls: one async function per channel. Derived from the
 * contract, so a channel added there appears here with its types.
 */
export type TimanttiApi = {
  [K in Channel]: (...args: undefined extends InputOf<K> ? [input?: InputOf<K>] : [input: InputOf<K>]) => Promise<Result<OutputOf<K>>>;
};
