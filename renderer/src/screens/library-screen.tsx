import AddIcon from '@mui/icons-material/Add';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlineOutlined';
import DownloadIcon from '@mui/icons-material/Download';
import InsightsIcon from '@mui/icons-material/Insights';
import MoreVertIcon from '@mui/icons-material/MoreVert';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import SettingsIcon from '@mui/icons-material/Settings';
import TableChartIcon from '@mui/icons-material/TableChart';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../core/library/client';
import type { AssessmentSummary } from '../../../core/library/summary';
import { formatDate, formatPercent } from '../../../core/format';
import { useApi } from '../api/api-context';
import { useConfirm } from '../components/confirm';
import { useNotify } from '../components/notifier';
import { downloadText } from '../download';
import { navigate } from '../router';
import { useLanguage } from '../use-language';
import { ClientDialog } from './library/client-dialog';
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

  const q = query.trim().toLocaleLowerCase();
  const visible = useMemo(
    () =>
      (clients ?? [])
        .map((client) => ({
          client,
          items: assessments.filter(
            (a) => a.clientId === client.id && (!q || client.name.toLocaleLowerCase().includes(q) || a.title.toLocaleLowerCase().includes(q)),
          ),
        }))
        .filter(({ client, items }) => !q || items.length > 0 || client.name.toLocaleLowerCase().includes(q)),
    [clients, assessments, q],
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
          {visible.map(({ client, items }) => (
            <ClientSection key={client.id} client={client} items={items} onChanged={reload} />
          ))}
        </>
      )}

      <ClientDialog
        open={clientDialog}
        onClose={() => setClientDialog(false)}
        onCreated={(client) => {
          setClientDialog(false);
          void navigate({ name: 'new-assessment', clientId: client.id });
        }}
      />
      <ImportDialog open={importDialog} onClose={() => setImportDialog(false)} onImported={() => void reload()} />
    </Stack>
  );
}

