import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import SyncIcon from '@mui/icons-material/Sync';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveState } from './use-autosave';

export interface SaveTexts {
  /** The quiet label for idle / saving / saved. */
  label: (kind: 'idle' | 'saving' | 'saved') => string;
  /** The loud headline of a failure. */
  failed: string;
  /** What the failure means for the user's work. */
  detail: (state: Extract<SaveState, { kind: 'failed' }>) => ReactNode;
}

/**
 * Quiet when all is well, impossible to miss when a save failed. One
 * component for every screen that autosaves (the workshop, the roadmap);
 * each passes its own words.
 */
export function SaveIndicator({ state, texts }: { state: SaveState; texts?: SaveTexts }) {
  const { t } = useTranslation();
  const words: SaveTexts = texts ?? {
    label: (kind) => t(`runner.save.${kind}`),
    failed: t('runner.save.failed'),
    detail: (s) => (s.code === 'storage-failed' ? t('runner.save.failedDetail', { error: s.error }) : t(`errors.${s.code as 'internal'}`)),
  };
  if (state.kind === 'failed') {
    return (
      <Alert severity="error" variant="filled" icon={<ErrorIcon />} role="alert" data-save-state="failed" sx={{ py: 0 }}>
        <strong>{words.failed}</strong> — {words.detail(state)}
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
      {words.label(state.kind)}
    </Box>
  );
}
