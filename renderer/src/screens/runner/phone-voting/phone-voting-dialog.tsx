import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import PhoneAndroidIcon from '@mui/icons-material/PhoneAndroid';
import PhonelinkOffIcon from '@mui/icons-material/PhonelinkOff';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import StopCircleIcon from '@mui/icons-material/StopCircle';
import WifiOffIcon from '@mui/icons-material/WifiOff';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import IconButton from '@mui/material/IconButton';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../../core/result';
import type { NetworkInterface, SeatMode, SeatState } from '../../../../../core/voting/contract';
import { useConfirm } from '../../../components/confirm';
import { useHyphenate } from '../../../hyphenation';
import { useLanguage } from '../../../use-language';
import { QrCode } from './qr-code';
import type { RunningVoting } from './use-phone-voting';

export interface PhoneVotingDialogProps {
  open: boolean;
  onClose: () => void;
  session: RunningVoting | null;
  participantCount: number;
  interfaces: () => Promise<{ ok: true; value: NetworkInterface[] } | { ok: false; error: AppError }>;
  start: (input: { address: string; seats: SeatMode }) => Promise<AppError | null>;
  stop: () => Promise<AppError | null>;
  remove: (seatId: string) => Promise<AppError | null>;
  /**
   * Where focus goes once the dialog has closed. The button that opened it
   * may be gone (Start turns the phone button into the status chip, Stop
   * turns it back), so MUI's own restoring would leave focus nowhere.
   */
  returnFocus?: () => void;
}

/**
 * The key of an error's text: what main's voting service says about the
 * network and the seats in words the user can act on, else the code's
 * general text. Main's English message is never shown.
 */
export function votingErrorKey(error: AppError) {
  const { code, message, path } = error;
  if (message.startsWith('voting-port-in-use')) return 'voting.errors.portInUse' as const;
  if (message.startsWith('voting-address-unavailable') || (code === 'invalid-input' && path === 'address')) return 'voting.errors.addressUnavailable' as const;
  if (message.startsWith('voting-unavailable')) return 'voting.errors.unavailable' as const;
  if (code === 'conflict' && message.startsWith('could not listen')) return 'voting.errors.couldNotListen' as const;
  if (code === 'conflict' && message.includes('not running')) return 'voting.errors.notRunning' as const;
  if (code === 'invalid-input' && path === 'seats') return 'voting.seatsParticipantsNone' as const;
  return `errors.${code}` as const;
}

/** IPv4 first (what phones on a guest Wi-Fi reach), loopback last. */
const byUsefulness = (a: NetworkInterface, b: NetworkInterface) =>
  Number(a.internal) - Number(b.internal) || Number(a.family !== 'IPv4') - Number(b.family !== 'IPv4') || a.name.localeCompare(b.name);

/**
 * Phone voting, in two steps: choose the network and the seats (nothing
 * listens yet), then the running session: the QR code and short code for the
 * room, who has joined and voted (never how), and Stop.
 */
export function PhoneVotingDialog(p: PhoneVotingDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={p.open}
      onClose={p.onClose}
      aria-labelledby="phone-voting-title"
      maxWidth="md"
      fullWidth
      scroll="paper"
      disableRestoreFocus={p.returnFocus !== undefined}
      slotProps={{ transition: { onExited: p.returnFocus } }}
    >
      <DialogTitle id="phone-voting-title" sx={{ pb: 1 }}>
        {t('voting.title')}
      </DialogTitle>
      {p.session ? <Running {...p} session={p.session} /> : <Setup {...p} />}
    </Dialog>
  );
}

