import { isAnswered } from '../../../../core/assessment/answered';
import HelpOutlineIcon from '@mui/icons-material/HelpOutlineOutlined';
import InsightsIcon from '@mui/icons-material/Insights';
import NavigateBeforeIcon from '@mui/icons-material/NavigateBefore';
import NavigateNextIcon from '@mui/icons-material/NavigateNext';
import SlideshowIcon from '@mui/icons-material/Slideshow';
import VisibilityIcon from '@mui/icons-material/Visibility';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyAnswer } from '../../../../core/assessment/apply-answer';
import { isLevel, type AnswerValue, type Assessment } from '../../../../core/assessment/schema';
import { formatScore } from '../../../../core/format';
import { scoreStatement } from '../../../../core/scoring/statement';
import { mean } from '../../../../core/scoring/stats';
import type { ErrorCode } from '../../../../core/result';
import { useApi } from '../../api/api-context';
import { useConfirm } from '../../components/confirm';
import { DiamondNav } from '../../components/diamond-nav';
import { navigate, routeHash, setNavigationGuard } from '../../router';
import { useLanguage } from '../../use-language';
import { LevelCards } from './level-cards';
import { keyToAction } from './runner-keys';
import { rowKey, ScoreGrid, type Row } from './score-grid';
import { SaveIndicator } from './save-indicator';
import { NoteField } from './note-field';
import { ShortcutHelp } from './shortcut-help';
import { useAutosave } from './use-autosave';

const answered = isAnswered;

/**
 * The workshop: one statement at a time, its five levels side by side, the
 * participants' and the agreed scores, a note. Keyboard first; every answer
 * is saved at once and the indicator says "saved" only when it is on disk.
 */
