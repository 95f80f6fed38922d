import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../core/assessment/schema';
import { formatDate } from '../../../../core/format';
import type { ReportOptions } from '../../../../core/ipc/report-schemas';
import { earlierAssessments } from '../../../../core/library/earlier';
import type { AssessmentSummary } from '../../../../core/library/summary';
import { MAX_LOGO_BYTES } from '../../../../core/report/logo-image';
import type { AppError } from '../../../../core/result';
import type { Language } from '../../../../core/settings';
import { useApi } from '../../api/api-context';
import { useNotify } from '../../components/notifier';
import { downloadBase64 } from '../../download';
import { useLanguage } from '../../use-language';
import { readLogo, type Logo, type LogoProblem } from './read-logo';

/** What went wrong, kept untranslated so a language switch re-renders it. */
type Failure = { kind: 'logo'; problem: LogoProblem } | { kind: 'save' } | { kind: 'other-client' } | { kind: 'failed'; code: AppError['code'] };

const failureOf = (error: AppError): Failure => {
  if (error.code === 'storage-failed') return { kind: 'save' };
  // The engine refuses a logo with the message `bad-logo` too.
  if (error.path?.startsWith('$.options.logo') || error.message === 'bad-logo') return { kind: 'logo', problem: 'not-image' };
  if (error.path === '$.options.compareWith' && error.message.startsWith('report-other-client')) return { kind: 'other-client' };
  return { kind: 'failed', code: error.code };
};

const LOGO_KEYS = { 'too-large': 'report.logoTooLarge', 'not-image': 'report.logoNotImage', 'too-many-pixels': 'report.logoTooManyPixels' } as const;

/**
 * The report's options (language, names or roles, earlier assessments to
 * compare with, a logo), then the PDF: the desktop app saves and opens it,
 * browser mode downloads it. While it renders the dialog shows progress and
 * takes no second request; a failure keeps every choice.
 */
