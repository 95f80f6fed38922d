import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { app, BrowserWindow, dialog, resetFakeElectron, shell } from '../fakes/electron';
import { createReportSaver } from '../../main/electron/save-report';
import { createHandlers } from '../../main/handlers';
import { recentLines } from '../../main/log/logger';
import type { Library } from '../../main/library/library';
import type { ReportInput } from '../../main/report/create-report';
import type { SaveReport } from '../../main/report-handlers';
import { createSettingsStore } from '../../main/settings-store';
import { fakeReportPdf, solidPng } from '../fixtures/fake-report';
import { freshDir, seeded } from './library/helpers';

// The report channel through the contract, with a fake PDF engine: what is
// loaded, what is refused, and how the PDF reaches the user in each shell.
const libraries: Library[] = [];
afterEach(async () => {
  for (const l of libraries.splice(0)) await l.close();
});
beforeEach(() => resetFakeElectron());

async function setup(saveReport?: SaveReport) {
  const { dataDir, library, client, assessment } = await seeded();
  libraries.push(library);
  const earlier = await library.createAssessment({ clientId: client.id, title: 'Kypsyysarvio 2025', date: '2025-03-10', language: 'fi', participants: [] });
  const other = await library.createClient({ name: 'Harbour Logistics' });
  const foreign = await library.createAssessment({ clientId: other.id, title: 'Arvio', date: '2025-01-01', language: 'en', participants: [] });
  const renderReport = vi.fn(fakeReportPdf);
  const h = createHandlers({
    version: '1',
    dataDir,
    shell: saveReport ? 'desktop' : 'web',
    settings: createSettingsStore(dataDir, 'fi-FI'),
    library: () => ({ library }),
    renderReport,
    ...(saveReport ? { saveReport } : {}),
  });
  return { h, renderReport, assessment, earlier, foreign };
}

const pdfText = (bytes: Uint8Array | Buffer) => Buffer.from(bytes).toString('latin1');

describe('report:create in browser mode', () => {
  it('renders the assessment with the chosen earlier ones and returns the PDF as base64', async () => {
    const { h, renderReport, assessment, earlier } = await setup();
    const r = await h['report:create']({ assessmentId: assessment.id, options: { language: 'en', participants: 'roles', compareWith: [earlier.id] } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ fileName: 'Nordtek-Huolto-Oy-2026-03-17.pdf', pages: 1 });
    expect(r.value.savedTo).toBeUndefined();
    const pdf = Buffer.from(r.value.pdfBase64 ?? '', 'base64');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfText(pdf)).toContain('Nordtek Huolto Oy');
    expect(pdfText(pdf)).toContain('Customer understanding');
    const input = renderReport.mock.calls[0]?.[0] as ReportInput;
    expect(input.assessment.id).toBe(assessment.id);
    expect(input.earlier.map((e) => e.id)).toEqual([earlier.id]);
    expect(input.options).toEqual({ language: 'en', participants: 'roles', compareWith: [earlier.id] });
    expect(input.actionLibrary.kind).toBe('timantti-action-library');
    expect(input.now).toBeInstanceOf(Date);
  });

  it('refuses to compare with another client’s assessment, before rendering anything', async () => {
    const { h, renderReport, assessment, earlier, foreign } = await setup();
    const r = await h['report:create']({ assessmentId: assessment.id, options: { participants: 'roles', compareWith: [earlier.id, foreign.id] } });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input', path: '$.options.compareWith' } });
    expect(!r.ok && r.error.message).toMatch(/^report-other-client/);
    expect(renderReport).not.toHaveBeenCalled();
  });

  it('reports an unknown assessment, or an unknown one to compare with, as not found', async () => {
    const { h, renderReport, assessment } = await setup();
    await expect(h['report:create']({ assessmentId: 'no-such', options: { participants: 'roles' } })).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    await expect(h['report:create']({ assessmentId: assessment.id, options: { participants: 'roles', compareWith: ['gone'] } })).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(renderReport).not.toHaveBeenCalled();
  });

  it('ignores the assessment itself and duplicates in compareWith', async () => {
    const { h, renderReport, assessment, earlier } = await setup();
    await h['report:create']({ assessmentId: assessment.id, options: { participants: 'names', compareWith: [earlier.id, assessment.id, earlier.id] } });
    expect((renderReport.mock.calls[0]?.[0] as ReportInput).earlier.map((e) => e.id)).toEqual([earlier.id]);
  });

  it('passes a real PNG logo on and refuses one whose bytes are not an image', async () => {
    const { h, renderReport, assessment } = await setup();
    const png = `data:image/png;base64,${solidPng(60, 20).toString('base64')}`;
    await expect(h['report:create']({ assessmentId: assessment.id, options: { participants: 'roles', logo: { dataUrl: png } } })).resolves.toMatchObject({
      ok: true,
    });
    expect((renderReport.mock.calls[0]?.[0] as ReportInput).options.logo?.dataUrl).toBe(png);
    const gif = `data:image/png;base64,${Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00', 'latin1').toString('base64')}`;
    await expect(h['report:create']({ assessmentId: assessment.id, options: { participants: 'roles', logo: { dataUrl: gif } } })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-input', path: '$.options.logo' },
    });
    await expect(
      h['report:create']({ assessmentId: assessment.id, options: { participants: 'roles', logo: { dataUrl: 'data:image/svg+xml;base64,PHN2Zz4=' } } }),
    ).resolves.toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(renderReport).toHaveBeenCalledTimes(1);
  });

  it('turns an engine failure into a plain coded error without its detail', async () => {
    const { dataDir, library, assessment } = await seeded();
    libraries.push(library);
    const h = createHandlers({
      version: '1',
      dataDir,
      shell: 'web',
      settings: createSettingsStore(dataDir, 'fi-FI'),
      library: () => ({ library }),
      renderReport: () => Promise.reject(new Error("ENOENT: no such file, open '/home/consultant/fonts/Inter.woff'")),
    });
    const r = await h['report:create']({ assessmentId: assessment.id, options: { participants: 'roles' } });
    expect(r).toEqual({ ok: false, error: { code: 'internal', message: 'the report could not be rendered' } });
    // The detail goes to the log, as a code and a description: not the user's folder.
    expect(recentLines().at(-1)).toContain(`[error] report: rendering ${assessment.id} failed: Error: ENOENT: no such file, open '…'`);
    expect(recentLines().join('\n')).not.toContain('/home/consultant');
  });
});

