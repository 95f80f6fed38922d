import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { GroupGapChange } from '../../../../core/compare';
import type { CompareView } from './compare-view';

/**
 * How the gap between two participant groups changed (core's
 * groupPairOverTime). Groups are labelled by group name and member count
 * only — never a participant's name — so the screen is safe to show when the
 * report names participants by role.
 */
export function GroupGapsTable({ view }: { view: CompareView }) {
  const { t } = useTranslation();
  const { pairs, perAssessment } = view.comparison.groups;
  if (pairs.length === 0) return <Typography data-testid="no-group-pairs">{t('compare.noGroups')}</Typography>;
  // The member count as of the latest assessment that has the group.
  const members = (group: string) => [...perAssessment].reverse().flatMap((p) => p.groups.filter((g) => g.group === group))[0]?.members ?? 0;
  const label = (group: string) => t('compare.groupLabel', { group, count: members(group) });
  const anyOne = pairs.some((p) => p.groups.some((g) => members(g) === 1));
  const trend = (g: GroupGapChange) => (g.trend === null ? t('common.none') : `${view.delta(g.change)} (${t(`compare.${g.trend}`)})`);
  return (
    <Box>
      {pairs.map((pair) => {
        const [a, b] = pair.groups;
        const rows = [
          { key: 'overall', title: t('compare.overall'), gap: pair.overall },
          ...pair.areas.map((r) => ({ key: r.areaId, title: view.areaTitle(r.areaId), gap: r as GroupGapChange })),
        ];
        return (
          <Box key={`${a}|${b}`} sx={{ overflowX: 'auto', mb: 2 }}>
            <Table size="small" data-testid="group-pair" data-groups={JSON.stringify(pair.groups)}>
              <caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>
                {t('compare.groupPairCaption', { a: label(a), b: label(b) })}
              </caption>
              <TableHead>
                <TableRow>
                  <TableCell>{t('compare.area')}</TableCell>
                  {view.comparison.assessments.map((x, i) => (
                    <TableCell key={x.assessmentId} align="right">
                      {view.date(i)}
                    </TableCell>
                  ))}
                  <TableCell align="right">{t('compare.gapTrend')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((r) => (
                  <TableRow key={r.key} data-area={r.key}>
                    <TableCell component="th" scope="row" sx={{ fontWeight: r.key === 'overall' ? 700 : undefined }}>
                      {r.title}
                    </TableCell>
                    {r.gap.gaps.map((g, i) => (
                      <TableCell key={i} align="right" data-cell={`gap-${i}`}>
                        {view.delta(g)}
                      </TableCell>
                    ))}
                    <TableCell align="right" data-cell="trend">
                      {trend(r.gap)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        );
      })}
      {anyOne && (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('compare.oneMember')}
        </Typography>
      )}
    </Box>
  );
}