export function RunnerScreen({ assessmentId, statementId }: { assessmentId: string; statementId?: string }) {
  const api = useApi();
  const { t } = useTranslation();
  const confirm = useConfirm();
  const uiLanguage = useLanguage();
  const [assessment, setAssessment] = useState<Assessment | null>(null);
  // The error's code, translated when shown: the load must not depend on the UI language.
  const [error, setError] = useState<ErrorCode | null>(null);
  const [index, setIndex] = useState(0);
  const [activeRow, setActiveRow] = useState('agreed');
  const [presentation, setPresentation] = useState(() => localStorage.getItem('timantti.presentation') === '1');
  const [hideScores, setHideScores] = useState(false);
  const [revealed, setRevealed] = useState<Set<string>>(new Set());
  const [help, setHelp] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const { state: saveState, save, hasUnsaved } = useAutosave(api, assessmentId);

  useEffect(() => {
    void api['assessment:get']({ id: assessmentId }).then((r) => {
      if (!r.ok) return setError(r.error.code);
      setAssessment(r.value);
      const all = r.value.questionnaire.areas.flatMap((a) => a.statements);
      const fromUrl = statementId ? all.findIndex((s) => s.id === statementId) : -1;
      const firstOpen = all.findIndex((s) => !answered(r.value.answers[s.id]));
      setIndex(fromUrl >= 0 ? fromUrl : Math.max(firstOpen, 0));
      // Scoring starts from the first participant; the agreed row comes last.
      setActiveRow(r.value.participants[0]?.id ?? 'agreed');
    });
    // The statement in the URL is read once, when the screen opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, assessmentId]);

  // Never navigate away from answers that are not on disk without asking.
  useEffect(() => {
    setNavigationGuard(
      async () => !hasUnsaved() || confirm({ title: t('runner.leaveTitle'), body: t('runner.leaveBody'), confirmLabel: t('common.continue'), danger: true }),
    );
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (hasUnsaved()) e.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => {
      setNavigationGuard(undefined);
      window.removeEventListener('beforeunload', beforeUnload);
    };
  }, [confirm, hasUnsaved, t]);

  useEffect(() => {
    localStorage.setItem('timantti.presentation', presentation ? '1' : '0');
  }, [presentation]);

  const language = assessment?.language ?? uiLanguage;
  const statements = useMemo(
    () => assessment?.questionnaire.areas.flatMap((area) => area.statements.map((statement) => ({ area, statement }))) ?? [],
    [assessment],
  );
  const current = statements[index];
  const rows: Row[] = useMemo(
    () => [...(assessment?.participants.map((participant, i) => ({ kind: 'participant' as const, participant, index: i })) ?? []), { kind: 'agreed' as const }],
    [assessment],
  );

  // Keep the statement in the URL, so a reload returns here.
  useEffect(() => {
    if (current) window.history.replaceState(null, '', routeHash({ name: 'run', id: assessmentId, statementId: current.statement.id }));
  }, [assessmentId, current]);

  const setAnswer = useCallback(
    (row: string, change: { value?: AnswerValue | null; note?: string | null; evidence?: string | null }) => {
      if (!assessment || !current) return;
      const id = current.statement.id;
      const participantId = row === 'agreed' ? null : row;
      // Optimistic: the screen shows the answer at once; the indicator tells when it is on disk.
      setAssessment((a) => (a ? { ...a, answers: { ...a.answers, [id]: applyAnswer(a.answers[id], { participantId, ...change }) } } : a));
      void save({ statementId: id, participantId, ...change }).then((code) => {
        // A refused change (not a disk failure) is not in main's state: show what main has.
        if (code && code !== 'storage-failed') void api['assessment:get']({ id: assessmentId }).then((r) => r.ok && setAssessment(r.value));
      });
    },
    [api, assessment, assessmentId, current, save],
  );

  const go = useCallback(
    (delta: number) => {
      setIndex((i) => Math.min(Math.max(i + delta, 0), Math.max(statements.length - 1, 0)));
      setActiveRow(rows.length > 1 ? rowKey(rows[0]!) : 'agreed');
    },
    [rows, statements.length],
  );

  // One listener for the screen's life, reading the latest state through a
  // ref: key presses in quick succession never act on a stale row.
  const latest = useRef({ activeRow, current, go, help, rows, setAnswer });
  useLayoutEffect(() => {
    latest.current = { activeRow, current, go, help, rows, setAnswer };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const { activeRow, current, go, help, rows, setAnswer } = latest.current;
      if (help) return;
      if (e.key === 'Escape' && (e.target as HTMLElement | null)?.tagName === 'TEXTAREA') {
        (e.target as HTMLElement).blur();
        rootRef.current?.focus();
        return;
      }
      // Keys meant for a focused button or dialog are not shortcuts.
      if ((e.target as HTMLElement | null)?.closest?.('[role="dialog"],[role="menu"]')) return;
      const action = keyToAction(e);
      if (!action || !current) return;
      e.preventDefault();
      switch (action.type) {
        case 'score':
          setAnswer(activeRow, { value: action.value });
          break;
        case 'row': {
          const at = rows.findIndex((r) => rowKey(r) === activeRow);
          const next = rowKey(rows[Math.min(Math.max(at + action.delta, 0), rows.length - 1)]!);
          latest.current.activeRow = next;
          setActiveRow(next);
          break;
        }
        case 'statement':
          go(action.delta);
          break;
        case 'help':
          setHelp(true);
          break;
        case 'presentation':
          setPresentation((p) => !p);
          break;
        case 'reveal':
          setRevealed((r) => new Set(r).add(current.statement.id));
          break;
        case 'note':
          noteRef.current?.focus();
          break;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (error) return <Alert severity="error">{t(`errors.${error}`)}</Alert>;
  if (!assessment || !current) return <Typography>{t('common.loading')}</Typography>;

  const { area, statement } = current;
  const answer = assessment.answers[statement.id];
  const score = scoreStatement(statement.id, area.id, answer, assessment.participants);
  const hideVotes = hideScores && !revealed.has(statement.id);
  const votesPerLevel = hideVotes ? null : [1, 2, 3, 4, 5].map((l) => Object.values(answer?.votes ?? {}).filter((v) => v === l).length);
  const areaAnswered = area.statements.filter((s) => answered(assessment.answers[s.id])).length;
  const totalAnswered = statements.filter(({ statement: s }) => answered(assessment.answers[s.id])).length;
  const agreed = typeof answer?.agreed === 'number' ? answer.agreed : undefined;

  return (
    <Box
      ref={rootRef}
      tabIndex={-1}
      sx={{ outline: 'none', maxWidth: presentation ? 'none' : 1500, mx: 'auto' }}
      data-presentation={presentation ? 'on' : 'off'}
    >
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: presentation ? 1 : 2, flexWrap: 'wrap', rowGap: 1 }}>
        <Box sx={{ flexGrow: 1, minWidth: 240 }}>
          {presentation ? (
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Chip label={area.title[language]} color="primary" variant="outlined" />
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                {t('runner.statementOf', { n: index + 1, total: statements.length })} ·{' '}
                {t('runner.overallProgress', { answered: totalAnswered, total: statements.length })}
              </Typography>
            </Stack>
          ) : (
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {assessment.client.name} · {assessment.title}
            </Typography>
          )}
        </Box>
        <SaveIndicator state={saveState} />
        <FormControlLabel
          control={<Switch checked={presentation} onChange={(e) => setPresentation(e.target.checked)} />}
          label={
            <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
              <SlideshowIcon fontSize="small" />
              <span>{t('runner.presentation')}</span>
            </Stack>
          }
        />
        <FormControlLabel control={<Switch checked={hideScores} onChange={(e) => setHideScores(e.target.checked)} />} label={t('runner.hideScores')} />
        {presentation ? (
          <IconButton aria-label={t('runner.shortcutsHelp')} onClick={() => setHelp(true)}>
            <HelpOutlineIcon />
          </IconButton>
        ) : (
          <Button startIcon={<HelpOutlineIcon />} onClick={() => setHelp(true)}>
            {t('runner.shortcutsHelp')}
          </Button>
        )}
        {presentation ? (
          <IconButton aria-label={t('runner.toResults')} onClick={() => void navigate({ name: 'results', id: assessmentId })}>
            <InsightsIcon />
          </IconButton>
        ) : (
          <Button startIcon={<InsightsIcon />} variant="outlined" onClick={() => void navigate({ name: 'results', id: assessmentId })}>
            {t('runner.toResults')}
          </Button>
        )}
      </Stack>

      {presentation && (
        <LinearProgress
          variant="determinate"
          color="secondary"
          value={(totalAnswered / statements.length) * 100}
          aria-hidden
          sx={{ height: 4, borderRadius: 2, mb: 2 }}
        />
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: presentation ? '1fr' : { xs: '1fr', md: '300px 1fr' }, gap: 3, alignItems: 'start' }}>
        {/* On the projector the statement gets the whole width; the diamond stays on the consultant's screen. */}
        <Stack spacing={2} sx={{ display: presentation ? 'none' : 'flex' }}>
          <DiamondNav
            size={300}
            label={t('runner.diamondLabel')}
            currentAreaId={area.id}
            areas={assessment.questionnaire.areas.map((a) => ({
              id: a.id,
              title: a.title[language],
              layer: a.layer,
              answered: a.statements.filter((s) => answered(assessment.answers[s.id])).length,
              total: a.statements.length,
            }))}
            progressLabel={(a) => t('runner.diamondProgress', { answered: a.answered, total: a.total })}
            onSelect={(areaId) => {
              const first = statements.findIndex((s) => s.area.id === areaId);
              if (first >= 0) go(first - index);
            }}
          />
          <Box>
            <Typography variant="body2" id="area-progress">
              {t('runner.areaProgress', { area: area.title[language], answered: areaAnswered, total: area.statements.length })}
            </Typography>
            <LinearProgress
              variant="determinate"
              value={(areaAnswered / area.statements.length) * 100}
              aria-labelledby="area-progress"
              sx={{ height: 8, borderRadius: 4, mt: 0.5 }}
            />
          </Box>
          <Box>
            <Typography variant="body2" id="overall-progress">
              {t('runner.overallProgress', { answered: totalAnswered, total: statements.length })}
            </Typography>
            <LinearProgress
              variant="determinate"
              color="secondary"
              value={(totalAnswered / statements.length) * 100}
              aria-labelledby="overall-progress"
              sx={{ height: 8, borderRadius: 4, mt: 0.5 }}
            />
          </Box>
        </Stack>

        <Stack spacing={2} component="section" aria-labelledby="statement-text">
          {!presentation && (
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <Chip label={area.title[language]} color="primary" variant="outlined" />
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                {t('runner.statementOf', { n: index + 1, total: statements.length })}
              </Typography>
            </Stack>
          )}
          <Typography
            id="statement-text"
            component="h1"
            lang={language}
            sx={{ fontSize: presentation ? 'clamp(1.6rem, 2.5vw, 3rem)' : '1.9rem', fontWeight: 700, lineHeight: 1.2, overflowWrap: 'break-word' }}
          >
            {statement.text[language]}
          </Typography>

          <LevelCards levels={statement.levels} language={language} agreed={agreed} votesPerLevel={votesPerLevel} presentation={presentation} />

          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '3fr 2fr' }, gap: 3, alignItems: 'start' }}>
            <Box>
              <ScoreGrid
                rows={rows}
                answer={answer}
                activeRow={activeRow}
                hideVotes={hideVotes}
                anonymous={presentation}
                presentation={presentation}
                onSelectRow={setActiveRow}
                onScore={(row, value) => setAnswer(row, { value })}
              />
              <Stack direction="row" spacing={2} sx={{ mt: 1, color: 'text.secondary', alignItems: 'center', flexWrap: 'wrap' }}>
                {hideVotes ? (
                  <>
                    <Typography variant="body2">{t('runner.votesHidden', { count: Object.keys(answer?.votes ?? {}).length })}</Typography>
                    <Button size="small" startIcon={<VisibilityIcon />} onClick={() => setRevealed((r) => new Set(r).add(statement.id))}>
                      {t('runner.reveal')} (V)
                    </Button>
                  </>
                ) : (
                  score.spread && (
                    <>
                      <Typography variant="body2">
                        {t('runner.mean', { value: formatScore(mean(Object.values(answer?.votes ?? {}).filter(isLevel)), uiLanguage) })}
                      </Typography>
                      <Typography variant="body2">{t('runner.range', { min: score.spread.min, max: score.spread.max })}</Typography>
                    </>
                  )
                )}
              </Stack>
              {!hideVotes && score.disagreement && (
                <Alert severity="warning" sx={{ mt: 1 }}>
                  {t('runner.disagreement')}
                </Alert>
              )}
            </Box>
            <Stack spacing={2}>
              <NoteField
                key={`note-${statement.id}`}
                inputRef={noteRef}
                label={t('runner.note')}
                placeholder={t('runner.notePlaceholder')}
                value={answer?.note ?? ''}
                onSave={(note) => setAnswer(activeRow, { note })}
                language={language}
              />
              {!presentation && (
                <NoteField
                  key={`evidence-${statement.id}`}
                  label={t('runner.evidence')}
                  placeholder={t('runner.evidencePlaceholder')}
                  value={answer?.evidence ?? ''}
                  onSave={(evidence) => setAnswer(activeRow, { evidence })}
                  language={language}
                />
              )}
            </Stack>
          </Box>

          <Stack direction="row" spacing={2} sx={{ justifyContent: 'space-between' }}>
            <Button startIcon={<NavigateBeforeIcon />} disabled={index === 0} onClick={() => go(-1)}>
              {t('runner.previous')}
            </Button>
            {index < statements.length - 1 ? (
              <Button endIcon={<NavigateNextIcon />} variant="contained" onClick={() => go(1)}>
                {t('runner.next')}
              </Button>
            ) : (
              <Button endIcon={<InsightsIcon />} variant="contained" onClick={() => void navigate({ name: 'results', id: assessmentId })}>
                {t('runner.toResults')}
              </Button>
            )}
          </Stack>
        </Stack>
      </Box>
      <ShortcutHelp open={help} onClose={() => setHelp(false)} />
    </Box>
  );
}
