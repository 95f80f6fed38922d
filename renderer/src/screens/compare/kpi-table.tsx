import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { kpiName } from '../../../../core/kpi/definitions';
import { formatKpiPeriod, formatKpiValue } from '../../../../core/kpi/format';
import type { CompareView } from './compare-view';

/**
 * The client's KPIs per assessment date, side by side (core's kpiSeries).
 * No change or trend is computed from them and nothing is said about cause.
 */
export function KpiTable({ view }: { view: CompareView }) {
  const { t } = useTranslation();
  const { kpis, assessments } = view.comparison;
  if (kpis.length === 0) return <Typography data-testid="no-kpis">{t('compare.noKpis')}</Typography>;
  return (
    <Table size="small" data-testid="kpi-table">
      <caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>{t('compare.kpiCaption')}</caption>
      <TableHead>
        <TableRow>
          <TableCell>{t('compare.kpi')}</TableCell>
          {assessments.map((a, i) => (
            <TableCell key={a.assessmentId} align="right">
              {view.date(i)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {kpis.map((k) => (
          <TableRow key={k.kpiId} data-kpi={k.kpiId}>
            <TableCell component="th" scope="row">
              {kpiName(k.definition, view.ui)}
              {k.definitionsDiffer && (
                <Typography component="span" variant="body2" sx={{ display: 'block', color: 'text.secondary' }}>
                  {t('compare.kpiDefinitionsDiffer')}
                </Typography>
              )}
            </TableCell>
            {assessments.map((a, i) => {
              const points = k.points.filter((p) => p.assessmentId === a.assessmentId);
              return (
                <TableCell key={a.assessmentId} align="right" data-cell={`value-${i}`}>
                  {points.length === 0
                    ? t('common.none')
                    : points.map((p) => (
                        <span key={p.period} style={{ display: 'block' }}>
                          {formatKpiValue(p.value, k.definition.unit, view.ui)}{' '}
                          <Typography component="span" variant="body2" sx={{ color: 'text.secondary' }}>
                            ({formatKpiPeriod(p.period, view.ui)})
                          </Typography>
                        </span>
                      ))}
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
