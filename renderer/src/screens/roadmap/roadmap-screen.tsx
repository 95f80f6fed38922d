import AddIcon from '@mui/icons-material/Add';
import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import RefreshIcon from '@mui/icons-material/Refresh';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../core/assessment/schema';
import { formatDate } from '../../../../core/format';
import type { ErrorCode } from '../../../../core/result';
import { addOwnItem, moveToPhase, moveWithinPhase, patchItem, removeItem } from '../../../../core/roadmap/edit';
import { PHASES, type Phase, type RoadmapItem } from '../../../../core/roadmap/schema';
import { roadmapLines } from '../../../../core/roadmap/view';
import { useApi } from '../../api/api-context';
import { useConfirm } from '../../components/confirm';
import { useNotify } from '../../components/notifier';
import { navigate, setNavigationGuard } from '../../router';
import { useLanguage } from '../../use-language';
import { ItemDialog, type ItemWords } from './item-dialog';
import { RoadmapCard } from './roadmap-card';
import { RoadmapSaveStatus } from './roadmap-save-status';
import { useRoadmapSave } from './use-roadmap-save';

type DialogState = { kind: 'edit'; id: string } | { kind: 'add'; phase: Phase } | null;

/**
 * The improvement roadmap of one assessment: three horizons of a handful of
 * actions each, proposed from the results (core/roadmap) and edited here by
 * the consultant. Every edit is saved with the assessment; regenerating
 * keeps whatever the consultant touched.
 */
