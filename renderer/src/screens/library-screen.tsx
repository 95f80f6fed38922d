import AddIcon from '@mui/icons-material/Add';
import ListAltIcon from '@mui/icons-material/ListAlt';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../core/library/client';
import { matchesSearch } from '../../../core/library/search';
import type { AssessmentSummary } from '../../../core/library/summary';
import { useApi } from '../api/api-context';
import { useNotify } from '../components/notifier';
import { navigate } from '../router';
import { ClientDialog } from './library/client-dialog';
import { ClientSection } from './library/client-section';
import { ImportDialog } from './library/import-dialog';
import { StartScreen } from './start-screen';

/** Clients and their assessments: where every session starts. */
export function LibraryScreen() {
  const api = useApi();
  const { t } = useTranslation();
  const notify = useNotify();
  const [clients, setClients] = useState<Client[] | null>(null);
  const [assessments, setAssessments] = useState<AssessmentSummary[]>([]);
  const [query, setQuery] = useState('');
  const [clientDialog, setClientDialog] = useState(false);
  const [importDialog, setImportDialog] = useState(false);

  const [version, setVersion] = useState(0);
  const reload = useCallback(async () => setVersion((v) => v + 1), []);

  useEffect(() => {
    let live = true;
    void Promise.all([api['client:list'](), api['assessment:list']()]).then(([c, a]) => {
      if (!live) return;
      if (c.ok) setClients(c.value);
      else notify(t(`errors.${c.error.code}`), { severity: 'error' });
      if (a.ok) setAssessments(a.value);
    });
    return () => {
      live = false;
    };
  }, [api, notify, t, version]);

  // Case and diacritics do not matter ("kivimaki" finds "Kivimäki"); a client's name shows all its assessments.
  const visible = useMemo(
    () =>
      (clients ?? [])
        .map((client) => {
          const all = assessments.filter((a) => a.clientId === client.id);
          const clientMatches = matchesSearch(query, client);
          return { client, all, clientMatches, items: clientMatches ? all : all.filter((a) => matchesSearch(query, client, a)) };
        })
        .filter(({ clientMatches, items }) => clientMatches || items.length > 0),
    [clients, assessments, query],
  );

  if (clients === null) return <Typography>{t('common.loading')}</Typography>;

  return (
    <Stack spacing={3} sx={{ maxWidth: 1200, mx: 'auto' }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'flex-end' } }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="h1">{t('library.title')}</Typography>
          <Typography sx={{ color: 'text.secondary', mt: 1 }}>{t('library.lead')}</Typography>
        </Box>
        <Stack direction="row" spacing={1}>
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setClientDialog(true)}>
            {t('library.newClient')}
          </Button>
          <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => setImportDialog(true)}>
            {t('library.import')}
          </Button>
          <Button variant="outlined" startIcon={<ListAltIcon />} onClick={() => void navigate({ name: 'questionnaires' })}>
            {t('questionnaires.open')}
          </Button>
        </Stack>
      </Stack>

      {clients.length === 0 ? (
        <Paper variant="outlined" sx={{ p: 4 }}>
          <Typography variant="h2" sx={{ mb: 1 }}>
            {t('library.emptyTitle')}
          </Typography>
          <Typography sx={{ mb: 3 }}>{t('library.emptyBody')}</Typography>
          <StartScreen compact />
        </Paper>
      ) : (
        <>
          <TextField label={t('library.search')} type="search" value={query} onChange={(e) => setQuery(e.target.value)} sx={{ maxWidth: 420 }} />
          {visible.length === 0 && <Typography>{t('library.noMatches', { query })}</Typography>}
          {visible.map(({ client, items, all }) => (
            <ClientSection key={client.id} client={client} items={items} total={all.length} onChanged={reload} />
          ))}
        </>
      )}

      <ClientDialog
        open={clientDialog}
        onClose={() => setClientDialog(false)}
        onSaved={(client) => {
          setClientDialog(false);
          void navigate({ name: 'new-assessment', clientId: client.id });
        }}
      />
      <ImportDialog open={importDialog} onClose={() => setImportDialog(false)} onImported={() => void reload()} />
    </Stack>
  );
}
