import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../core/format';
import type { LibraryEvent } from '../../../core/library/events';
import type { Language } from '../../../core/settings';
import { useApi } from '../api/api-context';
import { useLanguage } from '../use-language';

/**
 * How often the shell asks main for library events. What the library found
 * while opening arrives with the first call; a backup that fails during a
 * workshop arrives later, and the user should hear of it within seconds, not
 * at the next start.
 */
export const LIBRARY_EVENTS_POLL_MS = 10_000;

/** The library's notices (damaged files restored, a failed backup, …) above the current screen, until closed. */
export function LibraryNotices({ pollMs = LIBRARY_EVENTS_POLL_MS }: { pollMs?: number }) {
  const api = useApi();
  const { t } = useTranslation();
  const language = useLanguage();
  const [events, setEvents] = useState<LibraryEvent[]>([]);

  useEffect(() => {
    let stopped = false;
    // library:events hands over and forgets: each call returns only what is new.
    const take = () =>
      void api['library:events']().then((r) => {
        if (!stopped && r.ok && r.value.length > 0) setEvents((shown) => merge(shown, r.value));
      });
    take();
    const timer = setInterval(take, pollMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [api, pollMs]);

  if (events.length === 0) return null;
  return (
    <Alert
      severity={events.some((e) => e.kind === 'backup-failed' || e.kind === 'unrecoverable') ? 'error' : 'warning'}
      sx={{ maxWidth: 1200, mx: 'auto', mb: 3 }}
      onClose={() => setEvents([])}
    >
      <AlertTitle>{t('events.title')}</AlertTitle>
      {events.map((e, i) => (
        <div key={`${i}:${e.kind}`}>{describeEvent(e, t, language)}</div>
      ))}
    </Alert>
  );
}

/** A backup that keeps failing fails on every save: one line per file, the latest, not one per save. */
function merge(shown: LibraryEvent[], arrived: LibraryEvent[]): LibraryEvent[] {
  const repeats = (a: LibraryEvent, b: LibraryEvent) => a.kind === 'backup-failed' && b.kind === 'backup-failed' && a.file === b.file;
  let next = shown;
  for (const e of arrived) next = [...next.filter((old) => !repeats(old, e)), e];
  return next;
}

function describeEvent(e: LibraryEvent, t: ReturnType<typeof useTranslation>['t'], language: Language): string {
  const file = baseName(e.file);
  switch (e.kind) {
    case 'recovered':
      return t('events.recovered', { file, time: formatDateTime(e.restoredFrom, language) });
    case 'unrecoverable':
      return t('events.unrecoverable', { file, aside: baseName(e.quarantinedAs) });
    case 'backup-failed':
      return t('events.backup-failed', { file, code: e.code });
    default:
      return t(`events.${e.kind}`, { file });
  }
}

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;
