import type { AssessmentPatch, NewAssessment } from '../../core/assessment/changes';
import { ASSESSMENT_FORMAT_VERSION, AssessmentSchema, type Assessment } from '../../core/assessment/schema';
import type { Roadmap } from '../../core/roadmap/schema';
import type { Questionnaire } from '../../core/questionnaire/schema';
import { issuesFromZod } from '../../core/validation/issues';
import type { AssessmentStore } from './assessment-store';
import type { ClientStore } from './client-store';
import type { QuestionnaireCatalog } from './questionnaire-catalog';
import { definedOnly, type LibraryContext } from './library-context';
import { LibraryError, LibraryValidationError } from './library-errors';

/**
 * Creating an assessment and the edits that are not answers (those are the
 * store's hot path). Each is validated as a whole assessment before the
 * durable write, so nothing invalid ever reaches a file.
 */
export class AssessmentEdits {
  constructor(
    private readonly ctx: LibraryContext,
    private readonly store: AssessmentStore,
    private readonly clients: ClientStore,
    /** What is offered for new assessments; the first offered is the default. */
    private readonly catalog: QuestionnaireCatalog,
  ) {}

  async create(input: NewAssessment): Promise<Assessment> {
    const client = this.clients.get(input.clientId);
    if (!client) throw new LibraryError('not-found', `no client ${input.clientId}`);
    const source = input.copyFrom ? await this.store.get(input.copyFrom.assessmentId) : undefined;
    // A new assessment uses the questionnaire asked for, else, when it starts from an earlier one, the
    // newest offered version of the earlier one's questionnaire (a v1 assessment's successor is taken
    // on v2; a consultant's own questionnaire stays theirs), falling back to the earlier one's own
    // snapshot when nothing of it is offered any more (retired); else the default (the first offered).
    const questionnaire = input.questionnaire
      ? this.catalog.offered(input.questionnaire)
      : source
        ? (this.catalog.newestOffered(source.questionnaire.id) ?? source.questionnaire)
        : this.catalog.offered();
    if (!questionnaire) throw new LibraryError('invalid-input', 'unknown or retired questionnaire');
    // Copied answers carry over only for statements the new questionnaire has: an id is kept across
    // versions only while its meaning is (docs/CONTENT.md), so a changed statement starts unanswered.
    const statementIds = new Set(questionnaire.areas.flatMap((a) => a.statements.map((s) => s.id)));
    const copiedAnswers =
      source && input.copyFrom?.answers ? Object.fromEntries(Object.entries(structuredClone(source.answers)).filter(([id]) => statementIds.has(id))) : {};
    const stamp = this.ctx.now().toISOString();
    const candidate = {
      kind: 'timantti-assessment' as const,
      formatVersion: ASSESSMENT_FORMAT_VERSION,
      id: this.ctx.newId('assessment'),
      client: { id: client.id, name: client.name },
      title: input.title,
      date: input.date,
      language: input.language,
      ...(input.consultant ? { consultant: input.consultant } : {}),
      createdAt: stamp,
      updatedAt: stamp,
      questionnaire,
      participants: input.participants ?? source?.participants ?? [],
      answers: copiedAnswers,
      ...(areaSettings(input.areas ?? source?.areas, questionnaire) ?? {}),
    };
    const assessment = validate(candidate);
    await this.store.add(assessment);
    return assessment;
  }

  async update(id: string, patch: AssessmentPatch): Promise<Assessment> {
    const current = await this.store.get(id);
    const participantIds = new Set((patch.participants ?? current.participants).map((p) => p.id));
    // Removing a participant removes their votes too: a vote without a voter would make the file invalid.
    const answers = patch.participants
      ? Object.fromEntries(
          Object.entries(current.answers).map(([sid, answer]) => [
            sid,
            { ...answer, ...(answer.votes ? { votes: Object.fromEntries(Object.entries(answer.votes).filter(([pid]) => participantIds.has(pid))) } : {}) },
          ]),
        )
      : current.answers;
    const next = validate({ ...current, ...definedOnly(patch), answers });
    return this.store.mutate(id, () => next);
  }

  /**
   * Replaces the assessment's roadmap with what `build` makes of the latest
   * stored state, validated as a whole assessment (unknown areas, duplicate
   * item ids) before the durable write. `build` runs inside the write, so it
   * never works on a stale copy.
   */
  async saveRoadmap(id: string, build: (current: Assessment, now: Date) => Roadmap): Promise<Assessment> {
    await this.store.get(id);
    return this.store.mutate(id, (a) => validate({ ...a, roadmap: build(a, this.ctx.now()) }));
  }
}

function validate(candidate: unknown): Assessment {
  const parsed = AssessmentSchema.safeParse(candidate);
  if (!parsed.success) throw new LibraryValidationError(issuesFromZod(parsed.error));
  return parsed.data;
}

/** Area weights and targets for the areas the questionnaire has (an earlier assessment's may name others). */
function areaSettings(areas: Assessment['areas'], questionnaire: Questionnaire): { areas: NonNullable<Assessment['areas']> } | undefined {
  if (!areas) return undefined;
  const ids = new Set(questionnaire.areas.map((a) => a.id));
  return { areas: Object.fromEntries(Object.entries(areas).filter(([id]) => ids.has(id))) };
}
