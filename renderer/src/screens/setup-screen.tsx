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
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment, Participant } from '../../../core/assessment/schema';
import type { QuestionnaireInfo } from '../../../core/library/questionnaire-info';
import type { Questionnaire } from '../../../core/questionnaire/schema';
import type { Language } from '../../../core/settings';
import { useApi } from '../api/api-context';
import { useNotify } from '../components/notifier';
import { navigate } from '../router';
import { DateField } from '../components/date-field';
import { AreaSettings, type AreaValues } from './setup/area-settings';

interface Form {
  title: string;
  date: string;
  language: Language;
  consultant: string;
  participants: (Participant & { key: number })[];
  areas: AreaValues;
}

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
let nextKey = 1;
const statementCount = (q: Questionnaire) => q.areas.reduce((n, area) => n + area.statements.length, 0);

/** An id for a participant, from the name: stable, readable in exports, unique in the assessment. */
function participantId(name: string, taken: Set<string>): string {
  const id = deriveId(name, taken, 'p');
  taken.add(id);
  return id;
}

/** The weights and targets as typed, for the questionnaire's areas. */
function areaValues(areaIds: readonly string[], a: Assessment | undefined, language: Language): AreaValues {
  // Shown with the UI's decimal mark, as the user would type it (a Finnish form showed "1.5").
  return Object.fromEntries(
    areaIds.map((id) => [id, { weight: formatDecimalInput(a?.areas?.[id]?.weight, language), target: formatDecimalInput(a?.areas?.[id]?.target, language) }]),
  );
}

const areaIdsOf = (q: Questionnaire | undefined) => q?.areas.map((area) => area.id) ?? [];

function toForm(a: Assessment | undefined, language: Language, defaultTitle: string, q: Questionnaire | undefined): Form {
  return {
    title: a?.title ?? defaultTitle,
    date: a?.date ?? today(),
    language: a?.language ?? language,
    consultant: a?.consultant ?? '',
    participants: (a?.participants ?? []).map((p) => ({ ...p, key: nextKey++ })),
    areas: areaValues(areaIdsOf(q), a, language),
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
  // What a new assessment may be taken with (not retired), and the one chosen; an existing or copied assessment keeps its own.
  const [offered, setOffered] = useState<QuestionnaireInfo[]>([]);
  const [questionnaire, setQuestionnaire] = useState<Questionnaire | undefined>();
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
      const available = qs.ok ? qs.value.filter((q) => !q.retired) : [];
      setOffered(available);
      if (assessmentId) {
        const r = await api['assessment:get']({ id: assessmentId });
        if (!r.ok) return setError(t(`errors.${r.error.code}`));
        setExisting(r.value);
        setClientName(r.value.client.name);
        setQuestionnaire(r.value.questionnaire);
        setForm(toForm(r.value, uiLanguage, defaultTitle, r.value.questionnaire));
        return;
      }
      const clients = await api['client:list']();
      setClientName((clients.ok && clients.value.find((c) => c.id === clientId)?.name) || '');
      if (copyFrom) {
        const r = await api['assessment:get']({ id: copyFrom });
        if (r.ok) {
          setSource(r.value);
          setQuestionnaire(r.value.questionnaire);
          const f = toForm(r.value, uiLanguage, defaultTitle, r.value.questionnaire);
          setForm({ ...f, title: defaultTitle, date: today() });
          return;
        }
      }
      const first = available[0] ? await api['questionnaire:get']({ id: available[0].id, version: available[0].version }) : undefined;
      const chosen = first?.ok ? first.value : undefined;
      setQuestionnaire(chosen);
      setForm(toForm(undefined, uiLanguage, defaultTitle, chosen));
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
  const areaList = (questionnaire?.areas ?? []).map((area) => ({ id: area.id, title: area.title[uiLanguage] }));
  const fieldErrors = areaList
    .flatMap(({ id }) => [fieldError('weight', form.areas[id]?.weight ?? ''), fieldError('target', form.areas[id]?.target ?? '')])
    .filter(Boolean);
  /** Another questionnaire for a new assessment: its areas replace the form's, keeping what was typed for areas both have. */
  const choose = async (key: string) => {
    const info = offered.find((q) => `${q.id}@${q.version}` === key);
    if (!info) return;
    const r = await api['questionnaire:get']({ id: info.id, version: info.version });
    if (!r.ok) return setSaveError(t(`errors.${r.error.code}`));
    setQuestionnaire(r.value);
    setForm((f) => f && { ...f, areas: Object.fromEntries(areaIdsOf(r.value).map((id) => [id, f.areas[id] ?? { weight: '', target: '' }])) });
  };
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
        .filter(([id]) => areaList.some((area) => area.id === id))
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
      : await api['assessment:create']({
          clientId: clientId!,
          ...common,
          ...(copyFrom ? { copyFrom: { assessmentId: copyFrom, answers: false } } : {}),
          ...(!copyFrom && questionnaire ? { questionnaire: { id: questionnaire.id, version: questionnaire.version } } : {}),
        });
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
          {existing || source || !questionnaire ? (
            <TextField
              label={t('setup.questionnaire')}
              value={
                questionnaire
                  ? t('setup.questionnaireValue', {
                      title: questionnaire.title[uiLanguage],
                      version: questionnaire.version,
                      statements: statementCount(questionnaire),
                    })
                  : ''
              }
              slotProps={{ input: { readOnly: true } }}
            />
          ) : (
            <TextField
              select
              label={t('setup.questionnaire')}
              value={`${questionnaire.id}@${questionnaire.version}`}
              onChange={(e) => void choose(e.target.value)}
              helperText={t('setup.questionnaireHelp')}
            >
              {offered.map((q) => (
                <MenuItem key={`${q.id}@${q.version}`} value={`${q.id}@${q.version}`}>
                  {t('setup.questionnaireValue', { title: q.title[uiLanguage], version: q.version, statements: q.statements })}
                </MenuItem>
              ))}
            </TextField>
          )}
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

      <AreaSettings
        areas={areaList}
        values={form.areas}
        onChange={(areas) => set({ areas })}
        errorOf={(kind, text) => (showFieldErrors ? fieldError(kind, text) : null)}
      />

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
