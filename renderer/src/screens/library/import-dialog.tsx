import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportMode, ImportPreview } from '../../../../core/library/import-plan';
import type { AppError } from '../../../../core/result';
import { formatIssue } from '../../../../core/validation/issues';
import { useApi } from '../../api/api-context';
import { useNotify } from '../../components/notifier';
import { readTextFile } from '../../download';
import { useLanguage } from '../../use-language';

const MAX_MB = 50;

/**
 * Import a .timantti.json or assessment file; a refusal lists the problems
 * and changes nothing. Main first previews the file (it is hostile input,
 * parsed only there): if it holds assessments the library already has, the
 * user chooses to replace them, keep both (the copy's title says "(kopio)"
 * or "(copy)") or cancel.
 */
export function ImportDialog({ open, onClose, onImported }: { open: boolean; onClose: () => void; onImported: () => void }) {
  const api = useApi();
  const { t } = useTranslation();
  const language = useLanguage();
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [pending, setPending] = useState<{ content: string; conflicts: ImportPreview['conflicts'] } | null>(null);

  // What the dialog shows is reset only once it has faded out (or as it opens again, should that come
  // first): clearing it on Cancel turned the conflict question into the file picker during the fade.
  const close = () => onClose();
  const reset = () => {
    setPending(null);
    setProblems([]);
  };
  const refuse = (error: AppError) => setProblems(error.issues?.slice(0, 20).map((i) => formatIssue(i, language)) ?? [t(`errors.${error.code}`)]);

  const run = async (content: string, mode: ImportMode) => {
    const r = await api['library:import']({ content, mode });
    if (!r.ok) {
      setPending(null);
      return refuse(r.error);
    }
    notify(t('library.imported', { count: r.value.assessments.length }));
    onImported();
    close();
  };

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setProblems([]);
    const read = await readTextFile(file, MAX_MB * 1024 * 1024);
    if (input.current) input.current.value = '';
    if (!read.ok) return setProblems([read.reason === 'too-large' ? t('library.importTooLarge', { max: MAX_MB }) : t('library.importNotUtf8')]);
    const preview = await api['library:import-preview']({ content: read.text });
    if (!preview.ok) return refuse(preview.error);
    if (preview.value.conflicts.length === 0) return run(read.text, 'copy');
    setPending({ content: read.text, conflicts: preview.value.conflicts });
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      fullWidth
      maxWidth="sm"
      aria-labelledby="import-title"
      aria-describedby={pending ? 'import-conflicts' : undefined}
      slotProps={{ transition: { onEnter: reset, onExited: reset } }}
    >
      {pending ? (
        <>
          <DialogTitle id="import-title">{t('library.importConflictTitle')}</DialogTitle>
          <DialogContent id="import-conflicts">
            <DialogContentText>{t('library.importConflictBody', { count: pending.conflicts.length })}</DialogContentText>
            <ul>
              {pending.conflicts.slice(0, 20).map((c) => (
                <li key={c.id}>{t('library.importConflictItem', { title: c.title, existing: c.existingTitle })}</li>
              ))}
            </ul>
            <DialogContentText>{t('library.importConflictReplaceHelp')}</DialogContentText>
          </DialogContent>
          <DialogActions>
            <Button onClick={close} autoFocus>
              {t('common.cancel')}
            </Button>
            <Button variant="outlined" onClick={() => void run(pending.content, 'replace')}>
              {t('library.importReplace')}
            </Button>
            <Button variant="contained" onClick={() => void run(pending.content, 'copy')}>
              {t('library.importKeepBoth')}
            </Button>
          </DialogActions>
        </>
      ) : (
        <>
          <DialogTitle id="import-title">{t('library.importTitle')}</DialogTitle>
          <DialogContent>
            <DialogContentText>{t('library.importBody')}</DialogContentText>
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
            {/* A real button opens the picker: a <label> styled as a button had role="button", which axe's aria-allowed-role refuses. */}
            <input ref={input} hidden type="file" accept=".json,application/json" data-testid="import-file" onChange={(e) => void pick(e.target.files?.[0])} />
          </DialogContent>
          <DialogActions>
            <Button onClick={close}>{t('common.cancel')}</Button>
            <Button variant="contained" onClick={() => input.current?.click()}>
              {t('library.importChoose')}
            </Button>
          </DialogActions>
        </>
      )}
    </Dialog>
  );
}
