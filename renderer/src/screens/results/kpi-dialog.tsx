import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../core/assessment/schema';
import { formatDecimalInput } from '../../../../core/format';
import { BUILT_IN_KPIS } from '../../../../core/kpi/catalogue';
import { kpiDefinition, kpiName } from '../../../../core/kpi/definitions';
import { KPI_UNITS, type KpiUnit, type KpiValue } from '../../../../core/kpi/schema';
import { formatIssue } from '../../../../core/validation/issues';
import { useApi } from '../../api/api-context';
import { useNotify } from '../../components/notifier';
import { useLanguage } from '../../use-language';
import { applyKpiForm, NEW_OWN_KPI, readableKpiParams, type KpiField, type KpiForm, type KpiProblem } from './kpi-form';

/** A new value's form: the first starter KPI, for the last full year before the assessment (the figures a client brings to it). */
const blank = (assessmentDate: string, kpiId = BUILT_IN_KPIS[0]!.id): KpiForm => ({
  kpiId,
  ownName: '',
  ownUnit: 'points',
  ownHigherIsBetter: true,
  period: String(Number(assessmentDate.slice(0, 4)) - 1),
  value: '',
  source: '',
});

/** A hint with period codes in it, each code kept on one line ("2026-" / "03" read as two things). */
const codesWhole = (text: string) =>
  text.split(/(\d{4}(?:-\w+)?)/).map((part, i) =>
    i % 2 === 1 ? (
      <span key={i} style={{ whiteSpace: 'nowrap' }}>
        {part}
      </span>
    ) : (
      part
    ),
  );

/**
 * Records one KPI value (a starter-set KPI or the consultant's own) for a
 * period. Checked with core's rules field by field before anything is sent;
 * saved as the assessment's whole KPI object through `assessment:update`.
 */
export function KpiDialog({
  assessment,
  editing,
  onClose,
  onSaved,
}: {
  assessment: Assessment;
  /** The value to change, or null to add one. */
  editing: KpiValue | null;
  onClose: () => void;
  onSaved: (assessment: Assessment) => void;
}) {
  const api = useApi();
  const notify = useNotify();
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  // Mounted when opened (KpiSection), so the form starts from the value being edited.
  const [form, setForm] = useState<KpiForm>(() =>
    editing
      ? { ...blank(assessment.date, editing.kpiId), period: editing.period, value: formatDecimalInput(editing.value, uiLanguage), source: editing.source ?? '' }
      : blank(assessment.date),
  );
  const [problems, setProblems] = useState<Partial<Record<KpiField, KpiProblem>>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const kpis = assessment.kpis;
  const unitName = (unit: KpiUnit) => t(`kpi.units.${unit}`);
  const message = (p: KpiProblem | undefined): string | null => {
    if (!p) return null;
    if (p.code === 'not-number') return t('kpi.notNumber');
    const text = formatIssue({ ...p, params: readableKpiParams(p.params, kpis, uiLanguage, unitName) }, uiLanguage);
    return text.charAt(0).toLocaleUpperCase(uiLanguage) + text.slice(1);
  };
  const set = (patch: Partial<KpiForm>) => setForm((f) => ({ ...f, ...patch }));
  const definition = form.kpiId === NEW_OWN_KPI ? undefined : kpiDefinition(form.kpiId, kpis);
  const number = (n: number) => new Intl.NumberFormat(uiLanguage === 'fi' ? 'fi-FI' : 'en-GB').format(n);
  const rangeHelp =
    definition && definition.min !== null && definition.max !== null
      ? t('kpi.valueRange', { min: number(definition.min), max: number(definition.max) })
      : undefined;

  const save = async () => {
    const result = applyKpiForm(form, kpis, editing, assessment.language);
    if (!result.ok) {
      setProblems(result.problems);
      // The first field to fix gets the focus, as on the setup screen.
      requestAnimationFrame(() => document.querySelector<HTMLInputElement>('[role="dialog"] input[aria-invalid="true"]')?.focus());
      return;
    }
    setProblems({});
    setBusy(true);
    const r = await api['assessment:update']({ id: assessment.id, patch: { kpis: result.kpis } });
    setBusy(false);
    if (!r.ok) {
      const reason = r.error.issues?.map((i) => formatIssue(i, uiLanguage)).join('; ') ?? t(`errors.${r.error.code}`);
      return setSaveError(t('kpi.notSaved', { reason }));
    }
    notify(t('kpi.saved'));
    onSaved(r.value);
    onClose();
  };

  const field = (name: KpiField) => {
    const error = message(problems[name]);
    return { error: error !== null, helperText: error ?? undefined };
  };
  const own = kpis?.own ?? [];
  return (
    <Dialog open onClose={onClose} aria-labelledby="kpi-dialog-title" fullWidth maxWidth="sm">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <DialogTitle id="kpi-dialog-title">{editing ? t('kpi.editTitle') : t('kpi.addTitle')}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {saveError && (
              <Alert severity="error" role="alert">
                {saveError}
              </Alert>
            )}
            {/* Keyboard first: a new value starts at the KPI list, an edit at the value (its KPI is fixed). */}
            <TextField
              select
              label={t('kpi.kpi')}
              value={form.kpiId}
              onChange={(e) => set({ kpiId: e.target.value })}
              disabled={editing !== null}
              autoFocus={editing === null}
            >
              {BUILT_IN_KPIS.map((k) => (
                <MenuItem key={k.id} value={k.id}>
                  {kpiName(k, uiLanguage)}
                </MenuItem>
              ))}
              {own.map((k) => (
                <MenuItem key={k.id} value={k.id}>
                  {kpiName({ id: k.id, name: k.name }, uiLanguage)}
                </MenuItem>
              ))}
              <MenuItem value={NEW_OWN_KPI}>{t('kpi.ownOption')}</MenuItem>
            </TextField>
            {form.kpiId === NEW_OWN_KPI && (
              <>
                <TextField label={t('kpi.ownName')} value={form.ownName} onChange={(e) => set({ ownName: e.target.value })} {...field('ownName')} />
                <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
                  <TextField
                    select
                    label={t('kpi.unit')}
                    value={form.ownUnit}
                    onChange={(e) => set({ ownUnit: e.target.value as KpiUnit })}
                    sx={{ minWidth: 200 }}
                  >
                    {KPI_UNITS.map((u) => (
                      <MenuItem key={u} value={u}>
                        {unitName(u)}
                      </MenuItem>
                    ))}
                  </TextField>
                  <FormControlLabel
                    control={<Checkbox checked={form.ownHigherIsBetter} onChange={(e) => set({ ownHigherIsBetter: e.target.checked })} />}
                    label={t('kpi.higherIsBetter')}
                  />
                </Stack>
              </>
            )}
            <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: 'flex-start' }}>
              <TextField
                label={t('kpi.value')}
                autoFocus={editing !== null}
                value={form.value}
                onChange={(e) => set({ value: e.target.value })}
                slotProps={{ htmlInput: { inputMode: 'decimal' } }}
                sx={{ flex: 1 }}
                {...field('value')}
                helperText={field('value').helperText ?? rangeHelp}
              />
              <TextField
                label={t('kpi.period')}
                value={form.period}
                onChange={(e) => set({ period: e.target.value })}
                sx={{ flex: 1 }}
                {...field('period')}
                helperText={field('period').helperText ?? codesWhole(t('kpi.periodHelp'))}
              />
            </Stack>
            <TextField
              label={t('kpi.source')}
              value={form.source}
              onChange={(e) => set({ source: e.target.value })}
              {...field('source')}
              helperText={field('source').helperText ?? t('kpi.sourceHelp')}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {t('kpi.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
