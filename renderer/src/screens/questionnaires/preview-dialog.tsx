import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { LayerId } from '../../../../core/model/areas';
import type { Questionnaire } from '../../../../core/questionnaire/schema';
import { useLanguage } from '../../use-language';

/**
 * The whole questionnaire, read-only, in the UI language: its stages, then
 * each area (its layer and intro) with every statement and its five levels.
 */
export function QuestionnairePreviewDialog({ questionnaire: q, onClose }: { questionnaire: Questionnaire | null; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!q) return null;
  const layerName = (id: LayerId) => q.layers.find((l) => l.id === id)?.name[language] ?? t(`layers.${id}`);
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md" scroll="paper" aria-labelledby="preview-title">
      <DialogTitle id="preview-title">{t('questionnaires.previewTitle', { title: q.title[language], version: q.version })}</DialogTitle>
      <DialogContent dividers>
        {q.description && <Typography sx={{ mb: 2 }}>{q.description[language]}</Typography>}
        <Typography variant="h3" component="h3" sx={{ mb: 1 }}>
          {t('questionnaires.stagesHeading')}
        </Typography>
        <ol style={{ marginTop: 0, paddingLeft: '1.4em' }} data-testid="preview-stages">
          {q.stages.map((s) => (
            <li key={s.stage}>
              <strong>{s.name[language]}</strong> – {s.description[language]}
            </li>
          ))}
        </ol>
        <Typography variant="h3" component="h3" sx={{ mt: 2, mb: 1 }}>
          {t('questionnaires.areasHeading')}
        </Typography>
        {q.areas.map((area) => (
          <Accordion key={area.id} disableGutters variant="outlined" data-area-id={area.id}>
            <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls={`preview-${area.id}`} id={`preview-${area.id}-summary`}>
              <Typography component="span" sx={{ fontWeight: 600, mr: 1 }}>
                {area.title[language]}
              </Typography>
              <Typography component="span" sx={{ color: 'text.secondary' }}>
                {layerName(area.layer)} · {t('questionnaires.statementCount', { count: area.statements.length })}
              </Typography>
            </AccordionSummary>
            <AccordionDetails id={`preview-${area.id}`}>
              <Typography sx={{ mb: 1, color: 'text.secondary' }}>{area.intro[language]}</Typography>
              {area.statements.map((s) => (
                <div key={s.id}>
                  <Typography sx={{ fontWeight: 600, mt: 1.5 }}>{s.text[language]}</Typography>
                  <ol style={{ margin: '0.25em 0 0', paddingLeft: '1.4em' }} aria-label={t('questionnaires.levels')}>
                    {s.levels.map((l) => (
                      <li key={l.level}>
                        <Typography variant="body2">{l.text[language]}</Typography>
                      </li>
                    ))}
                  </ol>
                </div>
              ))}
            </AccordionDetails>
          </Accordion>
        ))}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          {t('questionnaires.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
