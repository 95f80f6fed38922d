import Alert, { type AlertColor } from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Snackbar from '@mui/material/Snackbar';
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

interface Notice {
  message: string;
  severity: AlertColor;
  action?: { label: string; run: () => void };
  key: number;
}

type Notify = (message: string, options?: { severity?: AlertColor; action?: { label: string; run: () => void } }) => void;
const NotifierContext = createContext<Notify>(() => undefined);

/** Short confirmations and undo offers at the bottom of the screen. */
export function NotifierProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const notify = useCallback<Notify>((message, options = {}) => {
    setNotice({ message, severity: options.severity ?? 'success', key: Date.now(), ...(options.action ? { action: options.action } : {}) });
  }, []);
  return (
    <NotifierContext.Provider value={notify}>
      {children}
      <Snackbar
        key={notice?.key}
        open={notice !== null}
        autoHideDuration={notice?.action ? 10_000 : 5000}
        onClose={(_e, reason) => reason !== 'clickaway' && setNotice(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        {notice ? (
          <Alert
            severity={notice.severity}
            variant="filled"
            onClose={() => setNotice(null)}
            action={
              notice.action ? (
                <Button
                  color="inherit"
                  size="small"
                  onClick={() => {
                    notice.action?.run();
                    setNotice(null);
                  }}
                >
                  {notice.action.label}
                </Button>
              ) : undefined
            }
          >
            {notice.message}
          </Alert>
        ) : undefined}
      </Snackbar>
    </NotifierContext.Provider>
  );
}

export const useNotify = (): Notify => useContext(NotifierContext);
