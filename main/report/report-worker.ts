import { parentPort } from 'node:worker_threads';
import type { ReportInput } from './create-report';
import { loadReportFonts } from './fonts';
import { renderReport } from './render';
import { renderComparisonPdf } from './render-comparison';
import type { ComparisonJob } from './worker-pool';

// The report worker thread (see worker-pool.ts): renders one report per
// message and posts the PDF bytes back without copying them.
const port = parentPort;
if (port) {
  port.on('message', (message: { id: number; input?: ReportInput; comparison?: ComparisonJob; warm?: boolean }) => {
    if (message.warm) {
      loadReportFonts();
      return;
    }
    const job = message.input
      ? renderReport(message.input)
      : message.comparison
        ? renderComparisonPdf(message.comparison.assessments, message.comparison.language)
        : undefined;
    if (!job) return;
    job.then(
      (value) => port.postMessage({ id: message.id, ok: true, value }, [value.pdf.buffer as ArrayBuffer]),
      (err: unknown) => port.postMessage({ id: message.id, ok: false, message: err instanceof Error ? err.message : String(err) }),
    );
  });
}
