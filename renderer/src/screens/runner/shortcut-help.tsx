import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useTranslation } from 'react-i18next';

/** The visible list of the runner's keys. */
export function ShortcutHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const keys: [string, string][] = [
    ['1 – 5', t('runner.keys.score')],
    // 6 and 7 are the grid's sixth and seventh columns in both languages; N and D are the earlier keys.
    ['6 / N', `${t('runner.keys.na')} (${t('runner.naShort')})`],
    ['7 / D', `${t('runner.keys.dontKnow')} (${t('runner.dontKnowShort')})`],
    ['⌫', t('runner.keys.clear')],
    ['↑ ↓', t('runner.keys.rows')],
    ['← →', t('runner.keys.statements')],
    ['Enter', t('runner.keys.enter')],
    ['M', t('runner.keys.note')],
    ['V', t('runner.keys.reveal')],
    ['P', t('runner.keys.presentation')],
    ['F', t('runner.keys.fullscreen')],
    ['?', t('runner.keys.help')],
  ];
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="shortcuts-title">
      <DialogTitle id="shortcuts-title">{t('runner.shortcuts')}</DialogTitle>
      <DialogContent>
        <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 3, rowGap: 1, m: 0 }}>
          {keys.map(([key, what]) => (
            <Box key={key} sx={{ display: 'contents' }}>
              <Box component="dt" sx={{ fontWeight: 700 }}>
                <Box component="kbd" sx={{ border: 1, borderColor: 'divider', borderRadius: 1, px: 1, py: 0.25, fontFamily: 'inherit', bgcolor: 'grey.100' }}>
                  {key}
                </Box>
              </Box>
              <Box component="dd" sx={{ m: 0 }}>
                {what}
              </Box>
            </Box>
          ))}
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {t('common.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
