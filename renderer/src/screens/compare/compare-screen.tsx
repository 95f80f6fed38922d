import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Select from '@mui/material/Select';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { CompareExportMenu } from './compare-export-menu';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../core/assessment/schema';
import { BUILT_IN_MAPPINGS, byDate, compareOverTime, comparisonProblem } from '../../../../core/compare';
import { formatDate } from '../../../../core/format';
import type { ErrorCode } from '../../../../core/result';
import { useApi } from '../../api/api-context';
import { RadarChart } from '../../components/radar-chart';
import { useLanguage } from '../../use-language';
import { compareView, type CompareView } from './compare-view';
import { DeltaTable } from './delta-table';
import { DisagreementTable } from './disagreement-table';
import { GroupGapsTable } from './group-gaps-table';
import { KpiTable } from './kpi-table';
import { StatementChanges, UnmatchedStatements } from './statement-changes';
import { TrendChart } from './trend-chart';

/**
 * A client's assessments side by side over time: the trend per area, the
 * latest profile against an earlier one, the change table, the statements
 * that moved most, disagreement and coverage, what could not be matched
 * across questionnaire versions, the KPIs and the gaps between groups.
 * Every number is core's compareOverTime; the screen only shows it.
 */
export function CompareScreen({ clientId }: { clientId: string }) {
  const api = useApi();
  const { t } = useTranslation();
  const ui = useLanguage();
  const [all, setAll] = useState<Assessment[] | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [picked, setPicked] = useState<Set<string>>(new Set());

  useEffect(() => {
    void (async () => {
      const list = await api['assessment:list']({ clientId });
      if (!list.ok) return setError(list.error.code);
      const loaded: Assessment[] = [];
      for (const summary of list.value) {
        const r = await api['assessment:get']({ id: summary.id });
        if (!r.ok) return setError(r.error.code);
        loaded.push(r.value);
      }
      const sorted = loaded.filter((a) => a.client.id === clientId).sort(byDate);
      setAll(sorted);
      setPicked(new Set(sorted.map((a) => a.id)));
    })();
  }, [api, clientId]);

  const chosen = useMemo(() => (all ?? []).filter((a) => picked.has(a.id)), [all, picked]);
  const view: CompareView | null = useMemo(() => {
    if (comparisonProblem(chosen)) return null;
    const comparison = compareOverTime({ assessments: chosen, mappings: BUILT_IN_MAPPINGS });
    return compareView(comparison, new Map(chosen.map((a) => [a.id, a])), ui);
  }, [chosen, ui]);

  if (error) return <Alert severity="error">{t(`errors.${error}`)}</Alert>;
  if (!all) return <Typography>{t('common.loading')}</Typography>;
  if (all.length === 0) return <Alert severity="info">{t('compare.notFound')}</Alert>;

  const toggle = (id: string, on: boolean) =>
    setPicked((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <Stack spacing={3} sx={{ maxWidth: 1300, mx: 'auto' }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'flex-end' } }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography sx={{ color: 'text.secondary' }}>{all[all.length - 1]?.client.name}</Typography>
          <Typography variant="h1">{t('compare.title')}</Typography>
          <Typography sx={{ mt: 1, maxWidth: '75ch' }}>{t('compare.lead')}</Typography>
        </Box>
        <Stack direction="row" spacing={1} useFlexGap data-testid="compare-toolbar" sx={{ flexShrink: 0 }}>
          <CompareExportMenu assessmentIds={chosen.map((a) => a.id)} />
        </Stack>
      </Stack>

      <Paper variant="outlined" sx={{ p: 2 }}>
        <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
          <Typography component="legend" variant="h3" sx={{ mb: 0.5 }}>
            {t('compare.pickHeading')}
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {t('compare.pickHelp')}
          </Typography>
          <FormGroup row data-testid="compare-picker">
            {all.map((a) => (
              <FormControlLabel
                key={a.id}
                data-assessment={a.id}
                control={<Checkbox size="small" checked={picked.has(a.id)} onChange={(e) => toggle(a.id, e.target.checked)} />}
                slotProps={{ typography: { variant: 'body2' } }}
                sx={{ mr: 3 }}
                label={t('compare.assessmentLabel', { date: formatDate(a.date, ui), title: a.title, version: a.questionnaire.version })}
              />
            ))}
          </FormGroup>
        </Box>
      </Paper>

      {!view ? <Alert severity="info">{t('compare.pickTooFew')}</Alert> : <Comparison view={view} />}
    </Stack>
  );
}

