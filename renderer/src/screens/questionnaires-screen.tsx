import UploadFileIcon from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../core/format';
import { MAX_QUESTIONNAIRE_BYTES, type QuestionnaireInfo } from '../../../core/library/questionnaire-info';
import type { Questionnaire } from '../../../core/questionnaire/schema';
import type { AppError } from '../../../core/result';
import { formatIssue } from '../../../core/validation/issues';
import { useApi } from '../api/api-context';
import { useNotify } from '../components/notifier';
import { readTextFile } from '../download';
import { useLanguage } from '../use-language';
import { QuestionnairePreviewDialog } from './questionnaires/preview-dialog';

const MAX_MB = MAX_QUESTIONNAIRE_BYTES / 1024 / 1024;

/**
 * The questionnaires of the library: the built-in ones and the consultancy's
 * own. Import one from a file (refused with the validator's problems and
 * their JSON paths, changing nothing), preview it, retire or restore it.
 */
export function QuestionnairesScreen() {
  const api = useApi();
  const { t } = useTranslation();
  const language = useLanguage();
  const notify = useNotify();
  const input = useRef<HTMLInputElement>(null);
  const [list, setList] = useState<QuestionnaireInfo[] | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [preview, setPreview] = useState<Questionnaire | null>(null);

  const [version, setVersion] = useState(0);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    let live = true;
    void api['questionnaire:list']().then((r) => {
      if (!live) return;
      if (r.ok) setList(r.value);
      else notify(t(`errors.${r.error.code}`), { severity: 'error' });
    });
    return () => {
      live = false;
    };
  }, [api, notify, t, version]);

  const refuse = (error: AppError) => setProblems(error.issues?.map((i) => formatIssue(i, language)) ?? [t(`errors.${error.code}`)]);

  const pick = async (file: File | undefined) => {
    if (!file) return;
    setProblems([]);
    const read = await readTextFile(file, MAX_QUESTIONNAIRE_BYTES);
    if (input.current) input.current.value = '';
    if (!read.ok) return setProblems([read.reason === 'too-large' ? t('questionnaires.tooLarge', { max: MAX_MB }) : t('questionnaires.notUtf8')]);
    const r = await api['questionnaire:import']({ content: read.text });
    if (!r.ok) return refuse(r.error);
    notify(t(r.value.unchanged ? 'questionnaires.unchanged' : 'questionnaires.imported', { title: r.value.questionnaire.title[language] }));
    reload();
  };

  const open = async (q: QuestionnaireInfo) => {
    const r = await api['questionnaire:get']({ id: q.id, version: q.version });
    if (r.ok) setPreview(r.value);
    else notify(t(`errors.${r.error.code}`), { severity: 'error' });
  };

  const setRetired = async (q: QuestionnaireInfo, retired: boolean) => {
    const r = await api['questionnaire:retire']({ id: q.id, version: q.version, retired });
    if (!r.ok) return notify(r.error.code === 'conflict' ? t('questionnaires.lastOffered') : t(`errors.${r.error.code}`), { severity: 'error' });
    notify(t(retired ? 'questionnaires.retiredDone' : 'questionnaires.restoredDone', { title: q.title[language] }));
    reload();
  };

  if (list === null) return <Typography>{t('common.loading')}</Typography>;
  return (
    <Stack spacing={3} sx={{ maxWidth: 1200, mx: 'auto' }}>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'flex-end' } }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="h1">{t('questionnaires.title')}</Typography>
          <Typography sx={{ color: 'text.secondary', mt: 1, maxWidth: 780 }}>{t('questionnaires.lead')}</Typography>
        </Box>
        <Button variant="contained" startIcon={<UploadFileIcon />} onClick={() => input.current?.click()} sx={{ flexShrink: 0 }}>
          {t('questionnaires.import')}
        </Button>
        <input
          ref={input}
          hidden
          type="file"
          accept=".json,application/json"
          data-testid="questionnaire-file"
          onChange={(e) => void pick(e.target.files?.[0])}
        />
      </Stack>
      <Typography variant="body2" sx={{ color: 'text.secondary', mt: '8px !important' }}>
        {t('questionnaires.importHelp', { max: MAX_MB })}
      </Typography>
      {problems.length > 0 && (
        <Alert severity="error" role="alert" onClose={() => setProblems([])}>
          {t('questionnaires.refused')}
          <ul style={{ margin: '0.5em 0 0', paddingLeft: '1.2em' }} data-testid="questionnaire-problems">
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </Alert>
      )}
      <Paper variant="outlined">
        <Table aria-label={t('questionnaires.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{t('questionnaires.columns.title')}</TableCell>
              <TableCell>{t('questionnaires.columns.content')}</TableCell>
              <TableCell>{t('questionnaires.columns.origin')}</TableCell>
              <TableCell>{t('questionnaires.columns.status')}</TableCell>
              <TableCell align="right">{t('questionnaires.columns.actions')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {list.map((q) => {
              const title = q.title[language];
              return (
                <TableRow key={`${q.id}@${q.version}`} data-questionnaire={q.id} sx={q.retired ? { '& td': { color: 'text.secondary' } } : undefined}>
                  <TableCell>
                    <Typography sx={{ fontWeight: 600, color: 'inherit' }}>{title}</Typography>
                    <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                      {q.id} · {t('questionnaires.columns.version')} {q.version}
                    </Typography>
                  </TableCell>
                  <TableCell>{t('questionnaires.content', { areas: q.areas, statements: q.statements })}</TableCell>
                  <TableCell>
                    {q.origin === 'built-in'
                      ? t('questionnaires.builtIn')
                      : t('questionnaires.custom', { date: formatDate(q.importedAt?.slice(0, 10) ?? '', language) })}
                  </TableCell>
                  <TableCell>
                    <Chip
                      size="small"
                      label={q.retired ? t('questionnaires.retired') : t('questionnaires.offered')}
                      color={q.retired ? 'default' : 'success'}
                      variant="outlined"
                    />
                  </TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    <Button size="small" onClick={() => void open(q)} aria-label={t('questionnaires.previewOf', { title })}>
                      {t('questionnaires.preview')}
                    </Button>
                    <Button
                      size="small"
                      onClick={() => void setRetired(q, !q.retired)}
                      aria-label={t(q.retired ? 'questionnaires.restoreOf' : 'questionnaires.retireOf', { title })}
                    >
                      {q.retired ? t('questionnaires.restore') : t('questionnaires.retire')}
                    </Button>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Paper>
      <QuestionnairePreviewDialog questionnaire={preview} onClose={() => setPreview(null)} />
    </Stack>
  );
}
