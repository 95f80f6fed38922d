import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import SyncIcon from '@mui/icons-material/Sync';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import type { SaveState } from '../runner/use-autosave';

/** Like the workshop's save indicator: quiet when all is well, impossible to miss when a save failed. */
export function RoadmapSaveStatus({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  if (state.kind === 'failed') {
    return (
      <Alert severity="error" variant="filled" icon={<ErrorIcon />} role="alert" data-save-state="failed" sx={{ py: 0 }}>
        <strong>{t('roadmap.save.failed')}</strong> —{' '}
        {state.code === 'storage-failed'
          ? t('roadmap.save.storage', { error: state.error })
          : t('roadmap.save.refused', { reason: t(`errors.${state.code as 'internal'}`) })}
      </Alert>
    );
  }
  const icon = state.kind === 'saving' ? <SyncIcon fontSize="small" /> : state.kind === 'saved' ? <CheckCircleIcon fontSize="small" color="success" /> : null;
  return (
    <Box
      role="status"
      aria-live="polite"
      data-save-state={state.kind}
      sx={{ display: 'flex', alignItems: 'center', gap: 0.5, color: 'text.secondary', minWidth: 120 }}
    >
      {icon}
      {t(`roadmap.save.${state.kind}`)}
    </Box>
  );
}
