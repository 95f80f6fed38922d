import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { StatementTrack } from '../../../../core/compare';
import type { CompareView } from './compare-view';

/** The statements that improved and declined most from the first to the last assessment that has them (core's top lists). */
export function StatementChanges({ view }: { view: CompareView }) {
  const { t } = useTranslation();
  const list = (heading: string, testId: string, tracks: StatementTrack[]) => (
    <Box data-testid={testId}>
      <Typography variant="h3" sx={{ mb: 1 }}>
        {heading}
      </Typography>
      {tracks.length === 0 ? (
        <Typography>{t('compare.noneChanged')}</Typography>
      ) : (
        <Box component="ol" sx={{ m: 0, pl: 3 }}>
          {tracks.map((s) => (
            <li key={s.statementId} data-statement={s.statementId}>
              <Typography component="span" sx={{ fontWeight: 600 }}>
                {view.statementText(s.statementId)}
              </Typography>{' '}
              <Typography component="span" sx={{ color: 'text.secondary' }}>
                ({view.areaTitle(s.areaId)}, {view.score(s.change?.before ?? null)} → {view.score(s.change?.after ?? null)},{' '}
                <span data-cell="change">{view.delta(s.change?.delta ?? null)}</span>
                {s.reworded ? `, ${t('compare.reworded')}` : ''})
              </Typography>
            </li>
          ))}
        </Box>
      )}
    </Box>
  );
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 3 }}>
      {list(t('compare.improved'), 'improved', view.comparison.improvedStatements)}
      {list(t('compare.declined'), 'declined', view.comparison.declinedStatements)}
    </Box>
  );
}

/** Every statement that did not match between consecutive assessments, by kind: listed, never dropped. */
export function UnmatchedStatements({ view }: { view: CompareView }) {
  const { t } = useTranslation();
  const { comparison: c } = view;
  const version = (id: string) => c.assessments.find((a) => a.assessmentId === id)?.questionnaire.version ?? '';
  const index = (id: string) => c.assessments.findIndex((a) => a.assessmentId === id);
  const pairs = c.matching.filter((m) => m.replaced.length + m.added.length + m.removed.length + m.areasOnlyBefore.length + m.areasOnlyAfter.length > 0);
  if (pairs.length === 0) return <Typography>{t('compare.noUnmatched')}</Typography>;
  return (
    <Box data-testid="unmatched">
      {pairs.map((m) => {
        const v = version(m.toAssessmentId);
        const items = [
          ...m.areasOnlyAfter.map((id) => ({
            key: `area+${id}`,
            kind: 'area-added',
            label: t('compare.areaAdded', { version: v }),
            text: view.areaTitle(id),
            extra: '',
          })),
          ...m.areasOnlyBefore.map((id) => ({
            key: `area-${id}`,
            kind: 'area-removed',
            label: t('compare.areaRemoved', { version: v }),
            text: view.areaTitle(id),
            extra: '',
          })),
          ...m.replaced.map((r) => ({
            key: `r${r.earlierId}`,
            kind: 'replaced',
            label: t('compare.replaced', { version: v }),
            text: view.statementText(r.earlierId),
            extra: t('compare.replacedBy', { text: view.statementText(r.laterId) }),
            id: r.earlierId,
          })),
          ...m.added.map((s) => ({
            key: `a${s.statementId}`,
            kind: 'added',
            label: t('compare.added', { version: v }),
            text: view.statementText(s.statementId),
            extra: '',
            id: s.statementId,
          })),
          ...m.removed.map((s) => ({
            key: `d${s.statementId}`,
            kind: 'removed',
            label: t('compare.removed', { version: v }),
            text: view.statementText(s.statementId),
            extra: '',
            id: s.statementId,
          })),
        ];
        return (
          <Box key={m.toAssessmentId} sx={{ mb: 2 }}>
            <Typography variant="h3" sx={{ mb: 1 }}>
              {t('compare.unmatchedPair', { from: view.date(index(m.fromAssessmentId)), to: view.date(index(m.toAssessmentId)) })}
            </Typography>
            <Box component="ul" sx={{ m: 0, pl: 3 }}>
              {items.map((item) => (
                <li key={item.key} data-kind={item.kind} data-statement={'id' in item ? item.id : undefined}>
                  <Typography component="span" sx={{ fontWeight: 600 }}>
                    {item.label}:
                  </Typography>{' '}
                  {item.text}
                  {item.extra && (
                    <Typography component="span" sx={{ color: 'text.secondary' }}>
                      {' '}
                      ({item.extra})
                    </Typography>
                  )}
                </li>
              ))}
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
