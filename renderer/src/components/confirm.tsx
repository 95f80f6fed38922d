import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Request {
  title: string;
  body: string;
  confirmLabel: string;
  danger?: boolean;
}
type Confirm = (request: Request) => Promise<boolean>;
const ConfirmContext = createContext<Confirm>(async () => true);

/** One confirmation dialog for the whole app, awaited like a function. */
export function ConfirmProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  // The last request stays shown while the dialog fades out: clearing it on the answer blanked the
  // title and text for the fade's 200 ms (and left a nameless dialog over a still-hidden page).
  const [request, setRequest] = useState<Request | null>(null);
  const [open, setOpen] = useState(false);
  const resolver = useRef<(answer: boolean) => void>(undefined);
  const confirm = useCallback<Confirm>(
    (r) =>
      new Promise<boolean>((resolve) => {
        resolver.current = resolve;
        setRequest(r);
        setOpen(true);
      }),
    [],
  );
  const answer = (value: boolean) => {
    resolver.current?.(value);
    resolver.current = undefined;
    setOpen(false);
  };
  return (
    <ConfirmContext.Provider value={confirm}>
      {children}
      <Dialog open={open} onClose={() => answer(false)} aria-labelledby="confirm-title">
        <DialogTitle id="confirm-title">{request?.title}</DialogTitle>
        <DialogContent>
          <DialogContentText>{request?.body}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => answer(false)} autoFocus>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => answer(true)} color={request?.danger ? 'error' : 'primary'} variant="contained">
            {request?.confirmLabel}
          </Button>
        </DialogActions>
      </Dialog>
    </ConfirmContext.Provider>
  );
}

export const useConfirm = (): Confirm => useContext(ConfirmContext);
