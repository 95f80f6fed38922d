import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlineOutlined';
import DownloadIcon from '@mui/icons-material/Download';
import InsightsIcon from '@mui/icons-material/Insights';
import MoreVertIcon from '@mui/icons-material/MoreVert';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import SettingsIcon from '@mui/icons-material/Settings';
import TableChartIcon from '@mui/icons-material/TableChart';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import TableCell from '@mui/material/TableCell';
import TableRow from '@mui/material/TableRow';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatPercent } from '../../../../core/format';
import type { AssessmentSummary } from '../../../../core/library/summary';
import { useApi } from '../../api/api-context';
import { useConfirm } from '../../components/confirm';
import { useNotify } from '../../components/notifier';
import { downloadText } from '../../download';
import { navigate } from '../../router';
import { useLanguage } from '../../use-language';
import { menuContainer } from './menu-container';

/** One assessment in a client's table: open the workshop or the results, and a menu for the rest. */
export function AssessmentRow({ item, onChanged }: { item: AssessmentSummary; onChanged: () => Promise<void> }) {
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
        <Menu id={menuId} anchorEl={menu} open={menu !== null} onClose={() => setMenu(null)} container={menuContainer}>
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
