import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { ScoreSeries } from '../../../../core/compare';
import type { CompareView } from './compare-view';

/**
 * Each area's (and the overall) score and claimed stage per assessment, the
 * change from the first to the latest and the stage change. A stage is
 * "–" where core withholds it, with a note saying why; a scale change
 * between questionnaire versions and v2's overall cap are noted too.
 */
export function DeltaTable({ view }: { view: CompareView }) {
  const { t } = useTranslation();
  const { comparison: c } = view;
  const rows: { key: string; title: string; series: ScoreSeries }[] = [
    { key: 'overall', title: t('compare.overall'), series: c.overall },
    ...c.areas.map((a) => ({ key: a.areaId, title: view.areaTitle(a.areaId), series: a })),
  ];
  const partial = rows.some((r) => r.series.points.some((p) => p.partial));
  const scaleSteps = c.overall.steps.filter((s) => s.scaleChanged);
  const versionOf = (id: string) => c.assessments.find((a) => a.assessmentId === id)?.questionnaire.version;
  const capped = c.overall.points.flatMap((p, i) => (p.capped ? [{ i, capped: p.capped }] : []));
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid="delta-table" sx={{ '& th, & td': { whiteSpace: 'nowrap' }, '& tbody th': { whiteSpace: 'normal' } }}>
        <caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>{t('compare.deltaCaption')}</caption>
        <TableHead>
          <TableRow>
            <TableCell>{t('compare.area')}</TableCell>
            {c.assessments.map((a, i) => (
              <TableCell key={a.assessmentId} align="right">
                {view.date(i)}
              </TableCell>
            ))}
            <TableCell align="right">{t('compare.change')}</TableCell>
            <TableCell align="right">{t('compare.stageChange')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => {
            const last = r.series.firstToLatest;
            const stages = last && last.stageBefore !== null && last.stageAfter !== null ? `${last.stageBefore} → ${last.stageAfter}` : t('common.none');
            return (
              <TableRow key={r.key} data-area={r.key} sx={r.key === 'overall' ? { '& > *': { fontWeight: 700 } } : undefined}>
                <TableCell component="th" scope="row" sx={{ fontWeight: r.key === 'overall' ? 700 : undefined }}>
                  {r.title}
                </TableCell>
                {r.series.points.map((p, i) => (
                  <TableCell key={c.assessments[i]?.assessmentId} align="right" data-cell={`score-${i}`}>
                    <span data-value>{view.score(p.score)}</span>
                    <Typography component="span" variant="body2" sx={{ display: 'block', color: 'text.secondary', fontWeight: 400 }}>
                      {!p.present
                        ? t('compare.absent')
                        : p.stage !== null
                          ? t('compare.stageShort', { stage: p.stage })
                          : p.score !== null
                            ? t('compare.tooFew')
                            : t('common.none')}
                    </Typography>
                  </TableCell>
                ))}
                <TableCell align="right" data-cell="change">
                  {view.delta(last?.score.delta ?? null)}
                </TableCell>
                <TableCell align="right" data-cell="stage-change">
                  {stages}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <Box sx={{ mt: 1, color: 'text.secondary', '& p': { mt: 0.5 } }}>
        {partial && (
          <Typography variant="body2" data-testid="note-partial">
            {t('compare.notePartial')}
          </Typography>
        )}
        {scaleSteps.map((s) => (
          <Typography key={s.toAssessmentId} variant="body2" data-testid="note-scale">
            {t('compare.noteScale', { from: `v${versionOf(s.fromAssessmentId)}`, to: `v${versionOf(s.toAssessmentId)}` })}
          </Typography>
        ))}
        {capped.map(({ i, capped: cap }) => (
          <Typography key={i} variant="body2" data-testid="note-capped">
            {t('compare.noteCapped', { date: view.date(i), area: view.areaTitle(cap.areaId), areaStage: cap.areaStage, uncapped: cap.uncapped })}
          </Typography>
        ))}
      </Box>
    </Box>
  );
}
