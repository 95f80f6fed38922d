import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIssue } from '../../../../core/validation/issues';
import { useApi } from '../../api/api-context';
import { useNotify } from '../../components/notifier';
import { readTextFile } from '../../download';
import { useLanguage } from '../../use-language';

const MAX_MB = 50;

/** Import a .timantti.json or assessment file; a refusal lists the problems and changes nothing. */
export function ImportDialog({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const api = useApi();
  const { t } = useTranslation();
  const language = useLanguage();
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);
  const [replace, setReplace] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setProblems([]);
    const read = await readTextFile(file, MAX_MB * 1024 * 1024);
    if (input.current) input.current.value = '';
    if (!read.ok) return setProblems([read.reason === 'too-large' ? t('library.importTooLarge', { max: MAX_MB }) : t('library.importNotUtf8')]);
    const r = await api['library:import']({ content: read.text, mode: replace ? 'replace' : 'copy' });
    if (!r.ok) return setProblems(r.error.issues?.slice(0, 20).map((i) => formatIssue(i, language)) ?? [t(`errors.${r.error.code}`)]);
    notify(t('library.imported', { count: r.value.assessments.length }));
    onImported();
    onClose();
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="import-title">
      <DialogTitle id="import-title">{t('library.importTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('library.importBody')}</DialogContentText>
        <FormControlLabel control={<Checkbox checked={replace} onChange={(e) => setReplace(e.target.checked)} />} label={t('library.importReplace')} />
        {problems.length > 0 && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {t('library.importRefused')}
            <ul style={{ margin: '0.5em 0 0', paddingLeft: '1.2em' }}>
              {problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button variant="contained" component="label">
          {t('library.importChoose')}
          <input ref={input} hidden type="file" accept=".json,application/json" data-testid="import-file" onChange={(e) => void pick(e.target.files?.[0])} />
        </Button>
      </DialogActions>
    </Dialog>
  );
}
