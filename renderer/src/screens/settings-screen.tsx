import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo, OutputOf } from '../../../core/ipc/contract';
import { formatDate } from '../../../core/format';
import type { AssessmentSummary } from '../../../core/library/summary';
import type { Language } from '../../../core/settings';
import { useApi } from '../api/api-context';
import { useConfirm } from '../components/confirm';
import { LanguageSwitch } from '../components/language-switch';
import { useNotify } from '../components/notifier';
import { DiagnosticsSection } from './settings-diagnostics';
import { formatDateTime } from '../../../core/format';

type Backup = OutputOf<'backup:list'>[number];
type BinEntry = OutputOf<'recycle:list'>[number];

/** UI language, where the data is, backups, the recycle bin and diagnostics for support. */
export function SettingsScreen({ info, onLanguage }: { info: AppInfo; onLanguage: (language: Language) => void }) {
  const api = useApi();
  const { t } = useTranslation();
  const notify = useNotify();
  const confirm = useConfirm();
  const [assessments, setAssessments] = useState<AssessmentSummary[]>([]);
  const [chosen, setChosen] = useState('');
  const [backups, setBackups] = useState<Backup[]>([]);
  const [bin, setBin] = useState<BinEntry[]>([]);
  const when = (iso: string) => formatDateTime(iso, info.language);

  const [version, setVersion] = useState(0);
  const reload = useCallback(async () => setVersion((v) => v + 1), []);
  useEffect(() => {
    void Promise.all([api['assessment:list'](), api['recycle:list']()]).then(([a, b]) => {
      if (a.ok) {
        setAssessments(a.value);
        setChosen((c) => c || a.value[0]?.id || '');
      }
      if (b.ok) setBin(b.value);
    });
  }, [api, version]);
  useEffect(() => {
    if (chosen) void api['backup:list']({ assessmentId: chosen }).then((r) => r.ok && setBackups(r.value));
  }, [api, chosen]);

  const restore = async (b: Backup) => {
    if (
      !(await confirm({
        title: t('settings.restoreConfirmTitle'),
        body: t('settings.restoreConfirmBody', { time: when(b.takenAt) }),
        confirmLabel: t('settings.restore'),
      }))
    )
      return;
    const r = await api['backup:restore']({ assessmentId: chosen, name: b.name });
    if (!r.ok) return notify(t(`errors.${r.error.code}`), { severity: 'error' });
    notify(t('settings.restored'));
    const list = await api['backup:list']({ assessmentId: chosen });
    if (list.ok) setBackups(list.value);
  };

  return (
    <Stack spacing={3} sx={{ maxWidth: 900, mx: 'auto' }}>
      <Typography variant="h1">{t('settings.title')}</Typography>
      <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-labelledby="language-heading">
        <Typography variant="h2" id="language-heading" sx={{ mb: 2 }}>
          {t('settings.language')}
        </Typography>
        <LanguageSwitch value={info.language} onChange={onLanguage} />
      </Paper>
      <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-labelledby="data-heading">
        <Typography variant="h2" id="data-heading" sx={{ mb: 1 }}>
          {t('settings.dataFolder')}
        </Typography>
        <Typography sx={{ fontFamily: 'monospace', wordBreak: 'break-all', mb: 1 }}>{info.dataDir}</Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('settings.dataFolderHelp')}
        </Typography>
      </Paper>
      <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-labelledby="backups-heading">
        <Typography variant="h2" id="backups-heading" sx={{ mb: 1 }}>
          {t('settings.backups')}
        </Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
          {t('settings.backupsLead')}
        </Typography>
        {assessments.length > 0 && (
          <TextField select fullWidth label={t('settings.chooseAssessment')} value={chosen} onChange={(e) => setChosen(e.target.value)}>
            {assessments.map((a) => (
              <MenuItem key={a.id} value={a.id}>
                {a.clientName} – {a.title} ({formatDate(a.date, info.language)})
              </MenuItem>
            ))}
          </TextField>
        )}
        {backups.length === 0 ? (
          <Typography sx={{ mt: 2 }}>{t('settings.noBackups')}</Typography>
        ) : (
          <List dense>
            {backups.map((b) => (
              <ListItem key={b.name} secondaryAction={<Button onClick={() => void restore(b)}>{t('settings.restore')}</Button>}>
                <ListItemText primary={when(b.takenAt)} secondary={b.reason === 'save' ? t('settings.reasonSave') : t('settings.reasonBefore')} />
              </ListItem>
            ))}
          </List>
        )}
      </Paper>
      <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-labelledby="bin-heading">
        <Typography variant="h2" id="bin-heading" sx={{ mb: 1 }}>
          {t('settings.recycleBin')}
        </Typography>
        {bin.length === 0 ? (
          <Typography>{t('settings.emptyBin')}</Typography>
        ) : (
          <List dense>
            {bin.map((e) => (
              <ListItem
                key={e.entry}
                secondaryAction={
                  <Button
                    onClick={() =>
                      void api['recycle:restore']({ entry: e.entry }).then(async (r) => {
                        if (!r.ok) return notify(t(`errors.${r.error.code}`), { severity: 'error' });
                        notify(t('settings.restoredFromBin'));
                        await reload();
                      })
                    }
                  >
                    {t('settings.restoreFromBin')}
                  </Button>
                }
              >
                <ListItemText primary={`${e.clientName} – ${e.title}`} secondary={t('settings.deletedAt', { time: when(e.deletedAt) })} />
              </ListItem>
            ))}
          </List>
        )}
      </Paper>
      <DiagnosticsSection />
      {info.shell === 'web' && <Alert severity="info">{t('about.shellWeb')}: 127.0.0.1</Alert>}
    </Stack>
  );
}
