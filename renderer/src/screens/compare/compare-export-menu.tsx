import DownloadIcon from '@mui/icons-material/Download';
import Button from '@mui/material/Button';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/api-context';
import { useNotify } from '../../components/notifier';
import { downloadBase64, downloadText } from '../../download';
import { useLanguage } from '../../use-language';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * What a consultant takes away from the comparison: the comparison report
 * (PDF, in the UI language), and the comparison as CSV or an Excel workbook
 * (one row per area per assessment, and the KPIs). Disabled until at least
 * two assessments are picked.
 */
export function CompareExportMenu({ assessmentIds }: { assessmentIds: readonly string[] }) {
  const api = useApi();
  const { t } = useTranslation();
  const language = useLanguage();
  const notify = useNotify();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const menuId = useId();
  const ids = [...assessmentIds];

  const run = async (kind: 'pdf' | 'csv' | 'xlsx') => {
    setAnchor(null);
    // A second click while the report renders would start a second render.
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      if (kind === 'pdf') {
        const r = await api['report:comparison']({ assessmentIds: ids, language });
        if (!r.ok) return notify(t('compare.export.failed', { reason: t(`errors.${r.error.code}`) }), { severity: 'error' });
        if (r.value.cancelled) return;
        if (r.value.pdfBase64 !== undefined) {
          downloadBase64(r.value.fileName, r.value.pdfBase64, 'application/pdf');
          notify(t('report.downloaded', { file: r.value.fileName }));
        } else if (r.value.savedTo) {
          const file = r.value.savedTo.split(/[\\/]/).pop() ?? r.value.fileName;
          notify(t(r.value.opened === false ? 'report.savedNotOpened' : 'report.saved', { file }));
        }
        return;
      }
      if (kind === 'xlsx') {
        const r = await api['export:comparison-xlsx']({ assessmentIds: ids });
        if (r.ok) downloadBase64(r.value.fileName, r.value.base64, XLSX);
        else notify(t('compare.export.failed', { reason: t(`errors.${r.error.code}`) }), { severity: 'error' });
        return;
      }
      const r = await api['export:comparison-csv']({ assessmentIds: ids });
      if (r.ok) downloadText(r.value.fileName, r.value.content, 'text/csv');
      else notify(t('compare.export.failed', { reason: t(`errors.${r.error.code}`) }), { severity: 'error' });
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  return (
    <>
      <Button
        variant="contained"
        startIcon={<DownloadIcon />}
        disabled={ids.length < 2 || busy}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? menuId : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        {busy ? t('compare.export.busy') : t('compare.export.button')}
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        <MenuItem onClick={() => void run('pdf')}>
          <ListItemText primary={t('compare.export.pdf')} secondary={t('compare.export.pdfHelp')} />
        </MenuItem>
        <MenuItem onClick={() => void run('xlsx')}>
          <ListItemText primary={t('compare.export.xlsx')} secondary={t('compare.export.xlsxHelp')} />
        </MenuItem>
        <MenuItem onClick={() => void run('csv')}>
          <ListItemText primary={t('compare.export.csv')} secondary={t('compare.export.csvHelp')} />
        </MenuItem>
      </Menu>
    </>
  );
}