function Setup({ open, onClose, participantCount, interfaces, start }: PhoneVotingDialogProps) {
  const { t } = useTranslation();
  const hy = useHyphenate(useLanguage());
  const [list, setList] = useState<NetworkInterface[] | null>(null);
  const [address, setAddress] = useState('');
  const [mode, setMode] = useState<SeatMode['mode']>(participantCount > 0 ? 'participants' : 'anonymous');
  const [count, setCount] = useState(String(participantCount || 8));
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    let live = true;
    void interfaces().then((r) => {
      if (!live) return;
      if (!r.ok) return setError(r.error);
      const sorted = [...r.value].sort(byUsefulness);
      setList(sorted);
      setAddress((chosen) => (sorted.some((i) => i.address === chosen) ? chosen : (sorted[0]?.address ?? '')));
    });
    return () => {
      live = false;
    };
  }, [open, interfaces]);

  const seats = Number(count);
  const seatsValid = Number.isInteger(seats) && seats >= 1 && seats <= 60;
  const canStart = !busy && address !== '' && (mode === 'participants' ? participantCount > 0 : seatsValid);
  const onStart = async () => {
    setBusy(true);
    setError(null);
    const failed = await start({ address, seats: mode === 'participants' ? { mode } : { mode, count: seats } });
    setBusy(false);
    if (failed) {
      setError(failed);
      // The address may have gone (Wi-Fi changed): show what is there now.
      if (votingErrorKey(failed) === 'voting.errors.addressUnavailable' || votingErrorKey(failed) === 'voting.errors.couldNotListen')
        void interfaces().then((r) => r.ok && setList([...r.value].sort(byUsefulness)));
    }
  };

  return (
    // A form, as the app's other dialogs: Enter on a choice or in the seat count starts, as Start does.
    // `display: contents` keeps DialogContent the Paper's scrolling child (scroll="paper").
    <Box
      component="form"
      noValidate
      sx={{ display: 'contents' }}
      onSubmit={(e) => {
        e.preventDefault();
        if (canStart) void onStart();
      }}
    >
      <DialogContent dividers>
        <Stack spacing={2.5}>
          <Typography variant="body2">{hy(t('voting.before'))}</Typography>
          <FormControl>
            <FormLabel id="voting-network">{t('voting.network')}</FormLabel>
            {list?.length === 0 && <FormHelperText>{hy(t('voting.noInterfaces'))}</FormHelperText>}
            <RadioGroup aria-labelledby="voting-network" value={address} onChange={(e) => setAddress(e.target.value)}>
              {list?.map((i) => (
                <FormControlLabel
                  key={`${i.name}-${i.address}`}
                  value={i.address}
                  control={<Radio />}
                  label={
                    <span>
                      <strong>{i.name}</strong> {i.address}
                      {i.internal && <Box component="span" sx={{ color: 'text.secondary' }}>{` (${t('voting.loopback')})`}</Box>}
                    </span>
                  }
                />
              ))}
            </RadioGroup>
          </FormControl>
          <FormControl>
            <FormLabel id="voting-seats">{t('voting.seats')}</FormLabel>
            <RadioGroup aria-labelledby="voting-seats" value={mode} onChange={(e) => setMode(e.target.value as SeatMode['mode'])}>
              <FormControlLabel value="participants" control={<Radio />} disabled={participantCount === 0} label={hy(t('voting.seatsParticipants'))} />
              {participantCount === 0 && <FormHelperText sx={{ mt: -0.5, mb: 1 }}>{hy(t('voting.seatsParticipantsNone'))}</FormHelperText>}
              <FormControlLabel value="anonymous" control={<Radio />} label={hy(t('voting.seatsAnonymous'))} />
            </RadioGroup>
            {mode === 'anonymous' && (
              <TextField
                label={t('voting.seatCount')}
                type="number"
                size="small"
                value={count}
                onChange={(e) => setCount(e.target.value)}
                error={!seatsValid}
                slotProps={{ htmlInput: { min: 1, max: 60 } }}
                sx={{ width: 180, mt: 1, ml: 4 }}
              />
            )}
          </FormControl>
          {error && <Alert severity="error">{hy(t(votingErrorKey(error)))}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('common.cancel')}</Button>
        <Button type="submit" variant="contained" disabled={!canStart}>
          {busy ? t('voting.starting') : t('voting.start')}
        </Button>
      </DialogActions>
    </Box>
  );
}

