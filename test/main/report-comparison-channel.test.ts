import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { app, BrowserWindow, dialog, resetFakeElectron, shell } from '../fakes/electron';
import { createReportSaver } from '../../main/electron/save-report';
import { createHandlers } from '../../main/handlers';
import type { Library } from '../../main/library/library';
import type { SaveReport } from '../../main/report-handlers';
import { createSettingsStore } from '../../main/settings-store';
import { fakeComparisonPdf } from '../fixtures/fake-report';
import { freshDir, seeded } from './library/helpers';
import { pdfText, qpdfCheck, savePdf } from './report/pdf-tools';

// The comparison report channel through the contract: what is loaded, what is
// refused before anything is rendered, and how the PDF reaches the user.
const libraries: Library[] = [];
afterEach(async () => {
  for (const l of libraries.splice(0)) await l.close();
});
beforeEach(() => resetFakeElectron());

async function setup(opts: { saveReport?: SaveReport; realEngine?: boolean } = {}) {
  const { dataDir, library, client, assessment } = await seeded();
  libraries.push(library);
  const earlier = await library.createAssessment({ clientId: client.id, title: 'Kypsyysarvio 2025', date: '2025-03-10', language: 'fi', participants: [] });
  const other = await library.createClient({ name: 'Harbour Logistics' });
  const foreign = await library.createAssessment({ clientId: other.id, title: 'Arvio', date: '2025-01-01', language: 'en', participants: [] });
  const renderComparison = vi.fn(fakeComparisonPdf);
  const h = createHandlers({
    version: '1',
    dataDir,
    shell: opts.saveReport ? 'desktop' : 'web',
    settings: createSettingsStore(dataDir, 'fi-FI'),
    library: () => ({ library }),
    ...(opts.realEngine ? {} : { renderComparison }),
    ...(opts.saveReport ? { saveReport: opts.saveReport } : {}),
  });
  return { h, renderComparison, assessment, earlier, foreign };
}

describe('report:comparison in browser mode', () => {
  it('renders the given assessments in the latest one’s language and returns the PDF as base64', async () => {
    const { h, renderComparison, assessment, earlier } = await setup();
    const r = await h['report:comparison']({ assessmentIds: [assessment.id, earlier.id] });
    expect(r).toMatchObject({ ok: true, value: { fileName: 'comparison-fi.pdf', pages: 1 } });
    if (!r.ok) return;
    expect(r.value.savedTo).toBeUndefined();
    expect(pdfText(savePdf(Buffer.from(r.value.pdfBase64 ?? '', 'base64')))).toContain('Nordtek Huolto Oy');
    const [assessments, language] = renderComparison.mock.calls[0]!;
    expect(assessments.map((a) => a.id)).toEqual([assessment.id, earlier.id]);
    expect(language).toBe('fi');
    await h['report:comparison']({ assessmentIds: [earlier.id, assessment.id], language: 'en' });
    expect(renderComparison.mock.calls[1]?.[1]).toBe('en');
  });

  it('refuses another client’s assessment, the same one twice, fewer than two and unknown ids, before rendering', async () => {
    const { h, renderComparison, assessment, earlier, foreign } = await setup();
    const other = await h['report:comparison']({ assessmentIds: [assessment.id, earlier.id, foreign.id] });
    expect(other).toMatchObject({ ok: false, error: { code: 'invalid-input', path: '$.assessmentIds' } });
    expect(!other.ok && other.error.message).toMatch(/^report-other-client/);
    await expect(h['report:comparison']({ assessmentIds: [assessment.id, assessment.id] })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-input', path: '$.assessmentIds' },
    });
    await expect(h['report:comparison']({ assessmentIds: [assessment.id] })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    await expect(h['report:comparison']({ assessmentIds: [assessment.id, 'gone'] })).resolves.toMatchObject({ ok: false, error: { code: 'not-found' } });
    await expect(h['report:comparison']({ assessmentIds: [assessment.id, earlier.id], extra: 1 } as never)).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(renderComparison).not.toHaveBeenCalled();
  });

  it('with the real engine: a valid PDF naming the client and both dates', async () => {
    const { h, assessment, earlier } = await setup({ realEngine: true });
    const r = await h['report:comparison']({ assessmentIds: [assessment.id, earlier.id] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.fileName).toBe('Nordtek-Huolto-Oy-vertailu-2026-03-17.pdf');
    const file = savePdf(Buffer.from(r.value.pdfBase64 ?? '', 'base64'));
    expect(qpdfCheck(file).status).toBe(0);
    const text = pdfText(file);
    expect(text).toContain('Nordtek Huolto Oy');
    expect(text).toContain('10.3.2025');
    expect(text).toContain('17.3.2026');
  }, 30_000);
});

describe('report:comparison in the desktop app', () => {
  it('asks where to save, writes the PDF and opens it', async () => {
    const docs = freshDir();
    app.setPath('documents', docs);
    BrowserWindow.focused = new BrowserWindow({});
    const target = join(docs, 'vertailu.pdf');
    dialog.saveAnswer = { canceled: false, filePath: target };
    const { h, assessment, earlier } = await setup({ saveReport: createReportSaver(() => undefined) });
    const r = await h['report:comparison']({ assessmentIds: [assessment.id, earlier.id] });
    expect(r).toEqual({ ok: true, value: { fileName: 'comparison-fi.pdf', pages: 1, savedTo: target, opened: true } });
    expect(readFileSync(target).subarray(0, 5).toString()).toBe('%PDF-');
    expect(shell.openedPaths).toEqual([target]);
  });
});
