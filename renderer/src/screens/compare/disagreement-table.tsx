import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../../core/format';
import type { CompareView } from './compare-view';

/** How disagreement (flagged statements, mean spread) and coverage changed, overall, per assessment and first to latest. */
export function DisagreementTable({ view }: { view: CompareView }) {
  const { t } = useTranslation();
  const { points, firstToLatest } = view.comparison.overall;
  const count = (n: number | null) => (n === null ? t('common.none') : `${n > 0 ? '+' : n < 0 ? '−' : ''}${Math.abs(n)}`);
  const percentPoints = (n: number | null) => (n === null ? t('common.none') : `${n > 0 ? '+' : n < 0 ? '−' : ''}${formatPercent(Math.abs(n), view.ui)}`);
  const rows = [
    {
      key: 'flagged',
      label: t('compare.flagged'),
      cells: points.map((p) => String(p.disagreement.flagged)),
      change: count(firstToLatest?.flaggedChange ?? null),
    },
    {
      key: 'spread',
      label: t('compare.meanSpread'),
      cells: points.map((p) => view.score(p.disagreement.meanSpread)),
      change: view.delta(firstToLatest?.meanSpreadChange ?? null),
    },
    {
      key: 'coverage',
      label: t('compare.coverage'),
      cells: points.map((p) =>
        t('compare.coverageValue', {
          scored: p.coverage.scored,
          total: p.coverage.total,
          percent: formatPercent(p.coverage.total ? p.coverage.scored / p.coverage.total : 0, view.ui),
        }),
      ),
      change: percentPoints(firstToLatest?.scoredShareChange ?? null),
    },
  ];
  return (
    <Table size="small" data-testid="disagreement-table">
      <caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>{t('compare.disagreementCaption')}</caption>
      <TableHead>
        <TableRow>
          <TableCell>{t('compare.measure')}</TableCell>
          {view.comparison.assessments.map((a, i) => (
            <TableCell key={a.assessmentId} align="right">
              {view.date(i)}
            </TableCell>
          ))}
          <TableCell align="right">{t('compare.change')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.key} data-row={r.key}>
            <TableCell component="th" scope="row">
              {r.label}
            </TableCell>
            {r.cells.map((cell, i) => (
              <TableCell key={i} align="right" data-cell={`value-${i}`}>
                {cell}
              </TableCell>
            ))}
            <TableCell align="right" data-cell="change">
              {r.change}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