export function RoadmapScreen({ assessmentId }: { assessmentId: string }) {
  const api = useApi();
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const notify = useNotify();
  const confirm = useConfirm();
  const [assessment, setAssessment] = useState<Assessment | null>(null);
  const [items, setItems] = useState<RoadmapItem[]>([]);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);
  const [dialog, setDialog] = useState<DialogState>(null);
  const refocus = useRef<{ id: string; control: string } | null>(null);
  // The latest list for callbacks that run later (undo from the notifier).
  const itemsRef = useRef(items);
  useEffect(() => {
    itemsRef.current = items;
  }, [items]);
  const { state: saveState, save, flush, hasUnsaved } = useRoadmapSave(api, assessmentId, (a) => setAssessment(a));

  useEffect(() => {
    void (async () => {
      const r = await api['assessment:get']({ id: assessmentId });
      if (!r.ok) return setError(r.error.code);
      if (r.value.roadmap) {
        setAssessment(r.value);
        setItems(r.value.roadmap.items);
        return;
      }
      // The first visit drafts the roadmap; the consultant edits from there.
      setAssessment(r.value);
      const g = await api['roadmap:generate']({ assessmentId });
      if (!g.ok) return setError(g.error.code);
      setAssessment(g.value.assessment);
      setItems(g.value.assessment.roadmap?.items ?? []);
    })();
  }, [api, assessmentId]);

  useEffect(() => {
    setNavigationGuard(
      async () => !hasUnsaved() || confirm({ title: t('roadmap.leaveTitle'), body: t('roadmap.leaveBody'), confirmLabel: t('common.continue'), danger: true }),
    );
    return () => setNavigationGuard(undefined);
  }, [confirm, hasUnsaved, t]);

  // Moving a card re-renders it elsewhere; keyboard focus follows it.
  useEffect(() => {
    const target = refocus.current;
    if (!target) return;
    refocus.current = null;
    const card = document.querySelector(`[data-item-id="${CSS.escape(target.id)}"]`);
    // A card moved to the top (or bottom) has its up (down) button disabled: the other one takes the focus.
    const fallbacks = [target.control, target.control === 'up' ? 'down' : target.control === 'down' ? 'up' : 'phase', 'phase'];
    const control = fallbacks.map((c) => card?.querySelector<HTMLElement>(`[data-control="${c}"]:not([disabled])`)).find(Boolean);
    control?.focus();
  }, [items]);

  const update = useCallback(
    (next: RoadmapItem[]) => {
      setItems(next);
      save(next);
    },
    [save],
  );

  const content = assessment?.language ?? uiLanguage;
  const lines = useMemo(
    () =>
      assessment
        ? roadmapLines(
            { ...assessment, roadmap: { generatedAt: assessment.updatedAt, library: { id: 'unsaved', version: 1 }, ...assessment.roadmap, items } },
            content,
          )
        : [],
    [assessment, items, content],
  );
  const areas = useMemo(() => assessment?.questionnaire.areas.map((a) => ({ id: a.id, title: a.title[content] })) ?? [], [assessment, content]);

  if (error) return <Alert severity="error">{t(`errors.${error}`)}</Alert>;
  if (!assessment) return <Typography>{t('common.loading')}</Typography>;

  const remove = (id: string) => {
    const before = items;
    const removed = items.find((i) => i.id === id);
    update(removeItem(items, id));
    notify(t('roadmap.removed'), {
      severity: 'info',
      action: {
        label: t('common.undo'),
        run: () => update(removed ? [...itemsRef.current.filter((i) => i.id !== id), removed] : before),
      },
    });
  };

  const regenerate = async () => {
    const yes = await confirm({ title: t('roadmap.regenerateTitle'), body: t('roadmap.regenerateBody'), confirmLabel: t('roadmap.regenerateConfirm') });
    if (!yes) return;
    setBusy(true);
    // Pending edits go first, so regeneration sees (and keeps) them.
    await flush();
    const r = await api['roadmap:generate']({ assessmentId });
    setBusy(false);
    if (!r.ok) return notify(t(`errors.${r.error.code}`), { severity: 'error' });
    setAssessment(r.value.assessment);
    setItems(r.value.assessment.roadmap?.items ?? []);
    notify(t('roadmap.regenerated', { added: r.value.added, dropped: r.value.dropped, kept: r.value.kept }));
  };

  const saveWords = (words: ItemWords) => {
    if (!dialog) return;
    if (dialog.kind === 'add') {
      update(
        addOwnItem(items, { areaId: words.areaId, phase: dialog.phase, title: words.title, ...(words.description ? { description: words.description } : {}) }),
      );
    } else {
      const item = items.find((i) => i.id === dialog.id);
      const library = item?.action ? { title: item.action.title[content], description: item.action.description[content] } : undefined;
      // Unchanged library words stay the library's (both languages); only a real rewording is stored.
      update(
        patchItem(items, dialog.id, {
          title: library && words.title === library.title ? undefined : words.title,
          description: library && words.description === library.description ? undefined : words.description || undefined,
        }),
      );
      refocus.current = { id: dialog.id, control: 'edit' };
    }
    setDialog(null);
  };

  const editing = dialog?.kind === 'edit' ? lines.find((l) => l.item.id === dialog.id) : undefined;
  const phaseLabel = (p: Phase) => t(`roadmap.phaseHeading.${String(p) as '1'}`);

  return (
    <Stack spacing={2} sx={{ maxWidth: 1400, mx: 'auto' }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'flex-end' } }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography sx={{ color: 'text.secondary' }}>
            {assessment.client.name} · {assessment.title} · {formatDate(assessment.date, uiLanguage)}
          </Typography>
          <Typography variant="h1">{t('roadmap.title')}</Typography>
        </Box>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <RoadmapSaveStatus state={saveState} />
          <Button startIcon={<ArrowBackIcon />} onClick={() => void navigate({ name: 'results', id: assessment.id })}>
            {t('roadmap.backToResults')}
          </Button>
          <Button startIcon={<RefreshIcon />} variant="outlined" disabled={busy} onClick={() => void regenerate()}>
            {t('roadmap.regenerate')}
          </Button>
        </Stack>
      </Stack>
      <Typography sx={{ color: 'text.secondary', maxWidth: '80ch' }}>{t('roadmap.lead')}</Typography>
      {!assessment.roadmap && items.length === 0 ? (
        <Typography role="status">{t('roadmap.generating')}</Typography>
      ) : (
        lines.length === 0 && <Alert severity="info">{t('roadmap.empty')}</Alert>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: 'repeat(3, minmax(0, 1fr))' }, gap: 2, alignItems: 'start' }}>
        {PHASES.map((phase) => {
          const inPhase = lines.filter((l) => l.phase === phase);
          const headingId = `roadmap-phase-${phase}`;
          return (
            <Box
              key={phase}
              component="section"
              aria-labelledby={headingId}
              data-phase-column={phase}
              sx={{ bgcolor: 'action.hover', borderRadius: 2, p: 1.5, display: 'flex', flexDirection: 'column', gap: 1.25 }}
            >
              <Box sx={{ display: 'flex', alignItems: 'baseline', gap: 1, px: 0.5 }}>
                <Typography variant="h2" id={headingId} sx={{ fontSize: '1.2rem' }}>
                  {phaseLabel(phase)}
                </Typography>
                <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                  {t(`roadmap.phaseTheme.${String(phase) as '1'}`)} · {t('roadmap.phaseCount', { count: inPhase.length })}
                </Typography>
              </Box>
              {inPhase.length === 0 && (
                <Typography variant="body2" sx={{ color: 'text.secondary', px: 0.5 }}>
                  {t('roadmap.phaseEmpty')}
                </Typography>
              )}
              {inPhase.map((line, n) => (
                <RoadmapCard
                  key={line.item.id}
                  line={line}
                  first={n === 0}
                  last={n === inPhase.length - 1}
                  actions={{
                    patch: (patch) => update(patchItem(items, line.item.id, patch)),
                    move: (p) => {
                      refocus.current = { id: line.item.id, control: 'phase' };
                      update(moveToPhase(items, line.item.id, p));
                    },
                    shift: (direction) => {
                      refocus.current = { id: line.item.id, control: direction < 0 ? 'up' : 'down' };
                      update(moveWithinPhase(items, line.item.id, direction));
                    },
                    edit: () => setDialog({ kind: 'edit', id: line.item.id }),
                    remove: () => remove(line.item.id),
                  }}
                />
              ))}
              <Button startIcon={<AddIcon />} onClick={() => setDialog({ kind: 'add', phase })} sx={{ alignSelf: 'flex-start' }} data-add-phase={phase}>
                {t('roadmap.add')}
              </Button>
            </Box>
          );
        })}
      </Box>
      {dialog?.kind === 'add' && (
        <ItemDialog
          heading={t('roadmap.addTitle', { phase: phaseLabel(dialog.phase) })}
          initial={{ title: '', description: '', areaId: areas[0]?.id ?? '' }}
          areas={areas}
          onSave={saveWords}
          onClose={() => setDialog(null)}
        />
      )}
      {editing && (
        <ItemDialog
          heading={t('roadmap.editTitle')}
          help={editing.own ? undefined : t('roadmap.editHelp')}
          initial={{ title: editing.title, description: editing.description, areaId: editing.areaId }}
          onSave={saveWords}
          onClose={() => setDialog(null)}
        />
      )}
    </Stack>
  );
}