function ClientSection({ client, items, onChanged }: { client: Client; items: AssessmentSummary[]; onChanged: () => Promise<void> }) {
  const api = useApi();
  const { t } = useTranslation();
  const notify = useNotify();
  const exportClient = async () => {
    const r = await api['export:client']({ clientId: client.id });
    if (r.ok) downloadText(r.value.fileName, r.value.content);
    else notify(t(`errors.${r.error.code}`), { severity: 'error' });
  };
  const headingId = `client-${client.id}`;
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: { xs: 2, md: 3 } }}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' }, mb: 1 }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="h2" id={headingId}>
            {client.name}
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {t('library.assessmentCount', { count: items.length })}
          </Typography>
        </Box>
        <Button startIcon={<AddIcon />} variant="outlined" onClick={() => void navigate({ name: 'new-assessment', clientId: client.id })}>
          {t('library.newAssessment')}
        </Button>
        <Button startIcon={<DownloadIcon />} onClick={() => void exportClient()} disabled={items.length === 0}>
          {t('library.exportClient')}
        </Button>
      </Stack>
      {items.length === 0 ? (
        <Typography sx={{ color: 'text.secondary' }}>{t('library.noAssessments')}</Typography>
      ) : (
        <Table size="small" aria-labelledby={headingId} sx={{ tableLayout: { md: 'fixed' } }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: { md: '11%' } }}>{t('library.columns.date')}</TableCell>
              <TableCell>{t('library.columns.title')}</TableCell>
              <TableCell sx={{ width: { md: '15%' } }}>{t('library.columns.stage')}</TableCell>
              <TableCell align="right" sx={{ width: { md: '9%' } }}>
                {t('library.columns.coverage')}
              </TableCell>
              <TableCell align="right" sx={{ width: { md: '10%' } }}>
                {t('library.columns.participants')}
              </TableCell>
              <TableCell align="right" sx={{ width: { md: '26%' } }}>
                {t('library.columns.actions')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {items.map((a) => (
              <AssessmentRow key={a.id} item={a} onChanged={onChanged} />
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}

function AssessmentRow({ item, onChanged }: { item: AssessmentSummary; onChanged: () => Promise<void> }) {
  const api = useApi();
  const { t } = useTranslation();
  const language = useLanguage();
  const notify = useNotify();
  const confirm = useConfirm();
  const [menu, setMenu] = useState<HTMLElement | null>(null);

  const exportAs = async (kind: 'file' | 'csv') => {
    setMenu(null);
    const r = kind === 'file' ? await api['export:assessment']({ id: item.id }) : await api['export:csv']({ assessmentIds: [item.id] });
    if (r.ok) downloadText(r.value.fileName, r.value.content, kind === 'csv' ? 'text/csv' : 'application/json');
    else notify(t(`errors.${r.error.code}`), { severity: 'error' });
  };
  const remove = async () => {
    setMenu(null);
    if (
      !(await confirm({
        title: t('library.deleteConfirmTitle'),
        body: t('library.deleteConfirmBody', { title: item.title }),
        confirmLabel: t('common.delete'),
        danger: true,
      }))
    )
      return;
    const r = await api['assessment:delete']({ id: item.id });
    if (!r.ok) return notify(t(`errors.${r.error.code}`), { severity: 'error' });
    await onChanged();
    notify(t('library.deleted', { title: item.title }), {
      severity: 'info',
      action: {
        label: t('common.undo'),
        run: () => void api['recycle:restore']({ entry: r.value.entry }).then(() => onChanged()),
      },
    });
  };
  const menuId = `menu-${item.id}`;
  return (
    <TableRow hover>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(item.date, language)}</TableCell>
      <TableCell>{item.title}</TableCell>
      <TableCell>{item.stage === null ? t('common.none') : `${item.stage} – ${t(`stages.${item.stage}` as 'stages.1')}`}</TableCell>
      <TableCell align="right">{formatPercent(item.coverage, language)}</TableCell>
      <TableCell align="right">{item.participants}</TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
        <Button size="small" startIcon={<PlayArrowIcon />} onClick={() => void navigate({ name: 'run', id: item.id })}>
          {t('library.workshop')}
        </Button>
        <Button size="small" startIcon={<InsightsIcon />} onClick={() => void navigate({ name: 'results', id: item.id })}>
          {t('library.results')}
        </Button>
        <IconButton
          aria-label={`${item.title}: ${t('library.columns.actions')}`}
          aria-haspopup="menu"
          aria-controls={menu ? menuId : undefined}
          onClick={(e) => setMenu(e.currentTarget)}
        >
          <MoreVertIcon />
        </IconButton>
        <Menu id={menuId} anchorEl={menu} open={menu !== null} onClose={() => setMenu(null)}>
          <MenuItem onClick={() => void navigate({ name: 'setup', id: item.id })}>
            <ListItemIcon>
              <SettingsIcon fontSize="small" />
            </ListItemIcon>
            {t('library.setup')}
          </MenuItem>
          <MenuItem onClick={() => void navigate({ name: 'new-assessment', clientId: item.clientId, copyFrom: item.id })}>
            <ListItemIcon>
              <ContentCopyIcon fontSize="small" />
            </ListItemIcon>
            {t('library.duplicate')}
          </MenuItem>
          <MenuItem onClick={() => void exportAs('file')}>
            <ListItemIcon>
              <DownloadIcon fontSize="small" />
            </ListItemIcon>
            {t('library.exportAssessment')}
          </MenuItem>
          <MenuItem onClick={() => void exportAs('csv')}>
            <ListItemIcon>
              <TableChartIcon fontSize="small" />
            </ListItemIcon>
            {t('library.exportCsv')}
          </MenuItem>
          <MenuItem onClick={() => void remove()} sx={{ color: 'error.main' }}>
            <ListItemIcon>
              <DeleteOutlineIcon fontSize="small" color="error" />
            </ListItemIcon>
            {t('library.delete')}
          </MenuItem>
        </Menu>
      </TableCell>
    </TableRow>
  );
}
