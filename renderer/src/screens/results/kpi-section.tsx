import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlineOutlined';
import EditIcon from '@mui/icons-material/Edit';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
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
import type { Assessment } from '../../../../core/assessment/schema';
import { BUILT_IN_KPIS } from '../../../../core/kpi/catalogue';
import { kpiDefinition, kpiName } from '../../../../core/kpi/definitions';
import { removeKpiValue } from '../../../../core/kpi/edit';
import { formatKpiPeriod, formatKpiValue } from '../../../../core/kpi/format';
import type { KpiValue } from '../../../../core/kpi/schema';
import { useApi } from '../../api/api-context';
import { useConfirm } from '../../components/confirm';
import { useNotify } from '../../components/notifier';
import { useLanguage } from '../../use-language';
import { KpiDialog } from './kpi-dialog';

/**
 * "Business KPIs" on the results screen: the client's own figures (NPS,
 * churn, …) recorded beside the maturity they are discussed with. The
 * results screen is where the consultant and the client look at the scores
 * together, and where the client's figures come up; the setup screen is
 * for preparing the workshop, before any figure is at hand.
 */
export function KpiSection({ assessment, onChange }: { assessment: Assessment; onChange: (assessment: Assessment) => void }) {
  const api = useApi();
  const notify = useNotify();
  const confirm = useConfirm();
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const [dialog, setDialog] = useState<{ editing: KpiValue | null } | null>(null);
  const kpis = assessment.kpis;

  // Starter-set order, then own KPIs in the order they were defined; periods oldest first.
  const order = [...BUILT_IN_KPIS.map((k) => k.id), ...(kpis?.own ?? []).map((k) => k.id)];
  const values = [...(kpis?.values ?? [])].sort((a, b) => order.indexOf(a.kpiId) - order.indexOf(b.kpiId) || a.period.localeCompare(b.period));
  const describe = (v: KpiValue) => {
    const definition = kpiDefinition(v.kpiId, kpis);
    return {
      definition,
      name: definition ? kpiName(definition, uiLanguage) : v.kpiId,
      period: formatKpiPeriod(v.period, uiLanguage),
      value: definition ? formatKpiValue(v.value, definition.unit, uiLanguage) : String(v.value),
    };
  };

  const remove = async (v: KpiValue) => {
    const d = describe(v);
    const yes = await confirm({
      title: t('kpi.removeTitle'),
      body: t('kpi.removeBody', { kpi: d.name, period: d.period, value: d.value }),
      confirmLabel: t('kpi.removeConfirm'),
      danger: true,
    });
    if (!yes) return;
    const r = await api['assessment:update']({ id: assessment.id, patch: { kpis: removeKpiValue(kpis, v.kpiId, v.period) } });
    if (!r.ok) return notify(t('kpi.notSaved', { reason: t(`errors.${r.error.code}`) }), { severity: 'error' });
    notify(t('kpi.removed'));
    onChange(r.value);
  };

  return (
    <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-labelledby="kpi-heading">
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start', justifyContent: 'space-between' }}>
        <Box>
          <Typography variant="h2" id="kpi-heading">
            {t('kpi.heading')}
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
            {t('kpi.lead')}
          </Typography>
        </Box>
        <Button startIcon={<AddIcon />} variant="outlined" sx={{ flexShrink: 0, whiteSpace: 'nowrap' }} onClick={() => setDialog({ editing: null })}>
          {t('kpi.add')}
        </Button>
      </Stack>
      {values.length === 0 ? (
        <Typography>{t('kpi.none')}</Typography>
      ) : (
        <Table size="small" aria-labelledby="kpi-heading" data-testid="kpi-table">
          <TableHead>
            <TableRow>
              <TableCell>{t('kpi.table.kpi')}</TableCell>
              <TableCell>{t('kpi.table.period')}</TableCell>
              <TableCell align="right">{t('kpi.table.value')}</TableCell>
              <TableCell>{t('kpi.table.source')}</TableCell>
              <TableCell align="right">{t('kpi.table.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {values.map((v) => {
              const d = describe(v);
              const label = { kpi: d.name, period: d.period };
              return (
                <TableRow key={`${v.kpiId}@${v.period}`} data-kpi={v.kpiId} data-period={v.period}>
                  <TableCell component="th" scope="row">
                    {d.name}
                    {d.definition && (
                      <Typography variant="body2" component="span" sx={{ display: 'block', color: 'text.secondary' }}>
                        {d.definition.higherIsBetter ? t('kpi.higher') : t('kpi.lower')}
                      </Typography>
                    )}
                  </TableCell>
                  <TableCell>{d.period}</TableCell>
                  <TableCell align="right" sx={{ fontWeight: 700, whiteSpace: 'nowrap' }}>
                    {d.value}
                  </TableCell>
                  <TableCell>{v.source ?? ''}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <IconButton aria-label={t('kpi.edit', label)} onClick={() => setDialog({ editing: v })}>
                      <EditIcon />
                    </IconButton>
                    <IconButton aria-label={t('kpi.remove', label)} onClick={() => void remove(v)}>
                      <DeleteOutlineIcon />
                    </IconButton>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {dialog && <KpiDialog assessment={assessment} editing={dialog.editing} onClose={() => setDialog(null)} onSaved={onChange} />}
    </Paper>
  );
}
