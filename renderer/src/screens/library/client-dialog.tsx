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

/**
 * A new client (`client:create`), or an existing one's name and notes
 * (`client:update`; main carries a new name into the client's assessments).
 * `focus` says which field the user came to change.
 */
export function ClientDialog({
  open,
  onClose,
  onSaved,
  client,
  focus = 'name',
}: {
  open: boolean;
  onClose: () => void;
  onSaved: (client: Client) => void;
  client?: Client;
  focus?: 'name' | 'notes';
}) {
  const api = useApi();
  const { t } = useTranslation();
  const notify = useNotify();
  // Starts from the client as it was when the dialog was mounted: the caller remounts it (a `key`) for each edit.
  const [name, setName] = useState(client?.name ?? '');
  const [notes, setNotes] = useState(client?.notes ?? '');
  const submit = async () => {
    if (!name.trim()) return;
    const r = client
      ? await api['client:update']({ id: client.id, name: name.trim(), notes: notes.trim() })
      : await api['client:create']({ name: name.trim(), ...(notes.trim() ? { notes: notes.trim() } : {}) });
    if (!r.ok) return notify(t(`errors.${r.error.code}`), { severity: 'error' });
    setName('');
    setNotes('');
    onSaved(r.value);
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="client-dialog-title">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <DialogTitle id="client-dialog-title">{t(client ? 'library.clientEditTitle' : 'library.clientDialogTitle')}</DialogTitle>
        <DialogContent>
          <TextField
            autoFocus={focus === 'name'}
            required
            fullWidth
            margin="normal"
            label={t('library.clientName')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 200 } }}
          />
          <TextField
            autoFocus={focus === 'notes'}
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
            {t(client ? 'common.save' : 'common.create')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