export function ReportDialog({ open, onClose, assessment }: { open: boolean; onClose: () => void; assessment: Assessment }) {
  const api = useApi();
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const notify = useNotify();
  const [language, setLanguage] = useState<Language>(assessment.language);
  const [participants, setParticipants] = useState<ReportOptions['participants']>('roles');
  const [earlier, setEarlier] = useState<AssessmentSummary[]>([]);
  const [compareWith, setCompareWith] = useState<Set<string>>(new Set());
  const [logo, setLogo] = useState<Logo | null>(null);
  const [logoProblem, setLogoProblem] = useState<LogoProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  // A ref, not state: a second click in the same frame must see it at once.
  const submitting = useRef(false);
  const logoInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void (async () => {
      const list = await api['assessment:list']({ clientId: assessment.client.id });
      if (!list.ok) return setFailure({ kind: 'failed', code: list.error.code });
      const found = earlierAssessments(list.value, assessment);
      setEarlier(found);
      // The most recent earlier assessment is what a trend needs first.
      setCompareWith(new Set(found.slice(0, 1).map((s) => s.id)));
    })();
  }, [api, assessment]);

  const pickLogo = async (file: File | undefined) => {
    if (logoInput.current) logoInput.current.value = '';
    if (!file) return;
    const read = await readLogo(file);
    if (!read.ok) return setLogoProblem(read.problem);
    setLogoProblem(null);
    setLogo(read.logo);
  };

  const create = async () => {
    if (submitting.current) return;
    submitting.current = true;
    setBusy(true);
    setFailure(null);
    try {
      const ids = earlier.filter((s) => compareWith.has(s.id)).map((s) => s.id);
      const options: ReportOptions = {
        language,
        participants,
        ...(ids.length ? { compareWith: ids } : {}),
        ...(logo ? { logo: { dataUrl: logo.dataUrl } } : {}),
      };
      const r = await api['report:create']({ assessmentId: assessment.id, options });
      if (!r.ok) return setFailure(failureOf(r.error));
      if (r.value.cancelled) return;
      if (r.value.pdfBase64 !== undefined) {
        downloadBase64(r.value.fileName, r.value.pdfBase64, 'application/pdf');
        notify(t('report.downloaded', { file: r.value.fileName }));
      } else if (r.value.savedTo) {
        const file = r.value.savedTo.split(/[\\/]/).pop() ?? r.value.fileName;
        notify(t(r.value.opened === false ? 'report.savedNotOpened' : 'report.saved', { file }));
      }
      onClose();
    } finally {
      submitting.current = false;
      setBusy(false);
    }
  };

  const failureText = (f: Failure) =>
    f.kind === 'logo'
      ? t(LOGO_KEYS[f.problem])
      : f.kind === 'save'
        ? t('report.saveFailed')
        : f.kind === 'other-client'
          ? t('report.otherClient')
          : t('report.failed', { reason: t(`errors.${f.code}`) });

  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby="report-dialog-title" aria-busy={busy}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <DialogTitle id="report-dialog-title">{t('report.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{t('report.lead')}</DialogContentText>
          <Stack spacing={2.5}>
            <FormControl component="fieldset" disabled={busy}>
              <FormLabel component="legend">{t('report.language')}</FormLabel>
              <RadioGroup row name="report-language" value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
                <FormControlLabel value="fi" control={<Radio />} label={t('language.fi')} />
                <FormControlLabel value="en" control={<Radio />} label={t('language.en')} />
              </RadioGroup>
            </FormControl>

            <FormControl component="fieldset" disabled={busy}>
              <FormLabel component="legend">{t('report.participants')}</FormLabel>
              <RadioGroup name="report-participants" value={participants} onChange={(e) => setParticipants(e.target.value as ReportOptions['participants'])}>
                <FormControlLabel value="roles" control={<Radio />} label={t('report.byRoles')} />
                <FormControlLabel value="names" control={<Radio />} label={t('report.byNames')} />
              </RadioGroup>
              <FormHelperText sx={{ mx: 0 }}>{t('report.participantsHelp')}</FormHelperText>
            </FormControl>

            <FormControl component="fieldset" disabled={busy}>
              <FormLabel component="legend">{t('report.compare')}</FormLabel>
              {earlier.length === 0 ? (
                <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>
                  {t('report.compareNone')}
                </Typography>
              ) : (
                <FormGroup>
                  {earlier.map((s) => (
                    <FormControlLabel
                      key={s.id}
                      control={
                        <Checkbox
                          checked={compareWith.has(s.id)}
                          onChange={(e) =>
                            setCompareWith((current) => {
                              const next = new Set(current);
                              if (e.target.checked) next.add(s.id);
                              else next.delete(s.id);
                              return next;
                            })
                          }
                        />
                      }
                      label={`${s.title} · ${formatDate(s.date, uiLanguage)}`}
                    />
                  ))}
                </FormGroup>
              )}
            </FormControl>

            <FormControl component="fieldset" disabled={busy}>
              <FormLabel component="legend">{t('report.logo')}</FormLabel>
              <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mt: 1 }}>
                {logo && (
                  <Box
                    component="img"
                    src={logo.dataUrl}
                    alt={t('report.logoPreview', { name: logo.name })}
                    sx={{ maxHeight: 48, maxWidth: 160, objectFit: 'contain', border: 1, borderColor: 'divider', borderRadius: 1, p: 0.5 }}
                  />
                )}
                <Button variant="outlined" disabled={busy} onClick={() => logoInput.current?.click()}>
                  {logo ? t('report.logoChange') : t('report.logoChoose')}
                </Button>
                {logo && (
                  <Button disabled={busy} onClick={() => setLogo(null)}>
                    {t('report.logoRemove')}
                  </Button>
                )}
                <input
                  ref={logoInput}
                  hidden
                  type="file"
                  accept="image/png,image/jpeg"
                  data-testid="report-logo-file"
                  onChange={(e) => void pickLogo(e.target.files?.[0])}
                />
              </Stack>
              <FormHelperText sx={{ mx: 0 }} error={logoProblem !== null} role={logoProblem ? 'alert' : undefined}>
                {logoProblem ? t(LOGO_KEYS[logoProblem]) : t('report.logoHelp', { max: MAX_LOGO_BYTES / 1024 / 1024 })}
              </FormHelperText>
            </FormControl>

            {failure && (
              <Alert severity="error" role="alert">
                {failureText(failure)}
              </Alert>
            )}
            {busy && (
              <Box role="status">
                <LinearProgress aria-label={t('report.creating')} />
                <Typography variant="body2" sx={{ mt: 1 }}>
                  {t('report.creating')}
                </Typography>
              </Box>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('report.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