function Section({ id, heading, lead, children }: { id: string; heading: string; lead?: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-labelledby={`${id}-heading`}>
      <Typography variant="h2" id={`${id}-heading`} sx={{ mb: lead ? 0.5 : 2 }}>
        {heading}
      </Typography>
      {lead && (
        <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2, maxWidth: '90ch' }}>
          {lead}
        </Typography>
      )}
      {children}
    </Paper>
  );
}

function Comparison({ view }: { view: CompareView }) {
  const { t } = useTranslation();
  const c = view.comparison;
  const dates = c.assessments.map((_, i) => view.date(i));
  const latest = c.assessments.length - 1;
  const [againstId, setAgainstId] = useState<string>(c.assessments[0]?.assessmentId ?? '');
  // The picked set may change under the select: fall back to the first.
  const against = Math.max(
    0,
    c.assessments.findIndex((a, i) => i < latest && a.assessmentId === againstId),
  );
  const trendSeries = [
    { key: 'overall', label: t('compare.overall'), values: c.overall.points.map((p) => p.score), emphasis: true },
    ...c.areas.map((a) => ({ key: a.areaId, label: view.areaTitle(a.areaId), values: a.points.map((p) => p.score) })),
  ];
  // The radar's axes are the latest questionnaire's areas (an area it lacks has no axis).
  const radarAreas = c.areas.filter((a) => a.points[latest]?.present);
  return (
    <>
      <Section id="trend" heading={t('compare.trendHeading')} lead={t('compare.trendLead')}>
        <TrendChart labels={dates} series={trendSeries} title={t('compare.trendTitle')} locale={view.ui} />
      </Section>

      <Section id="kpis" heading={t('compare.kpiHeading')} lead={t('compare.kpiLead')}>
        <KpiTable view={view} />
      </Section>

      <Section id="delta" heading={t('compare.deltaHeading')}>
        <DeltaTable view={view} />
      </Section>

      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '2fr 3fr' }, gap: 3, alignItems: 'start' }}>
        <Section id="radar" heading={t('compare.radarHeading')}>
          <FormControl size="small" sx={{ minWidth: 260, mb: 1 }}>
            <InputLabel id="radar-against-label">{t('compare.radarAgainst')}</InputLabel>
            <Select
              labelId="radar-against-label"
              label={t('compare.radarAgainst')}
              value={c.assessments[against]?.assessmentId ?? ''}
              onChange={(e) => setAgainstId(e.target.value)}
              data-testid="radar-against"
            >
              {c.assessments.slice(0, latest).map((a, i) => (
                <MenuItem key={a.assessmentId} value={a.assessmentId}>
                  {dates[i]} · {a.title}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
          <RadarChart
            labels={radarAreas.map((a) => view.areaTitle(a.areaId))}
            series={[
              {
                key: 'latest',
                label: t('compare.latest', { date: dates[latest] }),
                kind: 'current',
                values: radarAreas.map((a) => a.points[latest]?.score ?? null),
              },
              {
                key: 'earlier',
                label: t('compare.earlier', { date: dates[against] }),
                kind: 'previous',
                values: radarAreas.map((a) => a.points[against]?.score ?? null),
              },
            ]}
            title={t('compare.radarTitle')}
            locale={view.ui}
            height={460}
          />
        </Section>
        <Section id="disagreement" heading={t('compare.disagreementHeading')}>
          <DisagreementTable view={view} />
        </Section>
      </Box>

      <Section id="statements" heading={t('compare.statementsHeading')}>
        <StatementChanges view={view} />
      </Section>

      <Section id="unmatched" heading={t('compare.unmatchedHeading')} lead={t('compare.unmatchedLead')}>
        <UnmatchedStatements view={view} />
      </Section>

      <Section id="groups" heading={t('compare.groupsHeading')} lead={t('compare.groupsLead')}>
        <GroupGapsTable view={view} />
      </Section>
    </>
  );
}
