import AddIcon from '@mui/icons-material/Add';
import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlineOutlined';
import DownloadIcon from '@mui/icons-material/Download';
import DriveFileRenameOutlineIcon from '@mui/icons-material/DriveFileRenameOutline';
import EditNoteIcon from '@mui/icons-material/EditNote';
import MoreVertIcon from '@mui/icons-material/MoreVert';
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
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Client } from '../../../../core/library/client';
import type { AssessmentSummary } from '../../../../core/library/summary';
import { useApi } from '../../api/api-context';
import { useConfirm } from '../../components/confirm';
import { useNotify } from '../../components/notifier';
import { downloadText } from '../../download';
import { navigate } from '../../router';
import { AssessmentRow } from './assessment-row';
import { ClientDialog } from './client-dialog';
import { menuContainer } from './menu-container';

/**
 * A client: its name and notes, what can be done with it (a new assessment,
 * export, rename, notes, delete) and a table of its assessments. `items` are
 * the ones the search shows; `total` counts all of them.
 */
export function ClientSection({
  client,
  items,
  total,
  onChanged,
}: {
  client: Client;
  items: AssessmentSummary[];
  total: number;
  onChanged: () => Promise<void>;
}) {
  const api = useApi();
  const { t } = useTranslation();
  const notify = useNotify();
  const confirm = useConfirm();
  const [menu, setMenu] = useState<HTMLElement | null>(null);
  const [editing, setEditing] = useState<'name' | 'notes' | null>(null);
  const exportClient = async () => {
    const r = await api['export:client']({ clientId: client.id });
    if (r.ok) downloadText(r.value.fileName, r.value.content);
    else notify(t(`errors.${r.error.code}`), { severity: 'error' });
  };
  const edit = (field: 'name' | 'notes') => {
    setMenu(null);
    setEditing(field);
  };
  const remove = async () => {
    setMenu(null);
    const ok = await confirm({
      title: t('library.deleteClientConfirmTitle', { name: client.name }),
      body: t('library.deleteClientConfirmBody', { count: total }),
      confirmLabel: t('library.deleteClient'),
      danger: true,
    });
    if (!ok) return;
    const r = await api['client:delete']({ id: client.id });
    if (!r.ok) return notify(t(`errors.${r.error.code}`), { severity: 'error' });
    await onChanged();
    notify(t('library.clientDeleted', { name: client.name, count: r.value.recycled.length }), { severity: 'info' });
  };
  const headingId = `client-${client.id}`;
  const menuId = `client-menu-${client.id}`;
  const notes = client.notes?.trim();
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: { xs: 2, md: 3 } }}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'flex-start' }, mb: 1 }}>
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <Typography variant="h2" id={headingId}>
            {client.name}
          </Typography>
          {notes && (
            <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', mt: 0.5, maxWidth: '75ch' }} data-testid="client-notes">
              {notes}
            </Typography>
          )}
          <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>
            {t('library.assessmentCount', { count: items.length })}
          </Typography>
        </Box>
        <Button startIcon={<AddIcon />} variant="outlined" onClick={() => void navigate({ name: 'new-assessment', clientId: client.id })}>
          {t('library.newAssessment')}
        </Button>
        {total >= 2 && (
          <Button startIcon={<CompareArrowsIcon />} onClick={() => void navigate({ name: 'compare', clientId: client.id })}>
            {t('compare.open')}
          </Button>
        )}
        <Button startIcon={<DownloadIcon />} onClick={() => void exportClient()} disabled={total === 0}>
          {t('library.exportClient')}
        </Button>
        <IconButton
          aria-label={t('library.clientMenu', { name: client.name })}
          aria-haspopup="menu"
          aria-controls={menu ? menuId : undefined}
          aria-expanded={menu ? true : undefined}
          onClick={(e) => setMenu(e.currentTarget)}
          sx={{ alignSelf: { xs: 'flex-start', sm: 'auto' } }}
        >
          <MoreVertIcon />
        </IconButton>
        <Menu id={menuId} anchorEl={menu} open={menu !== null} onClose={() => setMenu(null)} container={menuContainer}>
          <MenuItem onClick={() => edit('name')}>
            <ListItemIcon>
              <DriveFileRenameOutlineIcon fontSize="small" />
            </ListItemIcon>
            {t('library.rename')}
          </MenuItem>
          <MenuItem onClick={() => edit('notes')}>
            <ListItemIcon>
              <EditNoteIcon fontSize="small" />
            </ListItemIcon>
            {t('library.editNotes')}
          </MenuItem>
          <MenuItem onClick={() => void remove()} sx={{ color: 'error.main' }}>
            <ListItemIcon>
              <DeleteOutlineIcon fontSize="small" color="error" />
            </ListItemIcon>
            {t('library.deleteClient')}
          </MenuItem>
        </Menu>
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
      <ClientDialog
        key={editing ?? 'closed'}
        open={editing !== null}
        client={client}
        focus={editing ?? 'name'}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          void onChanged();
        }}
      />
    </Paper>
  );
}
