import { parentPort } from 'node:worker_threads';
import { enableCompileCache } from '../compile-cache';
import type { ReportInput } from './create-report';
import type { ComparisonJob } from './worker-pool';

enableCompileCache();
// Imported after the compile cache is on (messages wait in the port meanwhile).
const [{ configurePdfmake, renderReport }, { renderComparisonPdf }] = await Promise.all([import('./render'), import('./render-comparison')]);

// The report worker thread (see worker-pool.ts): renders one report per
// message and posts the PDF bytes back.
const port = parentPort;
if (port) {
  port.on('message', (message: { id: number; input?: ReportInput; comparison?: ComparisonJob; warm?: boolean }) => {
    if (message.warm) {
      // Fonts read and parsed, kerning and pdfmake set up: the first report only lays out and draws.
      configurePdfmake();
      return;
    }
    const job = message.input
      ? renderReport(message.input)
      : message.comparison
        ? renderComparisonPdf(message.comparison.assessments, message.comparison.language)
        : undefined;
    if (!job) return;
    job.then(
      (value) => {
        // pdfmake's bytes live in a Node Buffer's memory, which Node 24 may refuse to transfer
        // (DataCloneError, seen with the comparison report): a copy (a few hundred KiB at most)
        // is always transferable, and is then moved to the main thread without a second copy.
        const pdf = new Uint8Array(value.pdf);
        port.postMessage({ id: message.id, ok: true, value: { ...value, pdf } }, [pdf.buffer]);
      },
      (err: unknown) => port.postMessage({ id: message.id, ok: false, message: err instanceof Error ? err.message : String(err) }),
    );
  });
}
