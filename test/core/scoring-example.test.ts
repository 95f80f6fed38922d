import { describe, expect, it } from 'vitest';
import { scoreAssessment } from '../../core/scoring';
import { assessment, participants, questionnaire, votes } from '../fixtures/builders';

// The worked example of docs/SCORING.md ("A small example by hand"), number
// for number. If this test changes, the document must change with it.
const q = questionnaire({ strategy: ['s1', 's2'], measurement: ['m1', 'm2', 'm3'] });
const a = assessment(
  q,
  participants('anna:johto', 'ben:johto', 'cecilia:asiakaspalvelu'),
  {
    s1: votes({ anna: 4, ben: 3, cecilia: 2 }, 3),
    s2: votes({ anna: 4, ben: 4, cecilia: 'na' }),
    m1: votes({ anna: 2, ben: 3, cecilia: 1 }),
    m2: votes({ anna: 'dont-know', ben: 2, cecilia: 2 }),
    m3: votes({ anna: 3 }, 'na'),
  },
  { areas: { strategy: { weight: 2, target: 4 }, measurement: { target: 3 } } },
);
const scores = scoreAssessment(a);
const area = (id: string) => scores.areas.find((x) => x.areaId === id)!;
const statement = (id: string) => scores.areas.flatMap((x) => x.statements).find((s) => s.statementId === id)!;

describe('docs/SCORING.md worked example', () => {
  it('step 1: statement scores', () => {
    expect(statement('s1')).toMatchObject({ score: 3, basis: 'agreed', disagreement: true, spread: { n: 3, min: 2, max: 4 } });
    expect(statement('s1').spread!.sd).toBeCloseTo(0.8165, 4);
    expect(statement('s2')).toMatchObject({ score: 4, basis: 'votes', disagreement: false, notApplicable: 1, spread: { n: 2, min: 4, max: 4, sd: 0 } });
    expect(statement('m1')).toMatchObject({ score: 2, basis: 'votes', disagreement: true });
    expect(statement('m2')).toMatchObject({ score: 2, dontKnow: 1 });
    expect(statement('m3')).toMatchObject({ score: null, basis: 'agreed', answered: true });
  });

  it('step 2: area scores, stages, gaps and coverage', () => {
    expect(area('strategy')).toMatchObject({ score: 3.5, stage: 4, weight: 2, target: 4, gap: 0.5 });
    expect(area('measurement')).toMatchObject({ score: 2, stage: 2, weight: 1, target: 3, gap: 1 });
    expect(area('measurement').coverage).toEqual({ answered: 3, scored: 2, total: 3, share: 1 });
  });

  it('step 3: overall index and stage', () => {
    expect(scores.overall).toBe(3);
    expect(scores.stage).toBe(3);
    expect(scores.coverage).toEqual({ answered: 5, scored: 4, total: 5, share: 1 });
  });

  it('step 4: spread of the participants’ own area scores', () => {
    expect(scores.participants.map((p) => [p.participantId, p.areas.strategy, p.areas.measurement])).toEqual([
      ['anna', 4, 2.5],
      ['ben', 3.5, 2.5],
      ['cecilia', 2, 1.5],
    ]);
    expect(area('strategy').spread!.sd).toBeCloseTo(0.8498, 4);
    expect(area('measurement').spread!.sd).toBeCloseTo(0.4714, 4);
  });

  it('step 5: group overlays', () => {
    const johto = scores.groups.find((g) => g.group === 'johto')!;
    const front = scores.groups.find((g) => g.group === 'asiakaspalvelu')!;
    expect(johto.areas).toEqual({ strategy: 3.75, measurement: 2.5 });
    expect(johto.overall).toBeCloseTo(3.3333, 4);
    expect(front.areas).toEqual({ strategy: 2, measurement: 1.5 });
    expect(front.overall).toBeCloseTo(1.8333, 4);
  });

  it('step 6: where the room disagreed', () => {
    expect(scores.disagreements.map((s) => s.statementId)).toEqual(['s1', 'm1']);
  });
});
