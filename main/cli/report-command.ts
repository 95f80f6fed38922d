import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Assessment } from '../../core/assessment/schema';
import { HandlerError } from '../../core/ipc/handler-error';
import { LogoSchema } from '../../core/ipc/report-schemas';
import type { Language } from '../../core/settings';
import type { TimanttiDocument } from '../../core/validation/validate';
import { BUILT_IN_ACTION_LIBRARY } from '../action-libraries';
import type { ReportInput } from '../report/create-report';
import { checkLogo } from '../report/logo';
import { renderInWorker } from '../report/worker-pool';
import { writeFileDurable } from '../storage/atomic-write';
import type { ReportCommand } from './args';
import type { CliText } from './messages';
import type { CliOutput } from './run';

const EXIT = { ok: 0, invalid: 1 } as const;
const MAX_LOGO_BYTES = 1024 * 1024;

export type Loaded = { ok: true; value: TimanttiDocument } | { ok: false; output: CliOutput };
const invalid = (message: string): CliOutput => ({ code: EXIT.invalid, stdout: '', stderr: `${message}\n` });

/** A file as an assessment, or the CLI output that says why it is not one. */
export async function assessmentFrom(
  file: string,
  t: CliText,
  load: (file: string) => Promise<Loaded>,
): Promise<{ ok: true; value: Assessment } | { ok: false; output: CliOutput }> {
  const doc = await load(file);
  if (!doc.ok) return doc;
  if (doc.value.kind !== 'assessment') return { ok: false, output: invalid(t.notAssessment(file, t.kinds[doc.value.kind])) };
  return { ok: true, value: doc.value.value };
}

/** The logo file as a checked data URL, or the reason it cannot be used. */
async function logoFrom(file: string, t: CliText): Promise<{ ok: true; dataUrl: string } | { ok: false; output: CliOutput }> {
  try {
    const info = await stat(file);
    if (!info.isFile() || info.size > MAX_LOGO_BYTES) return { ok: false, output: invalid(t.badLogo(file)) };
    const bytes = await readFile(file);
    const type = bytes[0] === 0x89 ? 'png' : 'jpeg';
    const dataUrl = `data:image/${type};base64,${bytes.toString('base64')}`;
    if (!LogoSchema.safeParse({ dataUrl }).success) return { ok: false, output: invalid(t.badLogo(file)) };
    checkLogo(dataUrl);
    return { ok: true, dataUrl };
  } catch (err) {
    if (err instanceof HandlerError) return { ok: false, output: invalid(t.badLogo(file)) };
    const code = (err as NodeJS.ErrnoException).code;
    return { ok: false, output: invalid(code === 'ENOENT' ? t.notFound(file) : t.unreadable(file, code ?? String(err))) };
  }
}

/**
 * `timantti report`: validates the assessment and the earlier ones (same
 * client, by client id), renders the PDF in this process and writes it
 * durably. Exit 1 for anything wrong with the inputs or the output path.
 */
export async function runReportCommand(
  command: ReportCommand,
  messageLanguage: Language,
  t: CliText,
  load: (file: string) => Promise<Loaded>,
): Promise<CliOutput> {
  void messageLanguage;
  const current = await assessmentFrom(command.file, t, load);
  if (!current.ok) return current.output;
  const assessment = current.value;
  const earlier: Assessment[] = [];
  for (const file of command.compare) {
    const other = await assessmentFrom(file, t, load);
    if (!other.ok) return other.output;
    if (other.value.client.id !== assessment.client.id) return invalid(t.otherClient(file, other.value.client.name, assessment.client.name));
    if (other.value.id === assessment.id) return invalid(t.sameAssessment(file));
    earlier.push(other.value);
  }
  let logo: string | undefined;
  if (command.logo !== undefined) {
    const read = await logoFrom(command.logo, t);
    if (!read.ok) return read.output;
    logo = read.dataUrl;
  }
  const input: ReportInput = {
    assessment,
    earlier,
    options: {
      participants: command.participants,
      ...(command.language ? { language: command.language } : {}),
      ...(logo ? { logo: { dataUrl: logo } } : {}),
    },
    actionLibrary: BUILT_IN_ACTION_LIBRARY,
    now: new Date(),
  };
  // The built CLI renders in the report worker, which cli.ts started before the inputs were read (see there);
  // run from the sources there is no worker, and pdfmake and the fonts are loaded here, only now:
  // they would slow every other command's start.
  const report = (await renderInWorker(input)) ?? (await (await import('../report/render')).renderReport(input));
  const out = resolve(command.out);
  try {
    await writeFileDurable(out, report.pdf);
  } catch (err) {
    return invalid(t.cannotWrite(command.out, (err as NodeJS.ErrnoException).code ?? String(err)));
  }
  return { code: EXIT.ok, stdout: `${t.reportWritten(out, report.pages)}\n`, stderr: '' };
}