describe('report:create in the desktop app', () => {
  it('asks where to save over the focused window, in Documents, writes the PDF and opens it', async () => {
    const docs = freshDir();
    app.setPath('documents', docs);
    const win = new BrowserWindow({});
    BrowserWindow.focused = win;
    const target = join(docs, 'raportti.pdf');
    dialog.saveAnswer = { canceled: false, filePath: target };
    const { h, assessment } = await setup(createReportSaver(() => undefined));
    const r = await h['report:create']({ assessmentId: assessment.id, options: { participants: 'roles' } });
    expect(r).toEqual({ ok: true, value: { fileName: 'Nordtek-Huolto-Oy-2026-03-17.pdf', pages: 1, savedTo: target, opened: true } });
    expect(pdfText(readFileSync(target))).toContain('Nordtek Huolto Oy');
    expect(dialog.saveDialogs).toHaveLength(1);
    expect(dialog.saveDialogs[0]?.window).toBe(win);
    expect(dialog.saveDialogs[0]?.options).toMatchObject({
      title: 'Tallenna raportti', // the UI language (settings: fi)
      defaultPath: join(docs, 'Nordtek-Huolto-Oy-2026-03-17.pdf'),
      filters: [{ extensions: ['pdf'] }],
    });
    expect(shell.openedPaths).toEqual([target]);
    // No temp file left beside it.
    expect(readdirSync(docs)).toEqual(['raportti.pdf']);
  });

  it('returns cancelled when the user closes the dialog, and writes and opens nothing', async () => {
    const docs = freshDir();
    app.setPath('documents', docs);
    dialog.saveAnswer = { canceled: true, filePath: '' };
    const { h, assessment } = await setup(createReportSaver(() => undefined));
    const r = await h['report:create']({ assessmentId: assessment.id, options: { participants: 'roles' } });
    expect(r).toEqual({ ok: true, value: { fileName: 'Nordtek-Huolto-Oy-2026-03-17.pdf', pages: 1, cancelled: true } });
    expect(readdirSync(docs)).toEqual([]);
    expect(shell.openedPaths).toEqual([]);
  });

  it('adds .pdf to a typed name unless that would replace a file nobody confirmed', async () => {
    const docs = freshDir();
    dialog.saveAnswer = { canceled: false, filePath: join(docs, 'raportti') };
    const { h, assessment } = await setup(createReportSaver(() => undefined));
    await expect(h['report:create']({ assessmentId: assessment.id, options: { participants: 'roles' } })).resolves.toMatchObject({
      value: { savedTo: join(docs, 'raportti.pdf') },
    });
    writeFileSync(join(docs, 'muistio.pdf'), 'keep me');
    dialog.saveAnswer = { canceled: false, filePath: join(docs, 'muistio') };
    await expect(h['report:create']({ assessmentId: assessment.id, options: { participants: 'roles' } })).resolves.toMatchObject({
      value: { savedTo: join(docs, 'muistio'), opened: false },
    });
    expect(readFileSync(join(docs, 'muistio.pdf'), 'utf8')).toBe('keep me');
    expect(existsSync(join(docs, 'muistio'))).toBe(true);
    // Only a .pdf is handed to the system to open.
    expect(shell.openedPaths).toEqual([join(docs, 'raportti.pdf')]);
  });

  it('still succeeds when the PDF cannot be opened, saying so', async () => {
    const docs = freshDir();
    dialog.saveAnswer = { canceled: false, filePath: join(docs, 'r.pdf') };
    shell.openPathError = 'No application is associated with the specified file';
    const { h, assessment } = await setup(createReportSaver(() => undefined));
    await expect(h['report:create']({ assessmentId: assessment.id, options: { participants: 'roles' } })).resolves.toMatchObject({
      ok: true,
      value: { savedTo: join(docs, 'r.pdf'), opened: false },
    });
    expect(recentLines().at(-1)).toContain('[warn] report: the saved PDF could not be opened in the system viewer');
  });

  it('reports a failed write as storage-failed without the folder in the message', async () => {
    const docs = freshDir();
    const missing = join(docs, 'poistettu-kansio', 'asiakas', 'r.pdf');
    dialog.saveAnswer = { canceled: false, filePath: missing };
    const { h, assessment } = await setup(createReportSaver(() => undefined));
    const r = await h['report:create']({ assessmentId: assessment.id, options: { participants: 'roles' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    expect(!r.ok && r.error.message).not.toContain(docs);
    expect(!r.ok && r.error.message).toContain('ENOENT');
    expect(shell.openedPaths).toEqual([]);
    // Logged without the path: the folder ("asiakas") may be named after the client.
    expect(recentLines().at(-1)).toMatch(/\[error\] report: saving the PDF failed: ENOENT \(open\)/);
    expect(recentLines().at(-1)).not.toContain(docs);
  });
});
