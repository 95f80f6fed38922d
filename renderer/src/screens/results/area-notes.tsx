import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../core/assessment/schema';

/**
 * The team's notes and evidence on the results screen, one expandable area
 * at a time: what was said in the room is why a score is what it is, and the
 * consultant opens it when the client asks "why 2?". Closed by default so the
 * scores stay the first thing on the projector.
 */
export function AreaNotes({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const language = assessment.language;
  const areas = assessment.questionnaire.areas
    .map((area) => ({
      area,
      statements: area.statements
        .map((statement) => ({ statement, answer: assessment.answers[statement.id] }))
        .filter(({ answer }) => Boolean(answer?.note?.trim() || answer?.evidence?.trim())),
    }))
    .filter((a) => a.statements.length > 0);

  return (
    <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-labelledby="notes-heading">
      <Typography variant="h2" id="notes-heading">
        {t('results.notesHeading')}
      </Typography>
      {areas.length === 0 ? (
        <Typography sx={{ mt: 1 }}>{t('results.noNotes')}</Typography>
      ) : (
        <>
          <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
            {t('results.notesLead')}
          </Typography>
          {areas.map(({ area, statements }) => (
            <Accordion key={area.id} disableGutters variant="outlined" data-notes-area={area.id} slotProps={{ transition: { unmountOnExit: true } }}>
              <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls={`notes-${area.id}`} id={`notes-${area.id}-summary`}>
                <Typography sx={{ fontWeight: 600, mr: 2 }}>{area.title[language]}</Typography>
                <Typography sx={{ color: 'text.secondary' }}>{t('results.notesCount', { count: statements.length })}</Typography>
              </AccordionSummary>
              <AccordionDetails id={`notes-${area.id}`}>
                {statements.map(({ statement, answer }) => (
                  <Box key={statement.id} sx={{ mb: 2, '&:last-child': { mb: 0 } }}>
                    <Typography sx={{ fontWeight: 600 }}>{statement.text[language]}</Typography>
                    <Labelled label={t('runner.note')} text={answer?.note} />
                    <Labelled label={t('runner.evidence')} text={answer?.evidence} />
                  </Box>
                ))}
              </AccordionDetails>
            </Accordion>
          ))}
        </>
      )}
    </Paper>
  );
}

/** One written text under its label; nothing when empty. */
function Labelled({ label, text }: { label: string; text: string | undefined }) {
  if (!text?.trim()) return null;
  return (
    <Typography sx={{ whiteSpace: 'pre-line' }}>
      <Box component="span" sx={{ color: 'text.secondary' }}>
        {label}:{' '}
      </Box>
      {text}
    </Typography>
  );
}
