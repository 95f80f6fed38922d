import { formatDecimalInput, parseDecimal } from '../../../core/format';
import { deriveId } from '../../../core/model/ids';
import AddIcon from '@mui/icons-material/Add';
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlineOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment, Participant } from '../../../core/assessment/schema';
import { AREA_IDS } from '../../../core/model/areas';
import type { Language } from '../../../core/settings';
import { useApi } from '../api/api-context';
import { useNotify } from '../components/notifier';
import { navigate } from '../router';
import { DateField } from '../components/date-field';

interface Form {
  title: string;
  date: string;
  language: Language;
  consultant: string;
  participants: (Participant & { key: number })[];
  areas: Record<string, { weight: string; target: string }>;
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
let nextKey = 1;

/** An id for a participant, from the name: stable, readable in exports, unique in the assessment. */
function participantId(name: string, taken: Set<string>): string {
  const id = deriveId(name, taken, 'p');
  taken.add(id);
  return id;
}

function toForm(a: Assessment | undefined, language: Language, defaultTitle: string): Form {
  return {
    title: a?.title ?? defaultTitle,
    date: a?.date ?? today(),
    language: a?.language ?? language,
    consultant: a?.consultant ?? '',
    participants: (a?.participants ?? []).map((p) => ({ ...p, key: nextKey++ })),
    areas: Object.fromEntries(
      // Shown with the UI's decimal mark, as the user would type it (a Finnish form showed "1.5").
      AREA_IDS.map((id) => [
        id,
        { weight: formatDecimalInput(a?.areas?.[id]?.weight, language), target: formatDecimalInput(a?.areas?.[id]?.target, language) },
      ]),
    ),
  };
}

/**
 * Before the workshop: who, when, in which language, and optionally the area
 * weights and targets. Used both for a new assessment and to edit one.
 */
export function SetupScreen({ clientId, copyFrom, assessmentId }: { clientId?: string; copyFrom?: string; assessmentId?: string }) {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const [existing, setExisting] = useState<Assessment | undefined>();
  const [source, setSource] = useState<Assessment | undefined>();
  const [clientName, setClientName] = useState('');
  const [questionnaire, setQuestionnaire] = useState('');
  // False while the date field holds text that is not a date: the save stays off until it is fixed.
  const [dateTyped, setDateTyped] = useState(true);
  const [form, setForm] = useState<Form | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A refused save is shown beside the form, never instead of it.
  const [saveError, setSaveError] = useState<string | null>(null);
  const [showFieldErrors, setShowFieldErrors] = useState(false);
  const uiLanguage: Language = i18n.language === 'en' ? 'en' : 'fi';

  useEffect(() => {
    void (async () => {
      const defaultTitle = t('setup.defaultTitle', { year: new Date().getFullYear() });
      const qs = await api['questionnaire:list']();
      if (qs.ok && qs.value[0])
        setQuestionnaire(
          t('setup.questionnaireValue', { title: qs.value[0].title[uiLanguage], version: qs.value[0].version, statements: qs.value[0].statements }),
        );
      if (assessmentId) {
        const r = await api['assessment:get']({ id: assessmentId });
        if (!r.ok) return setError(t(`errors.${r.error.code}`));
        setExisting(r.value);
        setClientName(r.value.client.name);
        setForm(toForm(r.value, uiLanguage, defaultTitle));
        return;
      }
      const clients = await api['client:list']();
      setClientName((clients.ok && clients.value.find((c) => c.id === clientId)?.name) || '');
      if (copyFrom) {
        const r = await api['assessment:get']({ id: copyFrom });
        if (r.ok) {
          setSource(r.value);
          const f = toForm(r.value, uiLanguage, defaultTitle);
          setForm({ ...f, title: defaultTitle, date: today() });
          return;
        }
      }
      setForm(toForm(undefined, uiLanguage, defaultTitle));
    })();
    // Loaded once per screen; the language of defaults is the one at opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, assessmentId, clientId, copyFrom]);

  if (error) return <Alert severity="error">{error}</Alert>;
  if (!form) return <Typography>{t('common.loading')}</Typography>;

  const set = (patch: Partial<Form>) => setForm({ ...form, ...patch });
  const setParticipant = (key: number, patch: Partial<Participant>) =>
    set({ participants: form.participants.map((p) => (p.key === key ? { ...p, ...patch } : p)) });
  const number = (s: string) => parseDecimal(s);
  /** The problem with an area's weight or target as typed, in the UI language, or null. */
  const fieldError = (kind: 'weight' | 'target', text: string): string | null => {
    const n = parseDecimal(text);
    if (n === undefined) return null;
    if (Number.isNaN(n)) return t('setup.notNumber');
    if (kind === 'weight' && (n < 0 || n > 10)) return t('setup.weightRange');
    if (kind === 'target' && (n < 1 || n > 5)) return t('setup.targetRange');
    return null;
  };
  const fieldErrors = AREA_IDS.flatMap((id) => [fieldError('weight', form.areas[id]!.weight), fieldError('target', form.areas[id]!.target)]).filter(Boolean);
  const removedVoters = existing ? existing.participants.filter((p) => !form.participants.some((q) => q.id === p.id)) : [];

  const submit = async (start: boolean) => {
    if (fieldErrors.length > 0) {
      setShowFieldErrors(true);
      setSaveError(t('setup.fixFields'));
      // The buttons are at the bottom and the message at the top: take the user to the first field to fix.
      requestAnimationFrame(() => document.querySelector<HTMLInputElement>('input[aria-invalid="true"]')?.focus());
      return;
    }
    const taken = new Set(form.participants.filter((p) => p.id).map((p) => p.id));
    const participants = form.participants
      .filter((p) => p.name.trim())
      .map((p) => ({
        id: p.id || participantId(p.name, taken),
        name: p.name.trim(),
        ...(p.role?.trim() ? { role: p.role.trim() } : {}),
        ...(p.group?.trim() ? { group: p.group.trim() } : {}),
      }));
    const areas = Object.fromEntries(
      Object.entries(form.areas)
        .map(
          ([id, v]) =>
            [
              id,
              {
                ...(number(v.weight) !== undefined ? { weight: number(v.weight) } : {}),
                ...(number(v.target) !== undefined ? { target: number(v.target) } : {}),
              },
            ] as const,
        )
        .filter(([, v]) => Object.keys(v).length > 0),
    );
    const common = {
      title: form.title.trim(),
      date: form.date,
      language: form.language,
      ...(form.consultant.trim() ? { consultant: form.consultant.trim() } : {}),
      participants,
      areas,
    };
    const r = existing
      ? await api['assessment:update']({ id: existing.id, patch: common })
      : await api['assessment:create']({ clientId: clientId!, ...common, ...(copyFrom ? { copyFrom: { assessmentId: copyFrom, answers: false } } : {}) });
    if (!r.ok) {
      const first = r.error.issues?.[0];
      return setSaveError(first ? `${t(`errors.${r.error.code}`)} (${first.path})` : t(`errors.${r.error.code}`));
    }
    setSaveError(null);
    if (existing && !start) {
      setExisting(r.value);
      notify(t('setup.saved'));
      return;
    }
    void navigate(start ? { name: 'run', id: r.value.id } : { name: 'setup', id: r.value.id }, { replace: !existing });
  };

  const valid = form.title.trim() !== '' && /^\d{4}-\d{2}-\d{2}$/.test(form.date) && dateTyped;
  return (
    <Stack
      component="form"
      // Our own messages, in the UI language, beside the field: no browser bubbles.
      noValidate
      spacing={3}
      sx={{ maxWidth: 1000, mx: 'auto' }}
      onSubmit={(e) => {
        e.preventDefault();
        if (valid) void submit(true);
      }}
    >
      <Box>
        <Typography variant="body1" sx={{ color: 'text.secondary' }}>
          {clientName}
        </Typography>
        <Typography variant="h1">{existing ? t('setup.titleEdit') : t('setup.titleNew')}</Typography>
        {source && <Typography sx={{ mt: 1, color: 'text.secondary' }}>{t('setup.copyFrom', { title: source.title })}</Typography>}
      </Box>
      {saveError && (
        <Alert severity="error" role="alert">
          {saveError}
        </Alert>
      )}
      <Paper variant="outlined" sx={{ p: 3 }}>
        <Stack spacing={2}>
          <TextField
            required
            label={t('setup.assessmentTitle')}
            value={form.title}
            onChange={(e) => set({ title: e.target.value })}
            slotProps={{ htmlInput: { maxLength: 200 } }}
          />
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <DateField required label={t('setup.date')} value={form.date} onChange={(date) => set({ date })} onValidity={setDateTyped} sx={{ minWidth: 200 }} />
            <TextField
              select
              label={t('setup.language')}
              value={form.language}
              onChange={(e) => set({ language: e.target.value as Language })}
              helperText={t('setup.languageHelp')}
              sx={{ minWidth: 260 }}
            >
              <MenuItem value="fi">{t('language.fi')}</MenuItem>
              <MenuItem value="en">{t('language.en')}</MenuItem>
            </TextField>
            <TextField
              label={t('setup.consultant')}
              value={form.consultant}
              onChange={(e) => set({ consultant: e.target.value })}
              sx={{ flexGrow: 1 }}
              slotProps={{ htmlInput: { maxLength: 200 } }}
            />
          </Stack>
          <TextField
            label={t('setup.questionnaire')}
            value={existing ? `${existing.questionnaire.title[uiLanguage]} v${existing.questionnaire.version}` : questionnaire}
            slotProps={{ input: { readOnly: true } }}
          />
        </Stack>
      </Paper>

      <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-labelledby="participants-heading">
        <Typography variant="h2" id="participants-heading">
          {t('setup.participants')}
        </Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
          {t('setup.participantsHelp')}
        </Typography>
        {form.participants.length === 0 && <Typography sx={{ mb: 2 }}>{t('setup.noParticipants')}</Typography>}
        <Stack spacing={1}>
          {form.participants.map((p, i) => (
            <Stack key={p.key} direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' } }}>
              <TextField
                size="small"
                label={t('setup.participantName')}
                value={p.name}
                onChange={(e) => setParticipant(p.key, { name: e.target.value })}
                autoFocus={i === form.participants.length - 1 && !p.id}
                sx={{ flex: 2 }}
                slotProps={{ htmlInput: { maxLength: 200 } }}
              />
              <TextField
                size="small"
                label={t('setup.participantRole')}
                value={p.role ?? ''}
                onChange={(e) => setParticipant(p.key, { role: e.target.value })}
                sx={{ flex: 2 }}
                slotProps={{ htmlInput: { maxLength: 200 } }}
              />
              <TextField
                size="small"
                label={t('setup.participantGroup')}
                value={p.group ?? ''}
                onChange={(e) => setParticipant(p.key, { group: e.target.value })}
                sx={{ flex: 1 }}
                slotProps={{ htmlInput: { maxLength: 200, list: 'group-suggestions' } }}
              />
              <IconButton
                aria-label={t('setup.removeParticipant', { name: p.name || `#${i + 1}` })}
                onClick={() => set({ participants: form.participants.filter((q) => q.key !== p.key) })}
              >
                <DeleteOutlineIcon />
              </IconButton>
            </Stack>
          ))}
        </Stack>
        <datalist id="group-suggestions">
          {[...new Set(['johto', 'asiakaspalvelu', 'myynti', 'leadership', 'front line', ...form.participants.map((p) => p.group ?? '').filter(Boolean)])].map(
            (g) => (
              <option key={g} value={g} />
            ),
          )}
        </datalist>
        <Button startIcon={<AddIcon />} sx={{ mt: 2 }} onClick={() => set({ participants: [...form.participants, { id: '', name: '', key: nextKey++ }] })}>
          {t('setup.addParticipant')}
        </Button>
        {removedVoters.length > 0 && (
          <Alert severity="warning" sx={{ mt: 2 }}>
            {t('setup.removeVotesWarning')}
          </Alert>
        )}
      </Paper>

      <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-labelledby="areas-heading">
        <Typography variant="h2" id="areas-heading">
          {t('setup.areasHeading')}
        </Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
          {t('setup.areasHelp')}
        </Typography>
        <Table size="small" aria-labelledby="areas-heading">
          <TableHead>
            <TableRow>
              <TableCell>{t('results.table.area')}</TableCell>
              <TableCell>{t('setup.weight')}</TableCell>
              <TableCell>{t('setup.target')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {AREA_IDS.map((id) => (
              <TableRow key={id}>
                <TableCell>{t(`areas.${id}`)}</TableCell>
                <TableCell>
                  <TextField
                    size="small"
                    placeholder="1"
                    value={form.areas[id]!.weight}
                    error={showFieldErrors && fieldError('weight', form.areas[id]!.weight) !== null}
                    helperText={showFieldErrors ? fieldError('weight', form.areas[id]!.weight) : undefined}
                    onChange={(e) => set({ areas: { ...form.areas, [id]: { ...form.areas[id]!, weight: e.target.value } } })}
                    slotProps={{ htmlInput: { inputMode: 'decimal', 'aria-label': `${t(`areas.${id}`)}: ${t('setup.weight')}` } }}
                    sx={{ width: 110 }}
                  />
                </TableCell>
                <TableCell>
                  <TextField
                    size="small"
                    placeholder="–"
                    value={form.areas[id]!.target}
                    error={showFieldErrors && fieldError('target', form.areas[id]!.target) !== null}
                    helperText={showFieldErrors ? fieldError('target', form.areas[id]!.target) : undefined}
                    onChange={(e) => set({ areas: { ...form.areas, [id]: { ...form.areas[id]!, target: e.target.value } } })}
                    slotProps={{ htmlInput: { inputMode: 'decimal', 'aria-label': `${t(`areas.${id}`)}: ${t('setup.target')}` } }}
                    sx={{ width: 110 }}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>

      <Stack direction="row" spacing={2} sx={{ justifyContent: 'flex-end' }}>
        {existing && (
          <Button variant="outlined" disabled={!valid} onClick={() => void submit(false)}>
            {t('setup.saveChanges')}
          </Button>
        )}
        {!existing && (
          <Button variant="outlined" disabled={!valid} onClick={() => void submit(false)}>
            {t('setup.create')}
          </Button>
        )}
        <Button type="submit" variant="contained" disabled={!valid} size="large">
          {t('setup.startWorkshop')}
        </Button>
      </Stack>
    </Stack>
  );
}
