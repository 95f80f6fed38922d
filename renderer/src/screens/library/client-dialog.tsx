import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../core/library/client';
import { useApi } from '../../api/api-context';
import { useNotify } from '../../components/notifier';

export function ClientDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (client: Client) => void }) {
  const api = useApi();
  const { t } = useTranslation();
  const notify = useNotify();
  const [name, setName] = useState('');
  const [notes, setNotes] = useState('');
  const submit = async () => {
    if (!name.trim()) return;
    const r = await api['client:create']({ name: name.trim(), ...(notes.trim() ? { notes: notes.trim() } : {}) });
    if (!r.ok) return notify(t(`errors.${r.error.code}`), { severity: 'error' });
    setName('');
    setNotes('');
    onCreated(r.value);
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="client-dialog-title">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <DialogTitle id="client-dialog-title">{t('library.clientDialogTitle')}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            required
            fullWidth
            margin="normal"
            label={t('library.clientName')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 200 } }}
          />
          <TextField
            fullWidth
            multiline
            minRows={2}
            margin="normal"
            label={t('library.clientNotes')}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 10000 } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={!name.trim()}>
            {t('common.create')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
