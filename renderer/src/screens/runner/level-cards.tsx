import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { Level } from '../../../../core/questionnaire/schema';
import type { Language } from '../../../../core/settings';
import { useHyphenate } from '../../hyphenation';

/**
 * The five behaviourally anchored levels: side by side on the consultant's
 * screen, one under another on the projector, where the scoring grid needs
 * the room beside them. The agreed level is marked; the number of votes on
 * each level shows unless votes are hidden.
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
  const hyphenate = useHyphenate(language);
  return (
    <Box
      component="ol"
      aria-label={t('runner.levels')}
      data-testid="levels"
      sx={{
        listStyle: 'none',
        p: 0,
        m: 0,
        display: 'grid',
        gridTemplateColumns: presentation ? '1fr' : 'repeat(5, minmax(0, 1fr))',
        gap: presentation ? 'var(--gap-s)' : 1.5,
      }}
    >
      {levels.map((level) => {
        const chosen = agreed === level.level;
        const votes = votesPerLevel?.[level.level - 1] ?? 0;
        // One element per dot: eight voters wrap onto two lines in the narrow gutter.
        const dots = votesPerLevel && votes > 0 && (
          <Box
            component="span"
            aria-hidden
            data-votes={votes}
            sx={{ display: 'flex', flexWrap: 'wrap', gap: '0.1em', color: 'secondary.main', lineHeight: 1, fontSize: presentation ? '0.7em' : '1rem' }}
          >
            {Array.from({ length: Math.min(votes, 12) }, (_, i) => (
              <span key={i}>●</span>
            ))}
          </Box>
        );
        const number = (
          <Typography
            component="span"
            sx={{ fontWeight: 700, fontSize: presentation ? '1.5em' : '1.5rem', color: chosen ? 'primary.main' : 'text.primary', lineHeight: 1 }}
            aria-label={t('runner.level', { n: level.level })}
          >
            {level.level}
          </Typography>
        );
        return (
          <Box
            component="li"
            key={level.level}
            data-level={level.level}
            aria-current={chosen ? 'true' : undefined}
            sx={{
              border: 2,
              borderColor: chosen ? 'primary.main' : 'divider',
              bgcolor: chosen ? 'rgba(29, 78, 137, 0.07)' : 'background.paper',
              borderRadius: 2,
              ...(presentation
                ? {
                    display: 'grid',
                    gridTemplateColumns: '2.6em minmax(0, 1fr)',
                    columnGap: 'var(--gap-s)',
                    px: 1.25,
                    py: 'var(--level-pad)',
                    fontSize: 'var(--level-size)',
                  }
                : { display: 'flex', flexDirection: 'column', gap: 1, p: 1.5 }),
            }}
          >
            {presentation ? (
              <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.5, pt: '0.1em' }}>
                {number}
                {dots}
              </Box>
            ) : (
              <Box sx={{ display: 'flex', alignItems: 'baseline', justifyContent: 'space-between' }}>
                {number}
                {dots}
              </Box>
            )}
            {/* Soft hyphens from Finnish or English patterns: a long compound wraps at a syllable with a hyphen.
                break-word only for a run with no hyphenation point at all (a URL in an imported questionnaire),
                which would otherwise overflow the card; the shipped texts never need it (test/e2e/hyphenation.test.ts). */}
            <Typography
              lang={language}
              data-testid="level-text"
              sx={{ fontSize: presentation ? 'inherit' : '0.98rem', lineHeight: presentation ? 1.25 : 1.35, overflowWrap: 'break-word' }}
            >
              {hyphenate(level.text[language])}
            </Typography>
          </Box>
        );
      })}
    </Box>
  );
}
