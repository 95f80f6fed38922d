import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Assessment } from '../../core/assessment/schema';
import { summarize } from '../../core/library/summary';
import { ApiProvider } from '../../renderer/src/api/api-context';
import { ConfirmProvider } from '../../renderer/src/components/confirm';
import { NotifierProvider } from '../../renderer/src/components/notifier';
import { initI18n } from '../../renderer/src/i18n';
import { ResultsScreen } from '../../renderer/src/screens/results-screen';
import { example } from '../fixtures/builders';
import { fakeApi } from './fake-api';

function show(assessment: Assessment, earlier: Assessment[] = []) {
  const api = fakeApi('fi');
  const byId = new Map([assessment, ...earlier].map((a) => [a.id, a]));
  api['assessment:get'].mockImplementation(async ({ id }: { id: string }) => ({ ok: true, value: byId.get(id) }));
  api['assessment:list'].mockResolvedValue({ ok: true, value: [assessment, ...earlier].map(summarize) });
  render(
    <ApiProvider api={api}>
      <NotifierProvider>
        <ConfirmProvider>
          <ResultsScreen assessmentId={assessment.id} />
        </ConfirmProvider>
      </NotifierProvider>
    </ApiProvider>,
  );
}

describe('results: what was said and what changed (issue 11 points 6 and 7)', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    await initI18n('fi');
  });
  afterEach(cleanup);

  it('shows the overall index against the previous assessment', async () => {
    show(example('nordtek-2026'), [example('nordtek-2025')]);
    const change = await screen.findByTestId('overall-change');
    expect(change.textContent).toBe('Edellinen arvio 18.3.2025: 2,2 · muutos +0,3');
  });

  it('has no change line without an earlier assessment', async () => {
    show(example('nordtek-2026'));
    await screen.findByTestId('overall');
    expect(screen.queryByTestId('overall-change')).toBeNull();
  });

  it('lists the notes and evidence per area, closed until the consultant opens an area', async () => {
    const base = example('nordtek-2026');
    const first = base.questionnaire.areas[0]!.statements[0]!;
    const assessment: Assessment = {
      ...base,
      answers: { ...base.answers, [first.id]: { ...base.answers[first.id], evidence: 'Asiakaskysely 2025, 212 vastausta' } },
    };
    show(assessment);
    const section = (await screen.findByRole('heading', { name: 'Muistiinpanot ja perustelut' })).closest('section')!;
    const withNotes = assessment.questionnaire.areas.filter((a) =>
      a.statements.some((s) => assessment.answers[s.id]?.note || assessment.answers[s.id]?.evidence),
    );
    expect(section.querySelectorAll('[data-notes-area]')).toHaveLength(withNotes.length);
    expect(within(section).queryByText('Asiakaskysely 2025, 212 vastausta')).toBeNull();
    fireEvent.click(within(section).getByRole('button', { name: /Asiakasymmärrys/ }));
    expect(await within(section).findByText('Asiakaskysely 2025, 212 vastausta')).toBeTruthy();
    expect(within(section).getByText(first.text.fi)).toBeTruthy();
  });

  it('says so when nothing was written', async () => {
    const base = example('nordtek-2026');
    show({ ...base, answers: Object.fromEntries(Object.entries(base.answers).map(([id, a]) => [id, { ...a, note: '', evidence: '' }])) });
    expect(await screen.findByText('Muistiinpanoja tai perusteluja ei kirjattu.')).toBeTruthy();
  });
});