function Running({ session, onClose, stop, remove }: PhoneVotingDialogProps & { session: RunningVoting }) {
  const { t } = useTranslation();
  const hy = useHyphenate(useLanguage());
  const confirm = useConfirm();
  const [error, setError] = useState<AppError | null>(null);
  const voted = session.seats.filter((s) => s.voted).length;
  const onRemove = async (seat: SeatState) => {
    const sure = await confirm({
      title: t('voting.removeTitle'),
      body: t('voting.removeBody', { label: seat.label }),
      confirmLabel: t('voting.removeConfirm'),
      danger: true,
    });
    if (sure) setError(await remove(seat.seatId));
  };
  return (
    <>
      <DialogContent dividers>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'auto minmax(0, 1fr)' }, gap: 3, alignItems: 'start' }}>
          <Stack spacing={1} sx={{ alignItems: 'center' }}>
            <QrCode text={session.joinUrl} label={t('voting.qrLabel')} size={300} />
            <Typography variant="body2" sx={{ color: 'text.secondary', textAlign: 'center', maxWidth: 300 }}>
              {hy(t('voting.scan'))}
            </Typography>
          </Stack>
          <Stack spacing={2} sx={{ minWidth: 0 }}>
            <Box>
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                {t('voting.orType')}
              </Typography>
              <Typography data-testid="voting-base-url" sx={{ fontSize: '1.6rem', fontWeight: 700, overflowWrap: 'anywhere' }}>
                {session.baseUrl}
              </Typography>
              <Typography component="div" sx={{ fontSize: '1.6rem' }}>
                {t('voting.code')}:{' '}
                <Box component="span" data-testid="voting-code" sx={{ fontWeight: 700, letterSpacing: '0.12em', fontFamily: 'monospace', fontSize: '2.2rem' }}>
                  {session.shortCode}
                </Box>
              </Typography>
            </Box>
            <Box>
              <Typography component="h2" variant="subtitle1" id="voting-seat-list" sx={{ fontWeight: 700 }}>
                {t('voting.seatList')} · {t('voting.votedOf', { voted, total: session.seats.length })}
              </Typography>
              <Box component="ul" aria-labelledby="voting-seat-list" sx={{ listStyle: 'none', p: 0, m: 0, maxHeight: 260, overflowY: 'auto' }}>
                {session.seats.map((seat) => (
                  <SeatRow key={seat.seatId} seat={seat} onRemove={() => void onRemove(seat)} />
                ))}
              </Box>
            </Box>
            {error && <Alert severity="error">{hy(t(votingErrorKey(error)))}</Alert>}
          </Stack>
        </Box>
      </DialogContent>
      <DialogActions sx={{ justifyContent: 'space-between' }}>
        <Button
          variant="contained"
          color="error"
          size="large"
          startIcon={<StopCircleIcon />}
          onClick={() => void stop().then((e) => (e ? setError(e) : onClose()))}
        >
          {t('voting.stop')}
        </Button>
        {/* Focus lands here when the session starts (the Start button it was on is gone) or the dialog reopens:
            never on Stop, so a stray Enter only closes the dialog, and voting goes on. */}
        <Button autoFocus onClick={onClose}>
          {t('voting.close')}
        </Button>
      </DialogActions>
    </>
  );
}

/** One seat: who holds it and whether they voted on this statement, never what they voted. */
function SeatRow({ seat, onRemove }: { seat: SeatState; onRemove: () => void }) {
  const { t } = useTranslation();
  const status = [
    seat.joined ? t('voting.joined') : t('voting.notJoined'),
    ...(seat.joined ? [seat.connected ? t('voting.connected') : t('voting.disconnected')] : []),
    seat.voted ? t('voting.voted') : t('voting.notVoted'),
  ].join(', ');
  return (
    <Box
      component="li"
      data-seat={seat.seatId}
      data-voted={seat.voted}
      sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 0.25, borderBottom: 1, borderColor: 'divider' }}
    >
      {seat.voted ? (
        <CheckCircleIcon color="success" fontSize="small" aria-hidden />
      ) : (
        <RadioButtonUncheckedIcon fontSize="small" sx={{ color: 'text.disabled' }} aria-hidden />
      )}
      <Typography sx={{ fontWeight: 600, minWidth: 0, overflowWrap: 'break-word' }}>{seat.label}</Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', flexGrow: 1 }}>
        {status}
      </Typography>
      {seat.joined && (seat.connected ? <PhoneAndroidIcon fontSize="small" aria-hidden /> : <WifiOffIcon fontSize="small" color="warning" aria-hidden />)}
      {seat.joined && (
        <IconButton size="small" aria-label={t('voting.remove', { label: seat.label })} title={t('voting.remove', { label: seat.label })} onClick={onRemove}>
          <PhonelinkOffIcon fontSize="small" />
        </IconButton>
      )}
    </Box>
  );
}
