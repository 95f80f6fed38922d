import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import DeleteOutlineOutlinedIcon from '@mui/icons-material/DeleteOutlineOutlined';
import EditIcon from '@mui/icons-material/Edit';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHASES, ROADMAP_STATUSES, type Phase, type RoadmapItem, type RoadmapStatus } from '../../../../core/roadmap/schema';
import type { RoadmapLine } from '../../../../core/roadmap/view';
import { DateField } from '../../components/date-field';

const TEXT_DEBOUNCE_MS = 600;
const MAX_OWNER = 200;

const STATUS_COLOR: Record<RoadmapStatus, string> = {
  proposed: 'divider',
  accepted: 'primary.main',
  'in-progress': 'warning.main',
  done: 'success.main',
};

export interface CardActions {
  patch: (patch: Partial<Omit<RoadmapItem, 'id'>>) => void;
  move: (phase: Phase) => void;
  shift: (direction: -1 | 1) => void;
  edit: () => void;
  remove: () => void;
}

/** One roadmap action: what it is, who owns it, by when, where it sits. Every control works from the keyboard. */
export function RoadmapCard({ line, first, last, actions }: { line: RoadmapLine; first: boolean; last: boolean; actions: CardActions }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const descriptionId = useId();
  const meta = line.own
    ? t('roadmap.own')
    : `${t(`roadmap.effort.${line.effort!}`)} · ${t(`roadmap.impact.${String(line.impact) as '1'}`)}${line.item.title || line.item.description ? ` · ${t('roadmap.reworded')}` : ''}`;
  return (
    <Paper
      component="article"
      variant="outlined"
      aria-labelledby={titleId}
      data-item-id={line.item.id}
      data-phase={line.phase}
      sx={{ p: 1.5, borderLeft: 4, borderLeftColor: STATUS_COLOR[line.status], display: 'flex', flexDirection: 'column', gap: 1 }}
    >
      <Box>
        <Typography variant="caption" component="p" sx={{ color: 'text.secondary', lineHeight: 1.3 }}>
          <Box component="span" sx={{ fontWeight: 700, color: 'text.primary' }}>
            {line.areaTitle}
          </Box>{' '}
          · {meta}
        </Typography>
        <Typography id={titleId} variant="h3" component="h3" sx={{ fontSize: '0.98rem', lineHeight: 1.3, mt: 0.25 }}>
          {line.title}
        </Typography>
        {open && line.description && (
          <Typography id={descriptionId} variant="body2" sx={{ mt: 0.5, whiteSpace: 'pre-line' }}>
            {line.description}
          </Typography>
        )}
      </Box>
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: '1fr 1fr',
          pt: 0.5,
          gap: 1,
          '& .MuiInputBase-root': { fontSize: '0.875rem' },
          '& .MuiInputBase-input': { py: 0.75 },
        }}
      >
        <TextField
          select
          size="small"
          label={t('roadmap.status.label')}
          value={line.status}
          onChange={(e) => actions.patch({ status: e.target.value as RoadmapStatus })}
          slotProps={{ select: { SelectDisplayProps: { 'data-control': 'status' } as object } }}
        >
          {ROADMAP_STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {t(`roadmap.status.${s}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={t('roadmap.phase')}
          value={line.phase}
          onChange={(e) => actions.move(Number(e.target.value) as Phase)}
          slotProps={{ select: { SelectDisplayProps: { 'data-control': 'phase' } as object } }}
        >
          {PHASES.map((p) => (
            <MenuItem key={p} value={p}>
              {t(`roadmap.phaseHeading.${String(p) as '1'}`)}
            </MenuItem>
          ))}
        </TextField>
        <OwnerField value={line.owner ?? ''} onCommit={(owner) => actions.patch({ owner: owner || undefined })} />
        <DateField
          size="small"
          label={t('roadmap.due')}
          value={line.due ?? ''}
          onChange={(due) => actions.patch({ due: due || undefined })}
          slotProps={{ htmlInput: { 'data-control': 'due' } }}
        />
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.25, mt: -0.5 }}>
        {line.description && (
          <Button
            size="small"
            onClick={() => setOpen(!open)}
            aria-expanded={open}
            aria-controls={open ? descriptionId : undefined}
            data-control="description"
            sx={{ px: 0.5, minWidth: 0, mr: 'auto' }}
          >
            {open ? t('roadmap.hideDescription') : t('roadmap.showDescription')}
          </Button>
        )}
        <Box sx={{ flexGrow: 1 }} />
        <Tooltip title={t('roadmap.moveUp')}>
          <span>
            <IconButton size="small" aria-label={t('roadmap.moveUp')} disabled={first} onClick={() => actions.shift(-1)} data-control="up">
              <ArrowUpwardIcon fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
        <Tooltip title={t('roadmap.moveDown')}>
          <span>
            <IconButton size="small" aria-label={t('roadmap.moveDown')} disabled={last} onClick={() => actions.shift(1)} data-control="down">
              <ArrowDownwardIcon fontSize="small" />
            </IconButton>
          </span>
        </Tooltip>
        <Tooltip title={t('roadmap.edit')}>
          <IconButton size="small" aria-label={t('roadmap.edit')} onClick={actions.edit} data-control="edit">
            <EditIcon fontSize="small" />
          </IconButton>
        </Tooltip>
        <Tooltip title={t('roadmap.remove')}>
          <IconButton size="small" aria-label={t('roadmap.remove')} onClick={actions.remove} data-control="remove">
            <DeleteOutlineOutlinedIcon fontSize="small" />
          </IconButton>
        </Tooltip>
      </Box>
    </Paper>
  );
}

/**
 * The owner's name as typed (spaces and all); committed to the roadmap,
 * trimmed, once typing pauses or the field is left.
 */
function OwnerField({ value, onCommit }: { value: string; onCommit: (owner: string) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const commit = useRef(onCommit);
  useEffect(() => {
    commit.current = onCommit;
  });
  const pending = useRef<string | null>(null);
  // A change from outside (undo, regeneration) replaces the draft unless the user is typing.
  useEffect(() => {
    if (pending.current === null) setDraft(value);
  }, [value]);
  const flush = () => {
    clearTimeout(timer.current);
    if (pending.current === null) return;
    const next = pending.current.trim();
    pending.current = null;
    if (next !== value) commit.current(next);
  };
  useEffect(() => () => flush(), []); // eslint-disable-line react-hooks/exhaustive-deps -- flush on unmount only
  const tooLong = draft.trim().length > MAX_OWNER;
  return (
    <TextField
      size="small"
      label={t('roadmap.owner')}
      value={draft}
      error={tooLong}
      helperText={tooLong ? t('roadmap.tooLong', { max: MAX_OWNER }) : undefined}
      onChange={(e) => {
        setDraft(e.target.value);
        pending.current = e.target.value;
        clearTimeout(timer.current);
        timer.current = setTimeout(flush, TEXT_DEBOUNCE_MS);
      }}
      onBlur={flush}
      slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-control': 'owner' } }}
    />
  );
}
