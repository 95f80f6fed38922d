import DownloadIcon from '@mui/icons-material/Download';
import Button from '@mui/material/Button';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context';
import { useNotify } from '../../components/notifier';
import { downloadBase64, downloadText } from '../../download';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * One "Export" button for the three files a consultant takes away: the
 * assessment itself (to move it to another Timantti), a CSV and an Excel
 * workbook (headers and labels in the UI language, ";" for Finnish Excel).
 */
export function ExportMenu({ assessmentId }: { assessmentId: string }) {
  const api = useApi();
  const { t } = useTranslation();
  const notify = useNotify();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();

  const run = async (kind: 'file' | 'csv' | 'xlsx') => {
    setAnchor(null);
    if (kind === 'xlsx') {
      const r = await api['export:xlsx']({ id: assessmentId });
      if (r.ok) downloadBase64(r.value.fileName, r.value.base64, XLSX);
      else notify(t(`errors.${r.error.code}`), { severity: 'error' });
      return;
    }
    const r = kind === 'file' ? await api['export:assessment']({ id: assessmentId }) : await api['export:csv']({ assessmentIds: [assessmentId] });
    if (r.ok) downloadText(r.value.fileName, r.value.content, kind === 'csv' ? 'text/csv' : 'application/json');
    else notify(t(`errors.${r.error.code}`), { severity: 'error' });
  };

  return (
    <>
      <Button
        startIcon={<DownloadIcon />}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? menuId : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        {t('results.export')}
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => void run('xlsx')}>
          <ListItemText primary={t('results.exportXlsx')} secondary={t('results.exportXlsxHelp')} />
        </MenuItem>
        <MenuItem onClick={() => void run('csv')}>
          <ListItemText primary={t('results.exportCsv')} secondary={t('results.exportCsvHelp')} />
        </MenuItem>
        <MenuItem onClick={() => void run('file')}>
          <ListItemText primary={t('results.exportFile')} secondary={t('results.exportFileHelp')} />
        </MenuItem>
      </Menu>
    </>
  );
}
