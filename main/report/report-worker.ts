import { parentPort } from 'node:worker_threads';
import type { ReportInput } from './create-report';
import { loadReportFonts } from './fonts';
import { renderReport } from './render';

// The report worker thread (see worker-pool.ts): renders one report per
// message and posts the PDF bytes back without copying them.
const port = parentPort;
if (port) {
  port.on('message', (message: { id: number; input?: ReportInput; warm?: boolean }) => {
    if (message.warm) {
      loadReportFonts();
      return;
    }
    if (!message.input) return;
    renderReport(message.input).then(
      (value) => port.postMessage({ id: message.id, ok: true, value }, [value.pdf.buffer as ArrayBuffer]),
      (err: unknown) => port.postMessage({ id: message.id, ok: false, message: err instanceof Error ? err.message : String(err) }),
    );
  });
}
