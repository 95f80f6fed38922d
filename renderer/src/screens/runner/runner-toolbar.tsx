import FullscreenIcon from '@mui/icons-material/Fullscreen';
import FullscreenExitIcon from '@mui/icons-material/FullscreenExit';
import HelpOutlineIcon from '@mui/icons-material/HelpOutlineOutlined';
import InsightsIcon from '@mui/icons-material/Insights';
import NavigateBeforeIcon from '@mui/icons-material/NavigateBefore';
import NavigateNextIcon from '@mui/icons-material/NavigateNext';
import PhoneAndroidIcon from '@mui/icons-material/PhoneAndroid';
import SlideshowIcon from '@mui/icons-material/Slideshow';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOffOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveIndicator } from './save-indicator';
import type { SaveState } from './use-autosave';

export interface RunnerToolbarProps {
  presentation: boolean;
  onPresentation: (on: boolean) => void;
  hideVotes: boolean;
  onHideVotes: (on: boolean) => void;
  fullscreen: boolean;
  onFullscreen: () => void;
  onHelp: () => void;
  onResults: () => void;
  onStep: (delta: 1 | -1) => void;
  saveState: SaveState;
  areaTitle: string;
  /** 1-based. */
  position: number;
  total: number;
  answered: number;
  /** Phone voting: null when no session runs, else how many seats voted on this statement. */
  phoneVoting: { voted: number; total: number } | null;
  onPhoneVoting: () => void;
  /** Whichever phone voting button is shown: focus returns there when its dialog closes. */
  phoneVotingRef?: Ref<HTMLButtonElement>;
}

/**
 * The runner's one line of controls. On the consultant's screen: switches
 * with their words. On the projector: where the room is (area, statement,
 * progress) and small icon buttons, so the statement gets the screen.
 */
export function RunnerToolbar({ phoneVotingRef, ...p }: RunnerToolbarProps) {
  const { t } = useTranslation();
  const where = (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', minWidth: 0 }}>
      <Chip label={p.areaTitle} color="primary" variant="outlined" />
      <Typography variant="body2" sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }}>
        {t('runner.statementOf', { n: p.position, total: p.total })}
        {p.presentation && ` · ${t('runner.overallProgress', { answered: p.answered, total: p.total })}`}
      </Typography>
    </Stack>
  );
  if (!p.presentation) {
    return (
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1, mb: 2 }}>
        <Box sx={{ flexGrow: 1 }}>{where}</Box>
        <SaveIndicator state={p.saveState} />
        <FormControlLabel
          sx={{ mr: 0 }}
          control={<Switch checked={false} onChange={(e) => p.onPresentation(e.target.checked)} />}
          label={
            <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
              <SlideshowIcon fontSize="small" />
              <span>{t('runner.presentation')}</span>
            </Stack>
          }
        />
        <FormControlLabel
          sx={{ mr: 0 }}
          control={<Switch checked={p.hideVotes} onChange={(e) => p.onHideVotes(e.target.checked)} />}
          label={t('runner.hideScores')}
        />
        {p.phoneVoting ? (
          <PhoneVotingChip {...p.phoneVoting} onClick={p.onPhoneVoting} buttonRef={phoneVotingRef} />
        ) : (
          // An icon, like help beside it: with its words the toolbar would take two lines on a projector's 1280 px.
          <IconButton ref={phoneVotingRef} aria-label={t('voting.open')} title={`${t('voting.open')}: ${t('voting.openHint')}`} onClick={p.onPhoneVoting}>
            <PhoneAndroidIcon />
          </IconButton>
        )}
        <IconButton aria-label={t('runner.shortcutsHelp')} title={t('runner.shortcutsHelp')} onClick={p.onHelp}>
          <HelpOutlineIcon />
        </IconButton>
        <Button startIcon={<InsightsIcon />} variant="outlined" onClick={p.onResults}>
          {t('runner.toResults')}
        </Button>
      </Stack>
    );
  }
  return (
    <Box sx={{ mb: 'var(--gap-s)' }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Tool label={t('runner.previous')} onClick={() => p.onStep(-1)} disabled={p.position <= 1}>
          <NavigateBeforeIcon />
        </Tool>
        <Tool label={t('runner.next')} onClick={() => p.onStep(1)} disabled={p.position >= p.total}>
          <NavigateNextIcon />
        </Tool>
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>{where}</Box>
        <SaveIndicator state={p.saveState} />
        {p.phoneVoting ? (
          <PhoneVotingChip {...p.phoneVoting} onClick={p.onPhoneVoting} buttonRef={phoneVotingRef} />
        ) : (
          <Tool label={t('voting.open')} onClick={p.onPhoneVoting} buttonRef={phoneVotingRef}>
            <PhoneAndroidIcon />
          </Tool>
        )}
        <Tool label={t('runner.hideScores')} pressed={p.hideVotes} onClick={() => p.onHideVotes(!p.hideVotes)}>
          <VisibilityOffIcon />
        </Tool>
        <Tool label={p.fullscreen ? t('runner.exitFullscreen') : t('runner.fullscreen')} onClick={p.onFullscreen}>
          {p.fullscreen ? <FullscreenExitIcon /> : <FullscreenIcon />}
        </Tool>
        <Tool label={t('runner.presentation')} pressed onClick={() => p.onPresentation(false)}>
          <SlideshowIcon />
        </Tool>
        <Tool label={t('runner.shortcutsHelp')} onClick={p.onHelp}>
          <HelpOutlineIcon />
        </Tool>
        <Tool label={t('runner.toResults')} onClick={p.onResults}>
          <InsightsIcon />
        </Tool>
      </Stack>
      <LinearProgress variant="determinate" color="secondary" value={(p.answered / p.total) * 100} aria-hidden sx={{ height: 4, borderRadius: 2, mt: 0.5 }} />
    </Box>
  );
}

/**
 * While phones vote: how many voted on this statement; opens the phone voting
 * dialog. A native button shaped as a chip: Enter on it must not both open the
 * dialog and move to the next statement (a div with role="button" does both).
 */
function PhoneVotingChip({
  voted,
  total,
  onClick,
  buttonRef,
}: {
  voted: number;
  total: number;
  onClick: () => void;
  buttonRef?: Ref<HTMLButtonElement> | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Button
      ref={buttonRef}
      variant="contained"
      size="small"
      disableElevation
      startIcon={<PhoneAndroidIcon />}
      color={voted === total && total > 0 ? 'success' : 'secondary'}
      aria-label={t('voting.chipLabel', { voted, total })}
      title={t('voting.chipLabel', { voted, total })}
      onClick={onClick}
      data-testid="phone-voting-chip"
      sx={{ borderRadius: 999, minWidth: 0, px: 1.5, whiteSpace: 'nowrap' }}
    >
      {`${voted}/${total}`}
    </Button>
  );
}

/** An icon button named by its label (also its tooltip); a toggle when `pressed` is given. */
function Tool({
  label,
  pressed,
  onClick,
  disabled,
  children,
  buttonRef,
}: {
  label: string;
  pressed?: boolean;
  onClick: () => void;
  disabled?: boolean;
  children: ReactNode;
  buttonRef?: Ref<HTMLButtonElement> | undefined;
}) {
  return (
    <IconButton
      ref={buttonRef}
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      onClick={onClick}
      disabled={disabled}
      size="small"
      sx={pressed ? { color: 'primary.main', bgcolor: 'rgba(29, 78, 137, 0.1)' } : undefined}
    >
      {children}
    </IconButton>
  );
}
