import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import SyncIcon from '@mui/icons-material/Sync';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import type { SaveState } from './use-autosave';

/** Quiet when all is well, impossible to miss when a save failed. */
export function SaveIndicator({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  if (state.kind === 'failed') {
    return (
      <Alert severity="error" variant="filled" icon={<ErrorIcon />} role="alert" data-save-state="failed" sx={{ fontWeight: 700, py: 0 }}>
        {t('runner.save.failed')} —{' '}
        {state.code === 'storage-failed' ? t('runner.save.failedDetail', { error: state.error }) : t(`errors.${state.code as 'internal'}`)}
      </Alert>
    );
  }
  const icon = state.kind === 'saving' ? <SyncIcon fontSize="small" /> : state.kind === 'saved' ? <CheckCircleIcon fontSize="small" color="success" /> : null;
  return (
    <Box
      role="status"
      aria-live="polite"
      data-save-state={state.kind}
      sx={{ display: 'flex', alignItems: 'center', gap: 0.5, color: 'text.secondary', minWidth: 130 }}
    >
      {icon}
      {t(`runner.save.${state.kind}`)}
    </Box>
  );
}
