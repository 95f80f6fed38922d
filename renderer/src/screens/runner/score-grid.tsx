import Box from '@mui/material/Box';
import { visuallyHidden } from '../../visually-hidden';
import ButtonBase from '@mui/material/ButtonBase';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useTranslation } from 'react-i18next';
import type { AnswerValue, Participant, StatementAnswer } from '../../../../core/assessment/schema';

export type Row = { kind: 'agreed' } | { kind: 'participant'; participant: Participant; index: number };
export const rowKey = (row: Row): string => (row.kind === 'agreed' ? 'agreed' : row.participant.id);

const VALUES: AnswerValue[] = [1, 2, 3, 4, 5, 'na', 'dont-know'];

/**
 * One row per participant and one for the agreed view; a cell per level and
 * for "not applicable" and "don't know". The selected row takes the
 * keyboard's scores. In presentation mode its sizes come from the runner's
 * CSS variables, so every row fits on a projector's screen.
 */
export function ScoreGrid({
  rows,
  answer,
  activeRow,
  hideVotes,
  voteMarkRoom = false,
  anonymous,
  presentation,
  onSelectRow,
  onScore,
}: {
  rows: Row[];
  answer: StatementAnswer | undefined;
  activeRow: string;
  hideVotes: boolean;
  /**
   * Hide-until-reveal is on for the assessment (whether or not this statement
   * is revealed): every participant's name keeps room for the ✓, so the grid,
   * and the level texts beside it, do not move when a vote comes in or the
   * votes are revealed.
   */
  voteMarkRoom?: boolean;
  anonymous: boolean;
  presentation: boolean;
  onSelectRow: (key: string) => void;
  onScore: (key: string, value: AnswerValue | null) => void;
}) {
  const { t } = useTranslation();
  const label = (v: AnswerValue) => (v === 'na' ? t('runner.naShort') : v === 'dont-know' ? t('runner.dontKnowShort') : String(v));
  // The accessible name contains the visible text ("Ei koske", "EOS"), as label-in-name asks.
  const fullLabel = (v: AnswerValue) => {
    if (typeof v === 'number') return t('runner.level', { n: v });
    const [full, short] = v === 'na' ? [t('runner.na'), t('runner.naShort')] : [t('runner.dontKnow'), t('runner.dontKnowShort')];
    return full.includes(short) ? full : `${full} (${short})`;
  };
  const rowName = (row: Row) => (row.kind === 'agreed' ? t('runner.agreed') : anonymous ? t('runner.participant', { n: row.index + 1 }) : row.participant.name);
  const cell = presentation ? 'var(--cell)' : '42px';
  return (
    <Table
      size="small"
      aria-label={t('runner.scoring')}
      data-testid="score-grid"
      sx={{
        width: 'auto',
        fontSize: presentation ? 'var(--grid-size)' : '1rem',
        // Cells take the table's size (MUI gives them their own), so on the projector the whole grid grows with the screen.
        '& td, & th': { borderBottom: 0, py: presentation ? 'var(--row-pad)' : 0.25, ...(presentation ? { fontSize: 'inherit' } : {}) },
      }}
    >
      <TableHead>
        <TableRow>
          {/* The row headers' column: named for screen readers (axe's empty-table-header), blank on screen. */}
          <TableCell>
            <Box component="span" sx={visuallyHidden}>
              {t('runner.whoVotes')}
            </Box>
          </TableCell>
          {VALUES.map((v) => (
            <TableCell
              key={String(v)}
              align="center"
              sx={{ fontWeight: 600, color: 'text.secondary', fontSize: presentation ? '0.8em' : '0.875rem', lineHeight: 1.2, px: 0.5, whiteSpace: 'nowrap' }}
              title={fullLabel(v)}
            >
              {label(v)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => {
          const key = rowKey(row);
          const current = row.kind === 'agreed' ? answer?.agreed : answer?.votes?.[row.participant.id];
          const active = key === activeRow;
          const hidden = hideVotes && row.kind === 'participant';
          /** A vote is there but hidden until reveal: the name shows ✓. */
          const voted = hidden && current !== undefined;
          const projected = presentation && row.kind === 'participant';
          return (
            <TableRow
              key={key}
              data-row={key}
              sx={{ bgcolor: active ? 'rgba(15, 118, 110, 0.08)' : undefined, borderTop: row.kind === 'agreed' ? 2 : 0, borderColor: 'divider' }}
            >
              <TableCell component="th" scope="row" sx={{ pl: 0, pr: 1, minWidth: presentation ? '7.5em' : 160, maxWidth: presentation ? undefined : 280 }}>
                <ButtonBase
                  onClick={() => onSelectRow(key)}
                  aria-pressed={active}
                  sx={{
                    justifyContent: 'flex-start',
                    // On the projector a participant is "Osallistuja 3" (and ✓ when votes are hidden) on one line;
                    // "Yhteinen näkemys" may take two, leaving the width to the level texts.
                    flexWrap: projected ? 'nowrap' : 'wrap',
                    columnGap: 1,
                    width: '100%',
                    // Square on the left: the active row's bar is straight, not a bracket.
                    borderRadius: '0 8px 8px 0',
                    px: 1,
                    py: 0.5,
                    fontWeight: row.kind === 'agreed' || active ? 700 : 500,
                    fontSize: presentation ? '1em' : '1rem',
                    borderLeft: 4,
                    borderColor: active ? 'secondary.main' : 'transparent',
                    textAlign: 'left',
                    whiteSpace: projected ? 'nowrap' : undefined,
                  }}
                >
                  {rowName(row)}
                  {active && (
                    <Box component="span" sx={visuallyHidden}>
                      {` (${t('runner.activeRow')})`}
                    </Box>
                  )}
                  {row.kind === 'participant' && (hidden || voteMarkRoom) && (
                    // Shown (and named) when this hidden vote exists; otherwise an invisible ✓ that only keeps its room.
                    <Box
                      component="span"
                      {...(voted ? { 'aria-label': t('runner.hidden') } : { 'aria-hidden': true })}
                      sx={{ color: 'secondary.main', visibility: voted ? 'visible' : 'hidden' }}
                    >
                      ✓
                    </Box>
                  )}
                  {row.kind === 'participant' && !anonymous && row.participant.role && (
                    <Box component="span" sx={{ color: 'text.secondary', fontWeight: 400, fontSize: '0.85em' }}>
                      {row.participant.role}
                    </Box>
                  )}
                </ButtonBase>
              </TableCell>
              {VALUES.map((v) => {
                const on = current === v;
                const shown = on && !hidden;
                const word = typeof v !== 'number';
                return (
                  <TableCell key={String(v)} align="center" sx={{ px: 0.5 }}>
                    <ButtonBase
                      onClick={() => {
                        onSelectRow(key);
                        onScore(key, on ? null : v);
                      }}
                      aria-pressed={hidden ? undefined : on}
                      sx={{
                        // Levels are circles; "Ei koske" and "EOS" are words, in pills as wide as they need.
                        minWidth: cell,
                        height: cell,
                        px: word ? 1 : 0,
                        borderRadius: '999px',
                        border: 2,
                        borderColor: shown ? 'primary.main' : 'divider',
                        bgcolor: shown ? 'primary.main' : 'background.paper',
                        color: shown ? 'primary.contrastText' : 'text.primary',
                        fontWeight: 700,
                        fontSize: word ? (presentation ? '0.8em' : '0.875rem') : presentation ? '1.05em' : '1rem',
                        whiteSpace: 'nowrap',
                      }}
                    >
                      {hidden ? '' : label(v)}
                      {/* The name is the visible text plus who and what, so label-in-name holds. */}
                      <Box component="span" sx={visuallyHidden}>
                        {`${hidden ? '' : ','} ${t('runner.setValue', { row: rowName(row), value: fullLabel(v) })}`}
                      </Box>
                    </ButtonBase>
                  </TableCell>
                );
              })}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
