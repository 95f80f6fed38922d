import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Level } from '../../../../core/questionnaire/schema';
import type { Language } from '../../../../core/settings';

/**
 * The five behaviourally anchored levels side by side, readable from the
 * back of the room. The agreed level is marked; the number of votes on each
 * level shows unless scores are hidden.
 */
export function LevelCards({
  levels,
  language,
  agreed,
  votesPerLevel,
  presentation,
}: {
  levels: Level[];
  language: Language;
  agreed: number | undefined;
  votesPerLevel: number[] | null;
  presentation: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Box
      component="ol"
      aria-label={t('runner.levels')}
      sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gridTemplateColumns: 'repeat(5, minmax(0, 1fr))', gap: 1.5 }}
    >
      {levels.map((level) => {
        const chosen = agreed === level.level;
        const votes = votesPerLevel?.[level.level - 1] ?? 0;
        return (
          <Box
            component="li"
            key={level.level}
            aria-current={chosen ? 'true' : undefined}
            sx={{
              border: 2,
              borderColor: chosen ? 'primary.main' : 'divider',
              bgcolor: chosen ? 'rgba(29, 78, 137, 0.07)' : 'background.paper',
              borderRadius: 2,
              p: presentation ? 1.25 : 1.5,
              display: 'flex',
              flexDirection: 'column',
              gap: 1,
            }}
          >
            <Box sx={{ display: 'flex', alignItems: 'baseline', justifyContent: 'space-between' }}>
              <Typography
                component="span"
                sx={{
                  fontWeight: 700,
                  fontSize: presentation ? 'clamp(1.4rem, 2vw, 2.4rem)' : '1.5rem',
                  color: chosen ? 'primary.main' : 'text.primary',
                  lineHeight: 1,
                }}
                aria-label={t('runner.level', { n: level.level })}
              >
                {level.level}
              </Typography>
              {votesPerLevel && votes > 0 && (
                <Typography component="span" aria-hidden sx={{ color: 'secondary.main', fontWeight: 700, letterSpacing: '0.1em' }}>
                  {'●'.repeat(Math.min(votes, 12))}
                </Typography>
              )}
            </Box>
            {/* Finnish compounds are long: hyphenate where the browser can, break rather than overflow. */}
            <Typography
              lang={language}
              sx={{ fontSize: presentation ? 'clamp(0.9rem, 1.05vw, 1.4rem)' : '0.98rem', lineHeight: 1.35, hyphens: 'auto', overflowWrap: 'break-word' }}
            >
              {level.text[language]}
            </Typography>
          </Box>
        );
      })}
    </Box>
  );
}
