import { isAnswered } from '../../../../core/assessment/answered';
import InsightsIcon from '@mui/icons-material/Insights';
import NavigateBeforeIcon from '@mui/icons-material/NavigateBefore';
import NavigateNextIcon from '@mui/icons-material/NavigateNext';
import VisibilityIcon from '@mui/icons-material/Visibility';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
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
import { useNotify } from '../../components/notifier';
import { hyphenate, loadHyphenation } from '../../hyphenation';
import { setPresentation, usePresentation } from '../../presentation-mode';
import { navigate, routeHash, setNavigationGuard } from '../../router';
import { useLanguage } from '../../use-language';
import { LevelCards } from './level-cards';
import { keyToAction } from './runner-keys';
import { rowKey, ScoreGrid, type Row } from './score-grid';
import { NoteField } from './note-field';
import { RunnerToolbar } from './runner-toolbar';
import { ShortcutHelp } from './shortcut-help';
import { useAutosave } from './use-autosave';
import { useFullscreen } from './use-fullscreen';
import { useRevealState } from './reveal-state';
import { useLocalChanges } from './local-changes';
import { PhoneVotingDialog } from './phone-voting/phone-voting-dialog';
import { usePhoneVoting } from './phone-voting/use-phone-voting';

const answered = isAnswered;

