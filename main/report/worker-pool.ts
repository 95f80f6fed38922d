import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Assessment } from '../../core/assessment/schema';
import type { Language } from '../../core/settings';
import type { ReportInput, ReportPdf } from './create-report';

/** What the worker needs for a comparison report. */
export interface ComparisonJob {
  assessments: Assessment[];
  language: Language;
}

/**
 * One warm worker thread renders reports, so the app's main thread (and the
 * browser-mode server) keeps answering while pdfmake lays out pages, and the
 * second report skips loading pdfmake and the fonts. It exists in the build
 * (out/main/report-worker.js); when running from the sources there is none
 * and callers render in their own thread.
 */

type Reply = { id: number; ok: true; value: ReportPdf } | { id: number; ok: false; message: string };

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (r: ReportPdf) => void; reject: (e: Error) => void }>();

/** The built worker beside this module (out/main), or beside its chunk folder. */
function workerFile(): string | undefined {
  return [join(import.meta.dirname, 'report-worker.js'), join(import.meta.dirname, '..', 'report-worker.js')].find((f) => existsSync(f));
}

function failAll(error: Error): void {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
  worker = undefined;
}

function start(file: string): Worker {
  const w = new Worker(file);
  w.on('message', (reply: Reply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (reply.ok) p.resolve(reply.value);
    else p.reject(new Error(reply.message));
    if (pending.size === 0) w.unref();
  });
  w.on('error', (err) => failAll(err));
  w.on('exit', (code) => failAll(new Error(`report worker stopped (exit code ${code})`)));
  w.unref();
  return w;
}

/** Starts the worker ahead of the first report (the app calls this at start-up); false when there is no built worker. */
export function warmReportWorker(): boolean {
  const file = workerFile();
  if (!file) return false;
  worker ??= start(file);
  worker.postMessage({ id: 0, warm: true });
  return true;
}

/** Renders in the worker; undefined when there is no built worker to use. `file` picks the worker script (tests). */
export function renderInWorker(input: ReportInput, file: string | undefined = workerFile()): Promise<ReportPdf | undefined> {
  return post({ input }, file);
}

/** The standalone comparison report (render-comparison.ts) in the worker; undefined when there is no built worker. */
export function renderComparisonInWorker(comparison: ComparisonJob, file: string | undefined = workerFile()): Promise<ReportPdf | undefined> {
  return post({ comparison }, file);
}

async function post(job: { input: ReportInput } | { comparison: ComparisonJob }, file: string | undefined): Promise<ReportPdf | undefined> {
  if (!file) return undefined;
  worker ??= start(file);
  const id = nextId++;
  const w = worker;
  w.ref();
  return new Promise<ReportPdf>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, ...job });
  });
}

/** Stops the worker (tests, app shutdown). */
export async function stopReportWorker(): Promise<void> {
  const w = worker;
  worker = undefined;
  if (w) await w.terminate();
}
