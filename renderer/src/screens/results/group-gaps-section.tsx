import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../core/assessment/schema';
import { groupGaps, type GroupGapRow } from '../../../../core/compare';
import { formatScore } from '../../../../core/format';
import type { AssessmentScores } from '../../../../core/scoring';
import { useLanguage } from '../../use-language';

/** Statement rows shown before "show all": the largest differences are the ones to talk about. */
const FIRST_STATEMENTS = 10;

/**
 * Each participant group's scores side by side, per area and per statement,
 * largest gap first (core's groupGaps). Groups are labelled by their name and
 * member count only, never by who is in them: a one-member group would
 * otherwise name the person whose votes these are.
 */
export function GroupGapsSection({ assessment, scores }: { assessment: Assessment; scores: AssessmentScores }) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const [allStatements, setAllStatements] = useState(false);
  const gaps = useMemo(() => groupGaps(assessment, scores), [assessment, scores]);
  if (gaps.groups.length < 2) return null;

  const language = assessment.language;
  const areas = assessment.questionnaire.areas;
  const areaTitle = (id: string) => areas.find((a) => a.id === id)?.title[language] ?? id;
  const statementText = (id: string) => areas.flatMap((a) => a.statements).find((s) => s.id === id)?.text[language] ?? id;
  const f = (n: number | null) => formatScore(n, uiLanguage);
  const statements = allStatements ? gaps.statements : gaps.statements.slice(0, FIRST_STATEMENTS);
  const lonely = gaps.groups.filter((g) => g.members === 1);

  // Fixed columns, the same in both tables, so a group's figures line up from the areas down to the statements.
  const groupWidth = `${46 / gaps.groups.length}%`;
  const head = (first: string) => (
    <TableHead>
      <TableRow>
        <TableCell sx={{ width: '42%' }}>{first}</TableCell>
        {gaps.groups.map((g) => (
          <TableCell key={g.group} align="right" sx={{ width: groupWidth }}>
            {/* The name on one line, the size under it: "leadership (2 / people)" broke mid-label with three groups. */}
            {g.group}{' '}
            <Box component="span" sx={{ display: 'block', whiteSpace: 'nowrap', color: 'text.secondary' }}>
              {t('groups.members', { count: g.members })}
            </Box>
          </TableCell>
        ))}
        <TableCell align="right" sx={{ width: '12%' }}>
          {t('groups.gap')}
        </TableCell>
      </TableRow>
    </TableHead>
  );
  const cells = (row: Pick<GroupGapRow, 'groups' | 'gap' | 'highest'>) => (
    <>
      {row.groups.map((g) => (
        <TableCell key={g.group} align="right" sx={{ fontWeight: row.gap !== null && g.group === row.highest ? 700 : undefined }}>
          {f(g.score)}
        </TableCell>
      ))}
      <TableCell align="right" sx={{ fontWeight: 700 }}>
        {f(row.gap)}
      </TableCell>
    </>
  );

  return (
    <Paper variant="outlined" sx={{ p: 3, overflowX: 'auto' }} component="section" aria-labelledby="groups-heading" data-testid="group-gaps">
      <Typography variant="h2" id="groups-heading">
        {t('groups.heading')}
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1 }}>
        {t('groups.lead')}
      </Typography>
      {lonely.map((g) => (
        <Typography key={g.group} variant="body2" sx={{ color: 'text.secondary' }}>
          {t('groups.onePerson', { group: g.group })}
        </Typography>
      ))}
      <Table size="small" sx={{ mt: 2, tableLayout: 'fixed', minWidth: 640 }} data-testid="group-areas">
        <caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>{t('groups.areasCaption')}</caption>
        {head(t('groups.area'))}
        <TableBody>
          {gaps.areas.map((row) => (
            <TableRow key={row.areaId} data-group-area={row.areaId}>
              <TableCell component="th" scope="row">
                {areaTitle(row.areaId)}
              </TableCell>
              {cells(row)}
            </TableRow>
          ))}
          <TableRow sx={{ '& > *': { borderTop: 2, borderTopColor: 'divider' } }}>
            <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
              {t('groups.overall')}
            </TableCell>
            {cells(gaps.overall)}
          </TableRow>
        </TableBody>
      </Table>
      <Table size="small" sx={{ mt: 3, tableLayout: 'fixed', minWidth: 640 }} data-testid="group-statements">
        <caption style={{ captionSide: 'top', textAlign: 'left', fontWeight: 600 }}>{t('groups.statementsCaption')}</caption>
        {head(t('groups.statement'))}
        <TableBody>
          {statements.map((row) => (
            <TableRow key={row.statementId} data-group-statement={row.statementId}>
              <TableCell component="th" scope="row">
                {statementText(row.statementId!)}
                <Typography variant="body2" component="span" sx={{ display: 'block', color: 'text.secondary' }}>
                  {areaTitle(row.areaId)}
                </Typography>
              </TableCell>
              {cells(row)}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {gaps.statements.length > FIRST_STATEMENTS && (
        <Button sx={{ mt: 1 }} onClick={() => setAllStatements((v) => !v)} aria-expanded={allStatements}>
          {allStatements ? t('groups.showFewer', { count: FIRST_STATEMENTS }) : t('groups.showAll', { count: gaps.statements.length })}
        </Button>
      )}
    </Paper>
  );
}
