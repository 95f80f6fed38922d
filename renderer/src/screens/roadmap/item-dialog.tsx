import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

const MAX_TITLE = 300;
const MAX_DESCRIPTION = 5_000;

export interface ItemWords {
  title: string;
  description: string;
  areaId: string;
}

/**
 * The wording of one action: rewording a proposal, or writing the
 * consultant's own (then the area is chosen too). Checks what the schema
 * would refuse before it is sent, so the dialog explains instead of main.
 */
export function ItemDialog({
  heading,
  help,
  initial,
  areas,
  onSave,
  onClose,
}: {
  heading: string;
  help?: string;
  initial: ItemWords;
  /** Offered when writing an own action; omitted when rewording. */
  areas?: { id: string; title: string }[];
  onSave: (words: ItemWords) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [words, setWords] = useState(initial);
  const [tried, setTried] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  const titleError = !words.title.trim() ? t('roadmap.titleRequired') : words.title.length > MAX_TITLE ? t('roadmap.tooLong', { max: MAX_TITLE }) : '';
  const descriptionError = words.description.length > MAX_DESCRIPTION ? t('roadmap.tooLong', { max: MAX_DESCRIPTION }) : '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    // The keyboard user lands on what needs fixing.
    if (titleError) return titleRef.current?.focus();
    if (descriptionError) return;
    onSave({ ...words, title: words.title.trim(), description: words.description.trim() });
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="roadmap-item-dialog-title" fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="roadmap-item-dialog-title">{heading}</DialogTitle>
        <DialogContent>
          {help && <DialogContentText sx={{ mb: 2 }}>{help}</DialogContentText>}
          <Stack spacing={2} sx={{ pt: 1 }}>
            {areas && (
              <TextField select label={t('roadmap.fieldArea')} value={words.areaId} onChange={(e) => setWords({ ...words, areaId: e.target.value })}>
                {areas.map((a) => (
                  <MenuItem key={a.id} value={a.id}>
                    {a.title}
                  </MenuItem>
                ))}
              </TextField>
            )}
            <TextField
              label={t('roadmap.fieldTitle')}
              value={words.title}
              autoFocus
              inputRef={titleRef}
              required
              onChange={(e) => setWords({ ...words, title: e.target.value })}
              error={tried && !!titleError}
              helperText={tried ? titleError : ''}
            />
            <TextField
              label={t('roadmap.fieldDescription')}
              value={words.description}
              multiline
              minRows={3}
              onChange={(e) => setWords({ ...words, description: e.target.value })}
              error={tried && !!descriptionError}
              helperText={tried ? descriptionError : ''}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained">
            {t('common.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
