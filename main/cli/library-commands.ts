import { readFile, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { LibraryEvent } from '../../core/library/events';
import { exportFileName } from '../../core/library/export-file';
import { formatDate, formatPercent } from '../../core/format';
import type { Language } from '../../core/settings';
import { formatIssue } from '../../core/validation/issues';
import { dataDirOverride, defaultDataDir } from '../data-dir';
import { assessmentWorkbook } from '../export/xlsx';
import { importIntoLibrary, MAX_IMPORT_BYTES } from '../library/import-file';
import { Library } from '../library/library';
import { LibraryError } from '../library/library-errors';
import { log } from '../log/logger';
import { BUILT_IN_QUESTIONNAIRES } from '../open-library';
import type { LibraryCommand } from './args';
import type { CliText } from './messages';

export interface CliOutput {
  code: number;
  stdout: string;
  stderr: string;
}

const out = (stdout: string, code = 0): CliOutput => ({ code, stdout, stderr: '' });
const err = (stderr: string, code = 1): CliOutput => ({ code, stdout: '', stderr });

function describeEvents(events: LibraryEvent[], t: CliText): string[] {
  return events.map((e) => {
    switch (e.kind) {
      case 'recovered':
        return t.eventText.recovered(e.file, e.restoredFrom);
      case 'backup-failed':
        return t.eventText['backup-failed'](e.file, e.code);
      default:
        return t.eventText[e.kind](e.file);
    }
  });
}

/** `timantti library …`: opens the library (taking its lock), does one thing, closes it. */
export async function runLibraryCommand(
  command: LibraryCommand & { dataDir?: string },
  language: Language,
  t: CliText,
  env: NodeJS.ProcessEnv,
): Promise<CliOutput> {
  const dataDir = command.dataDir ? resolve(command.dataDir) : (dataDirOverride([], env) ?? defaultDataDir(env));
  let library: Library;
  try {
    library = await Library.open({ dataDir, appVersion: 'cli', questionnaires: BUILT_IN_QUESTIONNAIRES });
  } catch (e) {
    return err(`${t.libraryUnavailable(e instanceof Error ? e.message : String(e))}\n`);
  }
  try {
    const notices = describeEvents(library.takeEvents(), t);
    const result = await run(library, command, language, t, dataDir);
    return notices.length ? { ...result, stderr: notices.join('\n') + '\n' + result.stderr } : result;
  } catch (e) {
    if (e instanceof LibraryError && e.code === 'not-found')
      return err(`${t.notFoundId(command.kind === 'library-export' ? (command.assessmentId ?? command.clientId ?? '') : '')}\n`);
    throw e;
  } finally {
    await library.close();
  }
}

async function run(library: Library, command: LibraryCommand, language: Language, t: CliText, dataDir: string): Promise<CliOutput> {
  /** Writes an export; a CLI error when it cannot. Without --out the file name is ours: never overwrite someone's file with it. */
  const writeExport = async (target: string, content: string | Uint8Array, overwrite: boolean): Promise<CliOutput | undefined> => {
    try {
      await writeFile(target, content, { flag: overwrite ? 'w' : 'wx' });
      return undefined;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return err(`${code === 'EEXIST' ? t.exists(target) : t.unreadable(target, code ?? String(e))}\n`);
    }
  };

  switch (command.kind) {
    case 'library-list': {
      const items = library.listAssessments();
      if (command.json) return out(JSON.stringify({ clients: library.listClients(), assessments: items }, null, 2) + '\n');
      if (items.length === 0) return out(`${t.listEmpty(dataDir)}\n`);
      const rows = [
        t.listHeadings,
        ...items.map((s) => [
          formatDate(s.date, language),
          s.clientName,
          s.title,
          s.stage === null ? '–' : String(s.stage),
          formatPercent(s.coverage, language),
          s.id,
        ]),
      ];
      const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
      return out(
        rows
          .map((r) =>
            r
              .map((cell, c) => cell.padEnd(widths[c]!))
              .join('  ')
              .trimEnd(),
          )
          .join('\n') + '\n',
      );
    }
    case 'library-import': {
      let info;
      try {
        info = await stat(command.file);
      } catch (e) {
        // A missing file is the user's typo; anything else (no permission, a
        // broken disk) is said as it is and logged, not passed off as "no such file".
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return err(`${t.notFound(command.file)}\n`);
        log.warn('cli: library import could not read its input file', e);
        return err(`${t.unreadable(command.file, code ?? 'unknown')}\n`);
      }
      if (!info.isFile()) return err(`${t.notFound(command.file)}\n`);
      if (info.size > MAX_IMPORT_BYTES) return err(`${t.tooLarge(command.file, MAX_IMPORT_BYTES / 1024 / 1024)}\n`);
      const outcome = await importIntoLibrary(library, await readFile(command.file), command.replace ? 'replace' : 'copy');
      if (!outcome.ok)
        return err(
          [t.importRefused(command.file, outcome.issues.length), ...outcome.issues.slice(0, 25).map((i) => `  ${formatIssue(i, language)}`)].join('\n') + '\n',
        );
      const a = outcome.result.assessments;
      const copies = a.filter((x) => x.action === 'copy');
      // Copies are named with their new ids, so the user can tell which rows the import added.
      const lines = [
        t.imported(a.length, copies.length, a.filter((x) => x.action === 'replace').length),
        ...copies.map((c) => `  ${t.importedCopy(c.title, c.id, c.originalId)}`),
      ];
      return out(`${lines.join('\n')}\n`);
    }
    case 'library-export': {
      if (command.xlsx) {
        const assessment = await library.getAssessment(command.assessmentId!);
        const target = resolve(command.out ?? exportFileName(assessment.client.name, assessment.title, assessment.date, 'xlsx'));
        const written = await writeExport(target, await assessmentWorkbook(assessment, language), Boolean(command.out));
        return written ?? out(`${t.exported(target)}\n`);
      }
      const exported = command.csv
        ? await library.exportCsv(command.assessmentId ? [command.assessmentId] : library.listAssessments(command.clientId).map((s) => s.id), language)
        : command.clientId
          ? await library.exportClient(command.clientId)
          : await library.exportAssessment(command.assessmentId!);
      const target = resolve(command.out ?? exported.fileName);
      return (await writeExport(target, exported.content, Boolean(command.out))) ?? out(`${t.exported(target)}\n`);
    }
    case 'library-check': {
      const { checked, snapshots, events } = await library.check();
      const lines = describeEvents(events, t);
      return {
        code: events.some((e) => e.kind === 'unrecoverable') ? 1 : 0,
        stdout: `${t.checked(checked, snapshots)}\n${lines.length ? '' : `${t.checkOk}\n`}`,
        stderr: lines.length ? lines.join('\n') + '\n' : '',
      };
    }
  }
}
