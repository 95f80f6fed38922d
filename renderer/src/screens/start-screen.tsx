import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { LAYER_IDS, areasOfLayer } from '../../../core/model/areas';

/** The first screen: what Timantti assesses, the diamond's layers and areas. */
export function StartScreen({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  // Outcome on top, core at the bottom: the diamond rests on customer understanding.
  const layersTopDown = [...LAYER_IDS].reverse();
  return (
    <Stack spacing={compact ? 3 : 4} sx={{ maxWidth: 960, mx: 'auto' }}>
      {!compact && (
        <Box>
          <Typography variant="h1" component="h1" gutterBottom>
            {t('start.title')}
          </Typography>
          <Typography variant="body1" sx={{ fontSize: '1.15rem', maxWidth: 760, color: 'text.secondary' }}>
            {t('start.lead')}
          </Typography>
        </Box>
      )}
      <Paper variant="outlined" sx={{ p: 3 }} component="section" aria-labelledby="diamond-heading">
        <Typography variant={compact ? 'h3' : 'h2'} component="h2" id="diamond-heading" sx={{ mb: 2 }}>
          {t('start.diamondHeading')}
        </Typography>
        <Stack spacing={1.5} component="ol" sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {layersTopDown.map((layer) => (
            <Box component="li" key={layer} sx={{ display: 'grid', gridTemplateColumns: '11rem 1fr', alignItems: 'center', gap: 2 }}>
              <Typography variant="h3" component="h3" sx={{ color: 'text.secondary' }}>
                {t(`layers.${layer}`)}
              </Typography>
              <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', justifyContent: 'center' }}>
                {areasOfLayer(layer).map((area) => (
                  <Chip
                    key={area}
                    label={t(`areas.${area}`)}
                    color={layer === 'core' ? 'primary' : 'default'}
                    variant={layer === 'core' ? 'filled' : 'outlined'}
                    sx={{ fontSize: '0.95rem', height: 36, px: 1 }}
                  />
                ))}
              </Stack>
            </Box>
          ))}
        </Stack>
      </Paper>
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {compact ? t('start.lead') + ' ' : ''}
        {t('start.offline')}
      </Typography>
    </Stack>
  );
}