/**
 * The workshop: one statement at a time, its five levels, the participants'
 * votes and the agreed view, a note. Keyboard first; every answer is saved at
 * once and the indicator says "saved" only when it is on disk. Presentation
 * mode lays the same parts out for a projector's single screen.
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
  const presentation = usePresentation();
  const notify = useNotify();
  const fullscreen = useFullscreen(useCallback(() => notify(t('runner.fullscreenRefused'), { severity: 'info' }), [notify, t]));
  const { hideVotes: hideScores, setHideVotes: setHideScores, revealed, reveal } = useRevealState(assessmentId);
  const [help, setHelp] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const { state: saveState, save, hasUnsaved } = useAutosave(api, assessmentId);
  const local = useLocalChanges();
  const [votingOpen, setVotingOpen] = useState(false);
  const phoneVotingButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void api['assessment:get']({ id: assessmentId }).then(async (r) => {
      if (!r.ok) return setError(r.error.code);
      // The statement is shown hyphenated from the first paint: no reflow once patterns arrive.
      // Patterns that fail to load leave the text unhyphenated, never the screen empty.
      await loadHyphenation(r.value.language).catch((e: unknown) => console.warn('Hyphenation patterns did not load:', e));
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
      const answered = local.track(id, { participantId, ...change });
      void save({ statementId: id, participantId, ...change }).then((code) => {
        answered();
        // A refused change (not a disk failure) is not in main's state: show what main has.
        if (code && code !== 'storage-failed') void api['assessment:get']({ id: assessmentId }).then((r) => r.ok && setAssessment(r.value));
      });
    },
    [api, assessment, assessmentId, current, save, local],
  );

  // Phones stored votes: fetch the assessment again, one fetch at a time,
  // keeping the facilitator's own changes that main may not hold yet.
  const fetching = useRef<'idle' | 'busy' | 'again'>('idle');
  const refresh = useCallback(() => {
    if (fetching.current !== 'idle') {
      fetching.current = 'again';
      return;
    }
    const fetchOnce = () => {
      fetching.current = 'busy';
      const asked = local.mark();
      void api['assessment:get']({ id: assessmentId }).then((r) => {
        if (r.ok) setAssessment((a) => (a ? local.overlay(r.value, asked) : a));
        const again = fetching.current === 'again';
        fetching.current = 'idle';
        if (again) fetchOnce();
      });
    };
    fetchOnce();
  }, [api, assessmentId, local]);
  const voting = usePhoneVoting({ api, assessmentId, statementId: current?.statement.id, onVotesStored: refresh });

  const go = useCallback(
    (delta: number) => {
      setIndex((i) => Math.min(Math.max(i + delta, 0), Math.max(statements.length - 1, 0)));
      setActiveRow(rows.length > 1 ? rowKey(rows[0]!) : 'agreed');
    },
    [rows, statements.length],
  );

  // One listener for the screen's life, reading the latest state through a
  // ref: key presses in quick succession never act on a stale row.
  const latest = useRef({ activeRow, current, go, help, rows, setAnswer, toggleFullscreen: fullscreen.toggle });
  useLayoutEffect(() => {
    latest.current = { activeRow, current, go, help, rows, setAnswer, toggleFullscreen: fullscreen.toggle };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const { activeRow, current, go, help, rows, setAnswer, toggleFullscreen } = latest.current;
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
        case 'fullscreen':
          toggleFullscreen();
          break;
        case 'reveal':
          reveal(current.statement.id);
          break;
        case 'note':
          noteRef.current?.focus();
          break;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
    // `reveal` is stable (reveal-state.ts); the handler reads everything else through refs.
  }, [reveal]);

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
  const toResults = () => void navigate({ name: 'results', id: assessmentId });

  const heading = (
    <Typography
      id="statement-text"
      component="h1"
      lang={language}
      sx={{ fontSize: presentation ? 'var(--statement-size)' : '1.75rem', fontWeight: 700, lineHeight: 1.2, overflowWrap: 'break-word' }}
    >
      {/* A heading breaks inside a word only when it must: at long compounds ("kohtaamispisteeseen"). */}
      {hyphenate(statement.text[language], language, 'heading')}
    </Typography>
  );
  const levels = <LevelCards levels={statement.levels} language={language} agreed={agreed} votesPerLevel={votesPerLevel} presentation={presentation} />;
  const grid = (
    <Box data-testid="scoring">
      <ScoreGrid
        rows={rows}
        answer={answer}
        activeRow={activeRow}
        hideVotes={hideVotes}
        voteMarkRoom={hideScores}
        anonymous={presentation}
        presentation={presentation}
        onSelectRow={setActiveRow}
        onScore={(row, value) => setAnswer(row, { value })}
      />
      <Stack direction="row" spacing={2} sx={{ mt: presentation ? 0.5 : 1, color: 'text.secondary', alignItems: 'center', flexWrap: 'wrap' }}>
        {hideVotes ? (
          <>
            <Typography variant="body2">{t('runner.votesHidden', { count: Object.keys(answer?.votes ?? {}).length })}</Typography>
            <Button size="small" startIcon={<VisibilityIcon />} onClick={() => reveal(statement.id)}>
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
        <Alert severity="warning" sx={{ mt: 1, ...(presentation ? { py: 0, '& .MuiAlert-icon': { py: 0.75 }, '& .MuiAlert-message': { py: 0.75 } } : {}) }}>
          {t('runner.disagreement')}
        </Alert>
      )}
    </Box>
  );
  const note = (
    <NoteField
      key={`note-${statement.id}`}
      inputRef={noteRef}
      label={t('runner.note')}
      placeholder={t('runner.notePlaceholder')}
      value={answer?.note ?? ''}
      onSave={(note) => setAnswer(activeRow, { note })}
      language={language}
      minRows={presentation ? 1 : 3}
      maxRows={presentation ? 2 : 10}
    />
  );
  const toolbar = (
    <RunnerToolbar
      presentation={presentation}
      onPresentation={setPresentation}
      hideVotes={hideScores}
      onHideVotes={setHideScores}
      fullscreen={fullscreen.active}
      onFullscreen={fullscreen.toggle}
      onHelp={() => setHelp(true)}
      onResults={toResults}
      onStep={go}
      saveState={saveState}
      areaTitle={area.title[language]}
      position={index + 1}
      total={statements.length}
      answered={totalAnswered}
      phoneVoting={voting.session && { voted: voting.session.seats.filter((s) => s.voted).length, total: voting.session.seats.length }}
      onPhoneVoting={() => setVotingOpen(true)}
      phoneVotingRef={phoneVotingButton}
    />
  );
  const phoneVoting = (
    <PhoneVotingDialog
      open={votingOpen}
      onClose={() => setVotingOpen(false)}
      returnFocus={() => phoneVotingButton.current?.focus()}
      session={voting.session}
      participantCount={assessment.participants.length}
      interfaces={voting.interfaces}
      // Anonymous seats add participants to the assessment: the grid shows their rows at once.
      start={(input) => voting.start(input).then((error) => (error ?? refresh(), error))}
      stop={voting.stop}
      remove={voting.remove}
    />
  );

  if (presentation) {
    // The projector: the statement across the top, the levels one under another on the left and
    // every row of the grid beside them, all on one 1280×720 screen with level text of 18 px or more.
    return (
      <Box ref={rootRef} tabIndex={-1} data-presentation="on" data-statement-id={statement.id} sx={{ outline: 'none', ...PRESENTATION_SIZES }}>
        {toolbar}
        <Box
          component="section"
          aria-labelledby="statement-text"
          sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', columnGap: 3, rowGap: 'var(--gap-s)', alignItems: 'start' }}
        >
          <Box sx={{ gridColumn: '1 / -1' }}>{heading}</Box>
          {levels}
          {/* As wide as the grid: the note and the notice wrap within it. */}
          <Stack spacing={1.5} sx={{ width: 'min-content' }}>
            {grid}
            {note}
          </Stack>
        </Box>
        <ShortcutHelp open={help} onClose={() => setHelp(false)} />
        {phoneVoting}
      </Box>
    );
  }

  // The consultant's screen: the statement and its five levels across the whole width (narrow
  // columns would make them tall), then the diamond beside the scoring grid, which starts above
  // the fold of a 1280×720 screen.
  return (
    <Box ref={rootRef} tabIndex={-1} data-presentation="off" data-statement-id={statement.id} sx={{ outline: 'none', maxWidth: 1500, mx: 'auto' }}>
      {toolbar}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: '300px minmax(0, 1fr)' }, columnGap: 3, rowGap: 2.5, alignItems: 'start' }}>
        <Stack spacing={2} component="section" aria-labelledby="statement-text" sx={{ gridColumn: '1 / -1' }}>
          {heading}
          {levels}
        </Stack>
        <Stack spacing={2} sx={{ order: { xs: 1, md: 0 } }}>
          <DiamondNav
            size={300}
            label={t('runner.diamondLabel')}
            currentAreaId={area.id}
            areas={assessment.questionnaire.areas.map((a) => ({
              id: a.id,
              // Break points let the long names ("Liiketoimintahyödyt") wrap, so every label can be larger.
              title: hyphenate(a.title[language], language),
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
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {assessment.client.name} · {assessment.title}
          </Typography>
        </Stack>

        <Stack spacing={2}>
          {/* The notes sit beside the grid where there is room for both, under it where there is not. */}
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 3, alignItems: 'flex-start' }}>
            {grid}
            <Stack spacing={2} sx={{ flex: '1 1 300px' }}>
              {note}
              <NoteField
                key={`evidence-${statement.id}`}
                label={t('runner.evidence')}
                placeholder={t('runner.evidencePlaceholder')}
                value={answer?.evidence ?? ''}
                onSave={(evidence) => setAnswer(activeRow, { evidence })}
                language={language}
              />
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
              <Button endIcon={<InsightsIcon />} variant="contained" onClick={toResults}>
                {t('runner.toResults')}
              </Button>
            )}
          </Stack>
        </Stack>
      </Box>
      <ShortcutHelp open={help} onClose={() => setHelp(false)} />
      {phoneVoting}
    </Box>
  );
}

/**
 * Presentation mode's sizes grow with the screen and never go below what the
 * back of a room can read: 19 px level text at 1280×720, 29 px at 1920×1080,
 * never under 18 px.
 * The width and the height both limit them, so a short wide screen fits too.
 */
const PRESENTATION_SIZES = {
  '--level-size': 'max(18px, min(1.52vw, 2.7vh))',
  '--statement-size': 'max(24px, min(2.2vw, 3.9vh))',
  '--grid-size': 'max(16px, min(1.3vw, 2.3vh))',
  '--cell': 'max(36px, min(3.1vw, 5.5vh))',
  '--row-pad': 'max(1px, 0.2vh)',
  '--level-pad': 'max(4px, 0.8vh)',
  '--gap-s': 'max(6px, 1.1vh)',
} as const;
