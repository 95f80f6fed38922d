import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiProvider } from '../../renderer/src/api/api-context';
import { ConfirmProvider } from '../../renderer/src/components/confirm';
import { NotifierProvider } from '../../renderer/src/components/notifier';
import { initI18n } from '../../renderer/src/i18n';
import { ResultsScreen } from '../../renderer/src/screens/results-screen';
import type { Assessment } from '../../core/assessment/schema';
import { diamondAssessment } from '../fixtures/roadmap';
import { assessment, readJson } from '../fixtures/builders';
import type { Questionnaire } from '../../core/questionnaire/schema';
import { fakeApi } from './fake-api';

function show(assessment: Assessment) {
  const api = fakeApi('fi');
  api['assessment:get'].mockResolvedValue({ ok: true, value: assessment });
  api['assessment:list'].mockResolvedValue({ ok: true, value: [] });
  render(
    <ApiProvider api={api}>
      <NotifierProvider>
        <ConfirmProvider>
          <ResultsScreen assessmentId="a1" />
        </ConfirmProvider>
      </NotifierProvider>
    </ApiProvider>,
  );
}

const listItems = (heading: string) => {
  const section = screen.getByRole('heading', { name: heading }).parentElement!;
  return [...section.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s[\d,]+$/, '').replace(/\s\+[\d,]+$/, ''));
};

describe('results claim no more than the answers carry (the report’s rules)', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    await initI18n('fi');
  });
  afterEach(cleanup);

  it('at 15 of 45 statements scored shows progress instead of a stage, and never the same area as a strength and a weakness', async () => {
    show(diamondAssessment({ strategy: [4], brand: [2], measurement: [1] }));
    const withheld = await screen.findByTestId('stage-withheld');
    expect(withheld.textContent).toMatch(/Kypsyysvaihetta ei vielä määritetä: pisteytetty 15\/45 väittämää/);
    expect(screen.queryByText(/^Kypsyysvaihe:/)).toBeNull();
    const strengths = listItems('Vahvuudet');
    const weakest = listItems('Heikoimmat osa-alueet');
    expect(strengths.length).toBeGreaterThan(0);
    expect(strengths.filter((a) => weakest.includes(a))).toEqual([]);
    // Areas without enough answers say so instead of a stage.
    expect(document.querySelector('[data-area="culture"]')!.textContent).toContain('liian vähän vastauksia');
  });

  it('counts don’t-know as answered but not scored in the coverage shown', async () => {
    show(diamondAssessment({ strategy: ['dont-know'], brand: [3], measurement: [3], culture: [3], organization: [3], emotion: [3], technology: [3] }));
    await screen.findByText(/Pisteytetty:/);
    expect(screen.getByText(/Pisteytetty:/).textContent).toContain('30/45');
    expect(document.querySelector('[data-area="strategy"]')!.textContent).toContain('0/5');
  });

  it('with questionnaire v2, caps the overall stage at the weakest area + 1 and says why', async () => {
    const v2 = readJson('assessments/questionnaires/b2b-cx-diamond-v2.json') as Questionnaire;
    const answers = Object.fromEntries(v2.areas.flatMap((area) => area.statements.map((st) => [st.id, { agreed: area.id === 'measurement' ? 1 : 5 }])));
    show(assessment(v2, [], answers));
    const capped = await screen.findByTestId('stage-capped');
    expect(capped.textContent).toBe(
      'Kokonaisvaihe on enintään yhden vaiheen heikointa osa-aluetta korkeampi: Mittaaminen on vaiheessa 1, vaikka keskiarvo yksin antaisi vaiheen 5.',
    );
    expect(screen.getByText(/^Kypsyysvaihe:/).textContent).toBe('Kypsyysvaihe: 2 – Käynnistynyt');
  });
});
