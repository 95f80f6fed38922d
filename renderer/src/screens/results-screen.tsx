import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import MapIcon from '@mui/icons-material/Map';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../core/assessment/schema';
import { formatDate, formatPercent, formatScore } from '../../../core/format';
import { earlierAssessments } from '../../../core/library/earlier';
import { compareAssessments, scoreAssessment, type AssessmentScores } from '../../../core/scoring';
import { areaClaim, highlights, OVERALL_CLAIM_SHARE, overallClaim } from '../../../core/scoring/claims';
import type { ErrorCode } from '../../../core/result';
import { useApi } from '../api/api-context';
import { RadarChart, type RadarSeries } from '../components/radar-chart';
import { navigate } from '../router';
import { AreaNotes } from './results/area-notes';
import { ExportMenu } from './results/export-menu';
import { GroupGapsSection } from './results/group-gaps-section';
import { KpiSection } from './results/kpi-section';
import { ReportDialog } from './results/report-dialog';
import { useLanguage } from '../use-language';

/**
 * After scoring: the radar (current vs target vs the client's previous
 * assessment, with group overlays), the area table, where the room
 * disagreed, strengths and the weakest areas. Every number comes from
 * core's scoreAssessment; nothing is recomputed here.
 */
export function ResultsScreen({ assessmentId }: { assessmentId: string }) {
  const api = useApi();
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const [assessment, setAssessment] = useState<Assessment | null>(null);
  const [previous, setPrevious] = useState<Assessment | null>(null);
  // The error's code, translated when shown: the load must not depend on the UI language.
  const [error, setError] = useState<ErrorCode | null>(null);
  const [shownGroups, setShownGroups] = useState<Set<string>>(new Set());
  const [reportOpen, setReportOpen] = useState(false);
  const [clientAssessments, setClientAssessments] = useState(0);

  useEffect(() => {
    void (async () => {
      const r = await api['assessment:get']({ id: assessmentId });
      if (!r.ok) return setError(r.error.code);
      setAssessment(r.value);
      // The client's latest assessment before this one, for the radar and the change column.
      const list = await api['assessment:list']({ clientId: r.value.client.id });
      if (list.ok) setClientAssessments(list.value.length);
      const latest = list.ok ? earlierAssessments(list.value, r.value)[0] : undefined;
      if (latest) {
        const p = await api['assessment:get']({ id: latest.id });
        if (p.ok) setPrevious(p.value);
      }
    })();
  }, [api, assessmentId]);

  const scores: AssessmentScores | null = useMemo(() => (assessment ? scoreAssessment(assessment) : null), [assessment]);
  const comparison = useMemo(() => (assessment && previous ? compareAssessments(previous, assessment) : null), [assessment, previous]);

  if (error) return <Alert severity="error">{t(`errors.${error}`)}</Alert>;
  if (!assessment || !scores) return <Typography>{t('common.loading')}</Typography>;

  const language = assessment.language;
  const q = assessment.questionnaire;
  const title = (areaId: string) => q.areas.find((a) => a.id === areaId)?.title[language] ?? areaId;
  const f = (n: number | null) => formatScore(n, uiLanguage);
  const stageName = (stage: number | null) => (stage === null ? t('common.none') : `${stage} – ${q.stages[stage - 1]?.name[language] ?? ''}`);
  const overall = overallClaim(scores);
  const lists = highlights(scores);

  const series: RadarSeries[] = [
    { key: 'current', label: t('results.current'), kind: 'current', values: scores.areas.map((a) => a.score) },
    ...(scores.areas.some((a) => a.target !== null)
      ? [{ key: 'target', label: t('results.target'), kind: 'target' as const, values: scores.areas.map((a) => a.target) }]
      : []),
    ...(comparison && previous
      ? [
          {
            key: 'previous',
            label: t('results.previous', { date: formatDate(previous.date, uiLanguage) }),
            kind: 'previous' as const,
            values: scores.areas.map((a) => comparison.areas.find((d) => d.areaId === a.areaId)?.before ?? null),
          },
        ]
      : []),
    ...scores.groups
      .filter((g) => shownGroups.has(g.group))
      .map((g) => ({
        key: `group:${g.group}`,
        label: t('results.groupLabel', { group: g.group }),
        kind: 'group' as const,
        values: scores.areas.map((a) => g.areas[a.areaId] ?? null),
      })),
  ];

  const statementText = (id: string) => q.areas.flatMap((a) => a.statements).find((s) => s.id === id)?.text[language] ?? id;
  const hasScores = scores.overall !== null;

  return (
    <Stack spacing={3} sx={{ maxWidth: 1300, mx: 'auto' }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'flex-end' } }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography sx={{ color: 'text.secondary' }}>
            {assessment.client.name} · {assessment.title} · {formatDate(assessment.date, uiLanguage)}
          </Typography>
          <Typography variant="h1">{t('results.title')}</Typography>
        </Box>
        {/* The actions keep their one-line labels; the title beside them wraps instead. */}
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexShrink: 0, flexWrap: 'wrap', '& .MuiButton-root': { whiteSpace: 'nowrap' } }}>
          <Button startIcon={<PlayArrowIcon />} onClick={() => void navigate({ name: 'run', id: assessment.id })}>
            {t('results.backToWorkshop')}
          </Button>
          <Button startIcon={<MapIcon />} variant="contained" onClick={() => void navigate({ name: 'roadmap', id: assessment.id })}>
            {t('roadmap.open')}
          </Button>
          {clientAssessments >= 2 && (
            <Button startIcon={<CompareArrowsIcon />} onClick={() => void navigate({ name: 'compare', clientId: assessment.client.id })}>
              {t('compare.open')}
            </Button>
          )}
          <ExportMenu assessmentId={assessment.id} />
          <Button variant="contained" startIcon={<PictureAsPdfIcon />} onClick={() => setReportOpen(true)}>
            {t('report.create')}
          </Button>
        </Stack>
      </Stack>
      <ReportDialog open={reportOpen} onClose={() => setReportOpen(false)} assessment={assessment} />

      {!hasScores && <Alert severity="info">{t('results.noScores')}</Alert>}

      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '3fr 2fr' }, gap: 3 }}>
        <Paper variant="outlined" sx={{ p: 2 }}>
          <RadarChart labels={scores.areas.map((a) => title(a.areaId))} series={series} title={t('results.radarTitle')} locale={uiLanguage} height={580} />
          {scores.groups.length > 0 && (
            <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mt: 1 }}>
              <Typography component="legend" variant="body2" sx={{ fontWeight: 600 }}>
                {t('results.groupsHeading')}
              </Typography>
              <FormGroup row>
                {scores.groups.map((g) => (
                  <FormControlLabel
                    key={g.group}
                    control={
                      <Checkbox
                        checked={shownGroups.has(g.group)}
                        onChange={(e) =>
                          setShownGroups((s) => {
                            const next = new Set(s);
                            if (e.target.checked) next.add(g.group);
                            else next.delete(g.group);
                            return next;
                          })
                        }
                      />
                    }
                    label={`${g.group} (${f(g.overall)})`}
                  />
                ))}
              </FormGroup>
            </Box>
          )}
        </Paper>
        <Stack spacing={2}>
          <Paper variant="outlined" sx={{ p: 3 }}>
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {t('results.overall')}
            </Typography>
            <Typography sx={{ fontSize: '3rem', fontWeight: 700, lineHeight: 1.1 }} data-testid="overall">
              {f(scores.overall)}
            </Typography>
            {overall.partial ? (
              <Typography sx={{ mt: 1 }} data-testid="stage-withheld">
                {t('results.partialStage', { scored: overall.scored, total: overall.total, percent: formatPercent(OVERALL_CLAIM_SHARE, uiLanguage) })}
              </Typography>
            ) : (
              <>
                <Typography variant="h3" component="p" sx={{ mt: 1 }}>
                  {t('results.stage')}: {stageName(overall.stage)}
                </Typography>
                {overall.capped && (
                  <Typography sx={{ mt: 1, color: 'text.secondary' }} data-testid="stage-capped">
                    {t('results.stageCapped', {
                      area: q.areas.find((a) => a.id === overall.capped!.areaId)?.title[language] ?? overall.capped.areaId,
                      areaStage: overall.capped.areaStage,
                      uncapped: overall.capped.uncapped,
                    })}
                  </Typography>
                )}
                {overall.stage !== null && <Typography sx={{ mt: 1 }}>{q.stages[overall.stage - 1]?.description[language]}</Typography>}
              </>
            )}
            {comparison && previous && comparison.overall.delta !== null && (
              <Typography sx={{ mt: 1 }} data-testid="overall-change">
                {t('results.overallPrevious', {
                  date: formatDate(previous.date, uiLanguage),
                  before: f(comparison.overall.before),
                  delta: `${comparison.overall.delta > 0 ? '+' : ''}${f(comparison.overall.delta)}`,
                })}
              </Typography>
            )}
            <Typography variant="body2" sx={{ mt: 2, color: 'text.secondary' }}>
              {t('results.coverage')}:{' '}
              {t('results.coverageValue', {
                answered: scores.coverage.scored,
                total: scores.coverage.total,
                percent: formatPercent(scores.coverage.total ? scores.coverage.scored / scores.coverage.total : 0, uiLanguage),
              })}
            </Typography>
          </Paper>
          {/* The report's rules (core/scoring/claims.ts): only areas with enough answers, never the same area in both lists. */}
          <AreaList heading={t('results.strengths')} items={lists.strengths.map((a) => `${title(a.areaId)} ${f(a.score)}`)} />
          <AreaList
            heading={lists.gapBasis === 'target' ? t('results.gaps') : t('results.weakest')}
            items={lists.gaps.map((a) =>
              lists.gapBasis === 'target' && a.gap !== null && a.gap > 0 ? `${title(a.areaId)} +${f(a.gap)}` : `${title(a.areaId)} ${f(a.score)}`,
            )}
          />
        </Stack>
      </Box>

      <Paper variant="outlined" sx={{ p: 2, overflowX: 'auto' }}>
        <Table size="small">
          <caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>{t('results.tableCaption')}</caption>
          <TableHead>
            <TableRow>
              <TableCell>{t('results.table.area')}</TableCell>
              <TableCell align="right">{t('results.table.score')}</TableCell>
              <TableCell>{t('results.table.stage')}</TableCell>
              <TableCell align="right">{t('results.table.target')}</TableCell>
              <TableCell align="right">{t('results.table.gap')}</TableCell>
              <TableCell align="right">{t('results.table.spread')}</TableCell>
              <TableCell align="right">{t('results.table.coverage')}</TableCell>
              {comparison && <TableCell align="right">{t('results.table.change')}</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {scores.areas.map((a) => {
              const change = comparison?.areas.find((d) => d.areaId === a.areaId)?.delta ?? null;
              return (
                <TableRow key={a.areaId} data-area={a.areaId}>
                  <TableCell component="th" scope="row">
                    {title(a.areaId)}
                  </TableCell>
                  <TableCell align="right" sx={{ fontWeight: 700 }}>
                    {f(a.score)}
                  </TableCell>
                  <TableCell>{areaClaim(a).stage === null ? t('results.partialArea') : stageName(areaClaim(a).stage)}</TableCell>
                  <TableCell align="right">{f(a.target)}</TableCell>
                  <TableCell align="right">{f(a.gap)}</TableCell>
                  <TableCell align="right">{a.spread ? `${f(a.spread.sd)} (${f(a.spread.min)}–${f(a.spread.max)})` : t('common.none')}</TableCell>
                  <TableCell align="right">
                    {a.coverage.scored}/{a.coverage.total}
                  </TableCell>
                  {comparison && <TableCell align="right">{change === null ? t('common.none') : `${change > 0 ? '+' : ''}${f(change)}`}</TableCell>}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Paper>

      {/* The client's figures right under the maturity they are read with; then who in the room saw it differently. */}
      <KpiSection assessment={assessment} onChange={setAssessment} />

      <GroupGapsSection assessment={assessment} scores={scores} />

      <AreaNotes assessment={assessment} />

      <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-labelledby="disagreements-heading">
        <Typography variant="h2" id="disagreements-heading">
          {t('results.disagreements')}
        </Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
          {t('results.disagreementsLead')}
        </Typography>
        {scores.disagreements.length === 0 ? (
          <Typography>{t('results.noDisagreements')}</Typography>
        ) : (
          <Box component="ol" sx={{ m: 0, pl: 3 }}>
            {scores.disagreements.slice(0, 10).map((s) => (
              <li key={s.statementId}>
                <Typography component="span" sx={{ fontWeight: 600 }}>
                  {statementText(s.statementId)}
                </Typography>{' '}
                <Typography component="span" sx={{ color: 'text.secondary' }}>
                  ({title(s.areaId)}, {t('results.votes', { min: s.spread?.min, max: s.spread?.max })})
                </Typography>
              </li>
            ))}
          </Box>
        )}
      </Paper>
    </Stack>
  );
}

function AreaList({ heading, items }: { heading: string; items: string[] }) {
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Typography variant="h3" component="h2" sx={{ mb: 1 }}>
        {heading}
      </Typography>
      <Box component="ol" sx={{ m: 0, pl: 3 }}>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </Box>
    </Paper>
  );
}
