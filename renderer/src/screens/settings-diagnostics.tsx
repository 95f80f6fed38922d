import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDiagnostics } from '../../../core/diagnostics';
import { useApi } from '../api/api-context';
import { useNotify } from '../components/notifier';

/**
 * "Copy diagnostics": what support needs to start (versions, platform, the
 * library's counts, the log's last lines) as text on the clipboard. Main
 * collects it without client content; the consultant pastes it into a mail.
 */
export function DiagnosticsSection() {
  const api = useApi();
  const { t } = useTranslation();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);

  const copy = async () => {
    setBusy(true);
    try {
      const result = await api['diagnostics:collect']();
      if (!result.ok) return notify(t(`errors.${result.error.code}`), { severity: 'error' });
      // Inside the click's user activation: the desktop app's session allows our page this one permission.
      await navigator.clipboard.writeText(formatDiagnostics(result.value));
      notify(t('settings.diagnosticsCopied'));
    } catch {
      // No clipboard API (an insecure origin) or the write was refused: the user is told, nothing is lost.
      notify(t('settings.diagnosticsCopyFailed'), { severity: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-labelledby="diagnostics-heading">
      <Typography variant="h2" id="diagnostics-heading" sx={{ mb: 1 }}>
        {t('settings.diagnostics')}
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
        {t('settings.diagnosticsLead')}
      </Typography>
      <Button variant="outlined" onClick={() => void copy()} disabled={busy}>
        {t('settings.copyDiagnostics')}
      </Button>
    </Paper>
  );
}
